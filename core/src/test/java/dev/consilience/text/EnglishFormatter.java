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
  record Wording(Unit unit, String symbol, String noun, String rate) {
    boolean isMoney() {
      return !symbol.isEmpty();
    }
  }

  /**
   * The choices of writing that leave the meaning alone.
   *
   * @param grouping what groups thousands: a comma, a thin, narrow no-break or no-break space
   * @param to what joins the ends of a range: " to " or a dash, with or without spaces
   * @param about how {@link Hedge#APPROXIMATELY} is written: "about", "~", "c.", "some"
   * @param end a full stop or comma left from a sentence, or nothing
   * @param boundAfterNoun whether "or more" and "or fewer" follow the noun rather than "at least"
   *     and "up to" going before the number
   * @param vague whether a span that a vague count names is written as one ("hundreds",
   *     "a few hundred", "40-odd") rather than with two bounds
   */
  record Style(String grouping, String to, String about, String end, boolean boundAfterNoun,
      boolean vague) {
    static final Style PLAIN = new Style(",", " to ", "about", "", false, false);
  }

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

  static final List<String> GROUPINGS = List.of(",", "\u2009", "\u202f", "\u00a0");
  static final List<String> TOS = List.of(" to ", "-", "–", " – ", "—", "‒");
  static final List<String> ABOUTS = List.of("about", "~", "c.", "ca.", "some");
  static final List<String> ENDS = List.of("", "", ".", ",");

  private static final Map<Hedge, String> HEDGES = Map.of(
      Hedge.NONE, "", Hedge.APPROXIMATELY, "about", Hedge.NEARLY, "nearly",
      Hedge.JUST_OVER, "just over");
  /** Vague counts' multipliers and their plural words: [2m, 10m) is "hundreds" for m = 100. */
  private static final Map<BigDecimal, String> PLURALS = Map.of(
      BigDecimal.valueOf(12), "dozens", BigDecimal.valueOf(100), "hundreds",
      BigDecimal.valueOf(1_000), "thousands", BigDecimal.valueOf(10_000), "tens of thousands",
      BigDecimal.valueOf(100_000), "hundreds of thousands", BigDecimal.valueOf(1_000_000),
      "millions", BigDecimal.valueOf(10_000_000), "tens of millions",
      BigDecimal.valueOf(100_000_000), "hundreds of millions",
      BigDecimal.valueOf(1_000_000_000), "billions");
  /** The scale words of the multipliers that "a few" and "several" go before. */
  private static final Map<BigDecimal, String> SCALES = Map.of(
      BigDecimal.valueOf(12), "dozen", BigDecimal.valueOf(100), "hundred",
      BigDecimal.valueOf(1_000), "thousand", BigDecimal.valueOf(100_000), "hundred thousand",
      BigDecimal.valueOf(1_000_000), "million", BigDecimal.valueOf(100_000_000),
      "hundred million", BigDecimal.valueOf(1_000_000_000), "billion");

  private EnglishFormatter() {}

  /**
   * Writes a quantity with a wording of its unit.
   *
   * @throws IllegalArgumentException if the range is {@code (-∞, +∞)} or the wording is of
   *     another unit
   */
  static String format(Range range, Hedge hedge, Wording wording, Style style) {
    Optional<Bound> lower = range.lower();
    Optional<Bound> upper = range.upper();
    String hedged = hedge == Hedge.APPROXIMATELY ? style.about() : HEDGES.get(hedge);
    Optional<String> vague =
        style.vague() ? vague(range, hedge, hedged, wording, style) : Optional.empty();
    if (vague.isPresent()) {
      return vague.get() + style.end();
    }
    String words;
    if (range.isSingleton()) {
      words = join(hedged, number(lower.get().value(), wording, style));
    } else if (lower.isPresent() && upper.isPresent()
        && lower.get().inclusive() && upper.get().inclusive()
        // "40 to 50,000" is refused as possibly short for thousands: write two bounds instead.
        && !QuantityReader.mayBeThousands(lower.get().value(), upper.get().value())) {
      words = join(hedged, number(lower.get().value(), wording, style) + style.to()
          + number(upper.get().value(), wording, style));
    } else if (style.boundAfterNoun() && (lower.isEmpty() || upper.isEmpty())
        && (lower.isPresent() ? lower.get() : upper.get()).inclusive()) {
      Bound bound = lower.isPresent() ? lower.get() : upper.get();
      return join(hedged, number(bound.value(), wording, style), wording.noun(), wording.rate(),
          lower.isPresent() ? "or more" : "or fewer") + style.end();
    } else if (lower.isPresent()) {
      words = join(lowerWords(lower.get()), hedged, number(lower.get().value(), wording, style));
      if (upper.isPresent()) {
        words = join(words, "and", upperWords(upper.get()),
            number(upper.get().value(), wording, style));
      }
    } else if (upper.isPresent()) {
      words = join(upperWords(upper.get()), hedged, number(upper.get().value(), wording, style));
    } else {
      throw new IllegalArgumentException("no English words for " + range);
    }
    return join(words, wording.noun(), wording.rate()) + style.end();
  }

  /**
   * Writes a span {@code [2m, 10m)} as a vague count ("hundreds of troops", "a few hundred
   * troops"), or {@code [n, n + 10)} and {@code [n, n + 100)} as "n-odd", if it is one of those.
   */
  private static Optional<String> vague(
      Range range, Hedge hedge, String hedged, Wording wording, Style style) {
    Optional<Bound> lower = range.lower();
    Optional<Bound> upper = range.upper();
    if (lower.isEmpty() || upper.isEmpty() || !lower.get().inclusive()
        || upper.get().inclusive() || lower.get().value().signum() <= 0) {
      return Optional.empty();
    }
    BigDecimal from = lower.get().value();
    BigDecimal to = upper.get().value();
    int zeros = from.scale() <= 0 ? -from.stripTrailingZeros().scale() : 0;
    if ((zeros == 1 || zeros == 2) && to.subtract(from).compareTo(BigDecimal.TEN.pow(zeros)) == 0) {
      return Optional.of(join(hedged, number(from, wording, style) + "-odd", wording.noun(),
          wording.rate()));
    }
    for (Map.Entry<BigDecimal, String> plural : PLURALS.entrySet()) {
      BigDecimal multiplier = plural.getKey();
      if (wording.isMoney()
          || from.compareTo(multiplier.multiply(BigDecimal.valueOf(2))) != 0
          || to.compareTo(multiplier.multiply(BigDecimal.TEN)) != 0) {
        continue;
      }
      if (hedge == Hedge.APPROXIMATELY && SCALES.containsKey(multiplier)) {
        String few = multiplier.compareTo(BigDecimal.valueOf(100_000)) < 0 ? "a few" : "several";
        return Optional.of(
            join(few, SCALES.get(multiplier), wording.noun(), wording.rate()));
      }
      String of = wording.noun().isEmpty() ? "" : "of " + wording.noun();
      // "~" goes before figures only.
      return Optional.of(
          join(hedged.equals("~") ? "about" : hedged, plural.getValue(), of, wording.rate()));
    }
    return Optional.empty();
  }

  private static String lowerWords(Bound bound) {
    return bound.inclusive() ? "at least" : "more than";
  }

  private static String upperWords(Bound bound) {
    return bound.inclusive() ? "up to" : "fewer than";
  }

  /** Writes a number in plain notation with thousands grouped: {@code -$12,000.50}. */
  private static String number(BigDecimal value, Wording wording, Style style) {
    String plain = value.abs().toPlainString();
    int point = plain.indexOf('.');
    String whole = point < 0 ? plain : plain.substring(0, point);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(style.grouping());
      }
      grouped.append(whole.charAt(i));
    }
    return (value.signum() < 0 ? "-" : "") + wording.symbol() + grouped
        + (point < 0 ? "" : plain.substring(point));
  }

  /** Joins the non-empty parts with spaces, but "~" straight onto what follows it. */
  private static String join(String... parts) {
    StringBuilder text = new StringBuilder();
    for (String part : parts) {
      if (!part.isEmpty()) {
        boolean tilde = text.length() > 0 && text.charAt(text.length() - 1) == '~';
        text.append(text.length() == 0 || tilde ? "" : " ").append(part);
      }
    }
    return text.toString();
  }
}
