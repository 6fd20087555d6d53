package dev.consilience.examples;

import dev.consilience.Claim;
import dev.consilience.Hedge;
import dev.consilience.TimeSpan;
import java.util.Locale;
import java.util.stream.Collectors;

/** Short texts that say where a claim comes from and what it says. */
final class Provenance {
  private Provenance() {}

  /**
   * The chain from the origin outwards, each relay with how and when it passed the claim on:
   * {@code Sergei Shoigu → Russian state media (quoted 2025-06-17) → Business Insider (reported
   * 2025-06-17)}.
   */
  static String chain(Claim claim) {
    return claim.source().name() + claim.relays().stream()
        .map(relay -> " → " + relay.source().name() + " (" + lowerCase(relay.kind())
            + relay.on().map(on -> " " + on).orElse("") + ")")
        .collect(Collectors.joining());
  }

  /**
   * The number as the claim puts it: {@code [3800, 4000] person, approximately ("about 3,800 to
   * 4,000 North Korean soldiers")}.
   */
  static String quantity(Claim claim) {
    Hedge hedge = claim.quantity().hedge();
    return claim.quantity().range() + " " + claim.quantity().unit()
        + (hedge == Hedge.NONE ? "" : ", " + lowerCase(hedge).replace('_', ' '))
        + claim.quantity().stated().map(stated -> " (\"" + stated + "\")").orElse("");
  }

  /** When the claim was stated and the time it describes: {@code stated 2025-06-17, as of 2024-08}. */
  static String times(Claim claim) {
    return "stated " + claim.statedOn().map(TimeSpan::toString).orElse("at an unknown time")
        + claim.asOf().map(asOf -> ", as of " + asOf).orElse("");
  }

  static String lowerCase(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
