package dev.consilience;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A stated amount: a {@link Range} in a {@link Unit}, with the {@link Hedge} it was stated with
 * and, optionally, the verbatim wording.
 *
 * <p>"about 3,800 to 4,000 soldiers" is the range {@code [3800, 4000]}, unit {@code person}, hedge
 * {@link Hedge#APPROXIMATELY}, stated {@code "about 3,800 to 4,000 soldiers"}.
 *
 * <p>Instances are immutable values, safe to share between threads.
 */
@Value.Immutable
public abstract class Quantity {
  Quantity() {}

  /**
   * Returns an unhedged quantity without stated wording.
   *
   * @param range the range, not null
   * @param unit the unit, not null
   * @return the quantity
   */
  public static Quantity of(Range range, Unit unit) {
    return builder().range(range).unit(unit).build();
  }

  /** Returns a builder; {@code range} and {@code unit} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The numbers the statement allows, before any hedge is taken into account. */
  public abstract Range range();

  /** What is counted or measured. */
  public abstract Unit unit();

  /** How loosely the number was stated; {@link Hedge#NONE} unless set. */
  @Value.Default
  public Hedge hedge() {
    return Hedge.NONE;
  }

  /** The verbatim wording, such as {@code "more than 6,000"}, when known; never blank. */
  public abstract Optional<String> stated();

  @Value.Check
  void check() {
    Checks.notBlank(stated(), "stated");
  }

  /** Builds a {@link Quantity}. Not thread-safe. */
  public static final class Builder extends ImmutableQuantity.Builder {
    Builder() {}
  }
}
