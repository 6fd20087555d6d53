package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.consilience.Bound;
import dev.consilience.Range;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@link Range} from the Elasticsearch range convention. At most one of {@code gt} and
 * {@code gte}, and of {@code lt} and {@code lte}; an empty object is every number.
 */
final class RangeDeserializer extends ObjectDeserializer<Range, Map<String, BigDecimal>> {
  private static final long serialVersionUID = 1L;
  static final RangeDeserializer INSTANCE = new RangeDeserializer();

  private RangeDeserializer() {
    super(Range.class, "range", List.of("gt", "gte", "lt", "lte"), Set.of());
  }

  @Override
  Map<String, BigDecimal> start() {
    return new HashMap<>();
  }

  @Override
  void read(Map<String, BigDecimal> ends, String property, JsonParser p,
      DeserializationContext ctxt) throws IOException {
    ends.put(property, Numbers.read(p));
  }

  @Override
  Range build(Map<String, BigDecimal> ends, JsonParser p, DeserializationContext ctxt)
      throws IOException {
    Optional<Bound> lower = end(ends, "gte", "gt", p);
    Optional<Bound> upper = end(ends, "lte", "lt", p);
    try {
      return Range.of(lower, upper);
    } catch (IllegalArgumentException e) {
      throw Json.invalid(p, Range.class, e.getMessage(), notation(lower, upper));
    }
  }

  private Optional<Bound> end(Map<String, BigDecimal> ends, String inclusive, String exclusive,
      JsonParser p) throws IOException {
    BigDecimal closed = ends.get(inclusive);
    BigDecimal open = ends.get(exclusive);
    if (closed != null && open != null) {
      throw Json.mismatch(p, Range.class, "a range has at most one of '" + exclusive + "' and '"
          + inclusive + "', found both");
    }
    try {
      return closed != null ? Optional.of(Bound.inclusive(closed))
          : open != null ? Optional.of(Bound.exclusive(open))
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      throw Json.invalid(p, Range.class, e.getMessage(),
          (closed != null ? closed : open).toString());
    }
  }

  /** The interval notation of ends that do not make a range, for the exception's value. */
  private static String notation(Optional<Bound> lower, Optional<Bound> upper) {
    return lower.map(b -> (b.inclusive() ? "[" : "(") + b.value().toPlainString()).orElse("(-∞")
        + ", "
        + upper.map(b -> b.value().toPlainString() + (b.inclusive() ? "]" : ")")).orElse("+∞)");
  }
}
