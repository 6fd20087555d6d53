package dev.consilience;

import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who asserted or passed on a claim: a government, a ministry, an outlet, a person.
 *
 * <p>The {@linkplain #id() id} is a stable key; the reconciler treats claims with the same origin
 * id as one voice. The {@linkplain #affiliation() affiliation} groups sources that should not
 * count as independent of each other (Sergei Shoigu and Russian state media are both {@code
 * RU}); the reconciler can be told to use it. Sources are equal when every attribute is equal.
 *
 * <p>Instances are immutable values, safe to share between threads.
 */
@Value.Immutable
public abstract class Source {
  Source() {}

  /**
   * Returns a source of kind {@link SourceKind#OTHER}, reliability {@link Reliability#F}.
   *
   * @param id the stable key, not blank
   * @param name the display name, not blank
   * @return the source
   */
  public static Source of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /** Returns a builder; {@code id} and {@code name} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The stable key, such as {@code uk-mod}; never blank. */
  public abstract String id();

  /** The display name, such as {@code UK Ministry of Defence}; never blank. */
  public abstract String name();

  /** What kind of source this is; {@link SourceKind#OTHER} unless set. */
  @Value.Default
  public SourceKind kind() {
    return SourceKind.OTHER;
  }

  /** A group the source belongs to, such as a country code; never blank. */
  public abstract Optional<String> affiliation();

  /** How reliable the source has proven; {@link Reliability#F} (cannot be judged) unless set. */
  @Value.Default
  public Reliability reliability() {
    return Reliability.F;
  }

  /** Where the source can be found, when known. */
  public abstract Optional<URI> url();

  @Value.Check
  void check() {
    Checks.notBlank(id(), "source id");
    Checks.notBlank(name(), "source name");
    Checks.notBlank(affiliation(), "source affiliation");
  }

  /** Builds a {@link Source}. Not thread-safe. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
