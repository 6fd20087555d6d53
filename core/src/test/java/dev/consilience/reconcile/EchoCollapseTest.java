package dev.consilience.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consilience.Claim;
import dev.consilience.Range;
import dev.consilience.TimeSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class EchoCollapseTest {

  private static Claim claim(Range range, String statedOn, String asOf) {
    Claim.Builder claim = Claim.builder().from(Fixtures.claim("a", range));
    if (!statedOn.isEmpty()) {
      claim.statedOn(TimeSpan.parse(statedOn));
    }
    if (!asOf.isEmpty()) {
      claim.asOf(TimeSpan.parse(asOf));
    }
    return claim.build();
  }

  /** Collapses claims of one origin at one time (no projection). */
  private static EchoCollapse collapse(List<Claim> claims, ConflictList conflicts) {
    Claim[] array = claims.toArray(new Claim[0]);
    Range[] ranges = claims.stream().map(c -> c.quantity().range()).toArray(Range[]::new);
    Positions positions = Positions.of(ranges, ranges.length);
    return EchoCollapse.collapse(array, new int[] {0, array.length}, 1, positions.start,
        positions.stop, null, null, positions.start, positions.stop, new int[array.length], conflicts);
  }

  private static ConflictList conflicts(List<Claim> claims) {
    Range[] ranges = claims.stream().map(c -> c.quantity().range()).toArray(Range[]::new);
    return new ConflictList(claims.toArray(new Claim[0]), ranges, ranges);
  }

  @Test
  void aVoiceSaysWhatAllItsClaimsAllowNamingTheClaimsThatGiveItsEnds() {
    List<Claim> claims = List.of(claim(Range.closed(0, 10), "", ""),
        claim(Range.closed(5, 20), "", ""), claim(Range.atLeast(2), "", ""));
    ConflictList conflicts = conflicts(claims);

    EchoCollapse echo = collapse(claims, conflicts);

    assertThat(echo.lowerClaim).containsExactly(1);
    assertThat(echo.upperClaim).containsExactly(0);
    assertThat(echo.latest).containsExactly(-1);
    assertThat(conflicts.sorted()).isEmpty();
  }

  @Test
  void aVoiceWhoseClaimsShareNoNumberSaysItsLatestAndReportsTheContradiction() {
    List<Claim> claims = List.of(claim(Range.closed(0, 1), "2025-03", ""),
        claim(Range.closed(5, 6), "2025-01", ""), claim(Range.closed(0, 9), "2024", ""));
    ConflictList conflicts = conflicts(claims);

    EchoCollapse echo = collapse(claims, conflicts);

    assertThat(echo.latest).containsExactly(0);
    assertThat(echo.lowerClaim).containsExactly(0);
    assertThat(echo.upperClaim).containsExactly(0);
    assertThat(conflicts.sorted()).singleElement().satisfies(conflict -> {
      assertThat(conflict.kind()).isEqualTo(Conflict.Kind.SELF_CONTRADICTION);
      assertThat(conflict.first()).isEqualTo(claims.get(0));
      assertThat(conflict.second()).isEqualTo(claims.get(1));
    });
  }

  @Test
  void theLatestStatedClaimIsByStatementThenByTimeDescribed() {
    Claim[] claims = {
        claim(Range.closed(0, 1), "", ""),
        claim(Range.closed(0, 1), "2025-06", ""),
        claim(Range.closed(0, 1), "2025-06-30", ""),
        claim(Range.closed(0, 1), "", "2025-07"),
        claim(Range.closed(0, 1), "2025-06-30", "")};

    assertThat(EchoCollapse.latestStated(claims, 0, 1)).isZero();
    assertThat(EchoCollapse.latestStated(claims, 0, 3)).isEqualTo(2);
    assertThat(EchoCollapse.latestStated(claims, 0, 4)).isEqualTo(3);
    assertThat(EchoCollapse.latestStated(claims, 1, 3)).isEqualTo(2);
    assertThat(EchoCollapse.latestStated(claims, 2, 5)).isEqualTo(3);
    assertThat(EchoCollapse.latestStated(new Claim[] {claims[2], claims[4]}, 0, 2)).isZero();
  }
}
