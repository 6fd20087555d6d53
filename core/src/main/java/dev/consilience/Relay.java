package dev.consilience;

import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One hop by which a claim reached us: Russian state media quoting Shoigu, Business Insider
 * reporting what state media said.
 *
 * <p>Instances are immutable values, safe to share between threads.
 */
@Value.Immutable
public abstract class Relay {
  Relay() {}

  /**
   * Returns a relay without a date or address.
   *
   * @param source who passed the claim on, not null
   * @param kind how, not null
   * @return the relay
   */
  public static Relay of(Source source, RelayKind kind) {
    return builder().source(source).kind(kind).build();
  }

  /** Returns a builder; {@code source} and {@code kind} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Who passed the claim on. */
  public abstract Source source();

  /** How the claim was passed on. */
  public abstract RelayKind kind();

  /** When the claim was passed on, when known. */
  public abstract Optional<TimeSpan> on();

  /** Where, when known: the article or broadcast. */
  public abstract Optional<URI> url();

  /** Builds a {@link Relay}. Not thread-safe. */
  public static final class Builder extends ImmutableRelay.Builder {
    Builder() {}
  }
}
