package dev.consilience.text;

import dev.consilience.Bound;
import dev.consilience.Hedge;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link Quantity} as an English phrase that {@link QuantityParser#english()} reads back:
 * the reverse of the parser, for checking it. Knows the units of {@link #WORDINGS} only, and
 * cannot write the range of every number.
 */
final class EnglishFormatter {
  /** How a unit is written: a currency symbol before the number, a noun and a rate after it. */
  record Wording(Unit unit, String symbol, String noun, String rate) {}

  static final List<Wording> WORDINGS = List.of(
      new Wording(Unit.DIMENSIONLESS, "", "", ""),
      new Wording(Unit.of("person"), "", "troops", ""),
      new Wording(Unit.of("person"), "", "North Korean soldiers", ""),
      new Wording(Unit.of("person"), "", "construction workers", ""),
      new Wording(Unit.of("person"), "", "people", ""),
      new Wording(Unit.of("mi2"), "", "square miles", ""),
      new Wording(Unit.of("km2"), "", "square kilometres", ""),
      new Wording(Unit.of("tank"), "", "tanks", ""),
      new Wording(Unit.of("USD"), "$", "", ""),
      new Wording(Unit.of("EUR"), "€", "", ""),
      new Wording(Unit.of("GBP"), "£", "", ""),
      new Wording(Unit.of("USD/person"), "$", "", "per soldier"),
      new Wording(Unit.of("USD/month"), "$", "", "a month"),
      new Wording(Unit.of("person/day"), "", "people", "per day"));

  private static final Map<Hedge, String> HEDGES = Map.of(
      Hedge.NONE, "", Hedge.APPROXIMATELY, "about", Hedge.NEARLY, "nearly",
      Hedge.JUST_OVER, "just over");

  private EnglishFormatter() {}

  /**
   * Writes a quantity with a wording of its unit.
   *
   * @throws IllegalArgumentException if the range is {@code (-∞, +∞)} or the wording is of
   *     another unit
   */
  static String format(Range range, Hedge hedge, Wording wording) {
    Optional<Bound> lower = range.lower();
    Optional<Bound> upper = range.upper();
    String hedged = HEDGES.get(hedge);
    String words;
    if (range.isSingleton()) {
      words = join(hedged, number(lower.get().value(), wording));
    } else if (lower.isPresent() && upper.isPresent()
        && lower.get().inclusive() && upper.get().inclusive()) {
      words = join(hedged, number(lower.get().value(), wording) + " to "
          + number(upper.get().value(), wording));
    } else if (lower.isPresent()) {
      words = join(lowerWords(lower.get()), hedged, number(lower.get().value(), wording));
      if (upper.isPresent()) {
        words = join(words, "and", upperWords(upper.get()), number(upper.get().value(), wording));
      }
    } else if (upper.isPresent()) {
      words = join(upperWords(upper.get()), hedged, number(upper.get().value(), wording));
    } else {
      throw new IllegalArgumentException("no English words for " + range);
    }
    return join(words, wording.noun(), wording.rate());
  }

  private static String lowerWords(Bound bound) {
    return bound.inclusive() ? "at least" : "more than";
  }

  private static String upperWords(Bound bound) {
    return bound.inclusive() ? "up to" : "fewer than";
  }

  /** Writes a number in plain notation with thousands commas: {@code -$12,000.50}. */
  private static String number(BigDecimal value, Wording wording) {
    String plain = value.abs().toPlainString();
    int point = plain.indexOf('.');
    String whole = point < 0 ? plain : plain.substring(0, point);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(whole.charAt(i));
    }
    return (value.signum() < 0 ? "-" : "") + wording.symbol() + grouped
        + (point < 0 ? "" : plain.substring(point));
  }

  private static String join(String... parts) {
    StringBuilder text = new StringBuilder();
    for (String part : parts) {
      if (!part.isEmpty()) {
        text.append(text.length() == 0 ? "" : " ").append(part);
      }
    }
    return text.toString();
  }
}
