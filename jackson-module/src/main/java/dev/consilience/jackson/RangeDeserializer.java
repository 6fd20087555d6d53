package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.consilience.Bound;
import dev.consilience.Range;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@link Range} from the Elasticsearch range convention. At most one of {@code gt} and
 * {@code gte}, and of {@code lt} and {@code lte}; an empty object is every number.
 */
final class RangeDeserializer extends ObjectDeserializer<Range, RangeDeserializer.Ends> {
  private static final long serialVersionUID = 1L;
  static final RangeDeserializer INSTANCE = new RangeDeserializer();

  private RangeDeserializer() {
    super(Range.class, "range", List.of("gt", "gte", "lt", "lte"), Set.of());
  }

  /** The ends read so far; a small holder rather than a map, since every claim has a range. */
  static final class Ends {
    private BigDecimal gt;
    private BigDecimal gte;
    private BigDecimal lt;
    private BigDecimal lte;
  }

  @Override
  Ends start() {
    return new Ends();
  }

  @Override
  void read(Ends ends, String property, JsonParser p, DeserializationContext ctxt)
      throws IOException {
    BigDecimal value = Numbers.read(p);
    switch (property) {
      case "gt":
        ends.gt = value;
        break;
      case "gte":
        ends.gte = value;
        break;
      case "lt":
        ends.lt = value;
        break;
      default:
        ends.lte = value;
    }
  }

  @Override
  Range build(Ends ends, JsonParser p, DeserializationContext ctxt) throws IOException {
    Optional<Bound> lower = end(ends.gte, ends.gt, "gte", "gt", p);
    Optional<Bound> upper = end(ends.lte, ends.lt, "lte", "lt", p);
    try {
      return Range.of(lower, upper);
    } catch (IllegalArgumentException e) {
      throw Json.invalid(p, Range.class, e.getMessage(), notation(lower, upper));
    }
  }

  private static Optional<Bound> end(BigDecimal closed, BigDecimal open, String inclusive,
      String exclusive, JsonParser p) throws IOException {
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
