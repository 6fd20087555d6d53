package dev.consilience.text;

import dev.consilience.Bound;
import dev.consilience.Hedge;
import dev.consilience.Range;
import java.math.BigDecimal;
import java.util.Optional;

/** What a word before a number means: a hedge, a bound, the start of a range, or nothing. */
enum Lead {
  APPROXIMATELY(Hedge.APPROXIMATELY),
  NEARLY(Hedge.NEARLY),
  JUST_OVER(Hedge.JUST_OVER),
  /** The number is an excluded lower end: {@code (x, +∞)}. */
  MORE_THAN(null),
  /** The number is an included lower end: {@code [x, +∞)}. */
  AT_LEAST(null),
  /** The number is an included upper end: {@code (-∞, x]}. */
  AT_MOST(null),
  /** The number is an excluded upper end: {@code (-∞, x)}. */
  LESS_THAN(null),
  /** "between x and y". */
  BETWEEN(null),
  /** "from x to y". */
  FROM(null),
  /** A word that changes nothing: "another", "only", "exactly". */
  FILLER(null);

  /** The words before a number, longest first. */
  static final Phrases<Lead> PHRASES = Phrases.of(add -> {
    add.add(APPROXIMATELY, "about", "around", "roughly", "approximately", "approx", "some",
        "circa", "an estimated", "estimated", "an approximate", "close to", "in the region of",
        "on the order of", "of the order of");
    add.add(NEARLY, "nearly", "almost", "just under", "just below", "not quite", "just shy of",
        "just short of", "slightly less than", "slightly fewer than", "slightly under",
        "a little under", "a little less than");
    add.add(JUST_OVER, "just over", "just above", "slightly more than", "slightly over",
        "a little over", "a little more than");
    add.add(MORE_THAN, "more than", "over", "above", "greater than", "in excess of",
        "upwards of", "upward of", "well over", "well above", "far more than",
        "well in excess of", "north of");
    // "as few as 300" is the low end of what is said: there are at least 300.
    add.add(AT_LEAST, "at least", "no fewer than", "no less than", "not fewer than",
        "not less than", "a minimum of", "as few as", "as little as", "as low as");
    add.add(AT_MOST, "up to", "as many as", "as much as", "no more than", "not more than",
        "at most", "a maximum of", "as high as");
    add.add(LESS_THAN, "fewer than", "less than", "under", "below", "well under", "well below",
        "far fewer than", "far less than");
    add.add(BETWEEN, "between");
    add.add(FROM, "from");
    add.add(FILLER, "another", "an additional", "a further", "a total of", "the", "only",
        "exactly", "just", "precisely");
  });

  /** The words after a number that bound it or hedge it: "6,000 or more", "6,000 or so". */
  static final Phrases<Lead> TRAILING = Phrases.of(add -> {
    add.add(AT_LEAST, "or more");
    add.add(AT_MOST, "or fewer", "or less");
    add.add(APPROXIMATELY, "or so", "or thereabouts", "more or less");
  });

  private final Hedge hedge;

  Lead(Hedge hedge) {
    this.hedge = hedge;
  }

  /** The hedge this lead states, or empty when it states none. */
  Optional<Hedge> hedge() {
    return Optional.ofNullable(hedge);
  }

  /** Whether this lead makes the number one end of an open-ended range. */
  boolean isBound() {
    return this == MORE_THAN || this == AT_LEAST || this == AT_MOST || this == LESS_THAN;
  }

  /** Whether this lead makes the number a lower end. */
  boolean isLower() {
    return this == MORE_THAN || this == AT_LEAST;
  }

  /** The bound at {@code value} that this lead (one of the {@link #isBound()} leads) states. */
  Bound bound(BigDecimal value) {
    return Bound.of(value, this == AT_LEAST || this == AT_MOST);
  }

  /** The open-ended range that this bound lead makes of {@code value}. */
  Range range(BigDecimal value) {
    Optional<Bound> bound = Optional.of(bound(value));
    return isLower() ? Range.of(bound, Optional.empty()) : Range.of(Optional.empty(), bound);
  }
}
