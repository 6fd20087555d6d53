package dev.consilience;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A number someone asserted about something: who said it and through whom it reached us, when
 * they said it, what time it describes, and how loosely it was put.
 *
 * <pre>{@code
 * Claim ukEstimate = Claim.builder()
 *     .subject(Subject.of("kursk/dprk-casualties", Trend.CUMULATIVE))
 *     .quantity(Quantity.builder()
 *         .range(Range.greaterThan(6000))
 *         .unit(Unit.of("person"))
 *         .stated("more than 6,000")
 *         .build())
 *     .source(ukMinistryOfDefence)
 *     .addRelay(Relay.of(businessInsider, RelayKind.REPORTED))
 *     .statedOn(TimeSpan.parse("2025-06-15"))
 *     .build();
 * }</pre>
 *
 * <p><b>Id.</b> A claim built without an explicit {@linkplain #id() id} gets one derived from its
 * content: a hash of the subject id, the origin's id, the relay chain (each hop's source id and
 * kind), the range (numerically, so {@code 6000} and {@code 6000.0} give the same id), the unit,
 * the hedge, and the statement and described times. Credibility, rank, quote and stated wording
 * do not enter it, so deprecating a claim keeps its id. The same content gives the same id in
 * every run and on every machine. {@code Claim.builder().from(claim)} copies the id with
 * everything else; to derive a fresh id after changing content, build without {@code from}.
 *
 * <p>Instances are immutable values, safe to share between threads.
 */
@Value.Immutable
public abstract class Claim {
  Claim() {}

  /** Returns a builder; {@code subject}, {@code quantity} and {@code source} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A stable key: as given, or derived from the content (see the class comment). */
  @Value.Default
  public String id() {
    return ClaimIds.derive(this);
  }

  /** What the claim is about. */
  public abstract Subject subject();

  /** The amount claimed. */
  public abstract Quantity quantity();

  /** The origin: who asserted the number. */
  public abstract Source source();

  /**
   * The chain by which the claim reached us, from the origin outwards: Shoigu → Russian state
   * media (quoted) → Business Insider (reported) has two relays. Empty when the origin is heard
   * directly.
   */
  public abstract List<Relay> relays();

  /** When the origin said it, when known. */
  public abstract Optional<TimeSpan> statedOn();

  /** The time the number describes, when it differs from or is more precise than {@link #statedOn()}. */
  public abstract Optional<TimeSpan> asOf();

  /** How credible the claim is in itself; {@link Credibility#CANNOT_BE_JUDGED} unless set. */
  @Value.Default
  public Credibility credibility() {
    return Credibility.CANNOT_BE_JUDGED;
  }

  /** The claim's standing among claims about its subject; {@link Rank#NORMAL} unless set. */
  @Value.Default
  public Rank rank() {
    return Rank.NORMAL;
  }

  /** The origin's words, when quoted; never blank. */
  public abstract Optional<String> quote();

  /**
   * The time the number describes: {@link #asOf()}, else {@link #statedOn()}; empty when the
   * claim has neither, in which case it is about every time.
   */
  public Optional<TimeSpan> time() {
    Optional<TimeSpan> asOf = asOf();
    return asOf.isPresent() ? asOf : statedOn();
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "claim id");
    Checks.notBlank(quote(), "claim quote");
  }

  /** Builds a {@link Claim}. Not thread-safe. */
  public static final class Builder extends ImmutableClaim.Builder {
    Builder() {}
  }
}
