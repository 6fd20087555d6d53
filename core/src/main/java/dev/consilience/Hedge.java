package dev.consilience;

/**
 * How loosely a number was stated.
 *
 * <p>Bound words ("more than", "at least", "up to", "fewer than", "between") are not hedges: they
 * are the ends of the {@link Range}. A hedge says how far a stated end may be from the truth; the
 * reconciler widens hedged ends by its hedge tolerance.
 */
public enum Hedge {
  /** Stated plainly: the range is what was said. The default. */
  NONE,
  /** "about", "around", "some", "roughly", "circa": close to the number, either side. */
  APPROXIMATELY,
  /** "almost", "nearly", "just under": close to the number and not above it. */
  NEARLY,
  /** "just over", "slightly more than": close to the number and not below it. */
  JUST_OVER
}
