package dev.consilience;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a claim is about, such as "North Korean troops killed or wounded in Kursk".
 *
 * <p>The {@linkplain #id() id} is a stable key chosen by the caller; the {@linkplain #trend()
 * trend} says how the true value may change over time, and so which claims can be compared.
 * Subjects are equal when id, description and trend are equal.
 *
 * <p>Instances are immutable values, safe to share between threads.
 */
// Subjects key the maps that group claims by subject: hash once, when built.
@Value.Immutable(prehash = true, copy = false)
public abstract class Subject {
  Subject() {}

  /**
   * Returns a subject with a {@link Trend#FIXED} value and no description.
   *
   * @param id the stable key, not blank
   * @return the subject
   */
  public static Subject of(String id) {
    return builder().id(id).build();
  }

  /**
   * Returns a subject with no description.
   *
   * @param id the stable key, not blank
   * @param trend how the true value may change over time, not null
   * @return the subject
   */
  public static Subject of(String id, Trend trend) {
    return builder().id(id).trend(trend).build();
  }

  /** Returns a builder; {@code id} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The stable key, such as {@code kursk/dprk-casualties}; never blank. */
  public abstract String id();

  /** A human-readable description, when given; never blank. */
  public abstract Optional<String> description();

  /** How the true value may change over time; {@link Trend#FIXED} unless set. */
  @Value.Default
  public Trend trend() {
    return Trend.FIXED;
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "subject id");
    Checks.notBlank(description(), "subject description");
  }

  /** Builds a {@link Subject}. Not thread-safe. */
  public static final class Builder extends ImmutableSubject.Builder {
    Builder() {}
  }
}
