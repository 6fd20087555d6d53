package dev.consilience.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.consilience.Claim;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Rank;
import dev.consilience.Source;
import dev.consilience.Subject;
import dev.consilience.TimeSpan;
import dev.consilience.Unit;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionTest {
  private static final Unit KM2 = Unit.of("km2");
  private static final Unit MI2 = Unit.of("mi2");
  private static final Unit PERSON = Unit.of("person");
  private static final UnitConverter AREAS = UnitConverter.builder()
      .factor(MI2, KM2, new BigDecimal("2.589988110336")).build();

  private static Claim claim(String origin, Unit unit, String time) {
    Claim.Builder claim = Claim.builder()
        .subject(Fixtures.FIXED)
        .quantity(Quantity.of(Range.closed(1, 2), unit))
        .source(Source.of(origin, origin));
    if (!time.isEmpty()) {
      claim.statedOn(TimeSpan.parse(time));
    }
    return claim.build();
  }

  private static Selection select(List<Claim> claims, Subject subject, TimeSpan asOf,
      UnitConverter units) {
    Claim[] sorted = claims.stream().map(c -> Claim.builder().from(c).subject(subject).build())
        .sorted((a, b) -> Independence.BY_SOURCE.compare(a.source(), b.source()))
        .toArray(Claim[]::new);
    return Selection.select(sorted, subject.trend(), asOf, units,
        Origins.of(Independence.BY_SOURCE, sorted, subject.trend(), asOf));
  }

  @Test
  void leavesOutDeprecatedClaims() {
    Claim deprecated = Claim.builder().from(claim("a", PERSON, "2025")).rank(Rank.DEPRECATED)
        .build();

    Selection selection = select(List.of(deprecated, claim("b", PERSON, "2024")),
        Fixtures.FIXED, null, UnitConverter.none());

    assertThat(selection.count).isEqualTo(1);
    assertThat(selection.excluded).extracting(Exclusion::reason)
        .containsExactly(Exclusion.Reason.DEPRECATED);
    assertThat(selection.asOf).isEqualTo(TimeSpan.parse("2024"));
  }

  @Test
  void takesTheTimeOfTheClaimThatEndsLatestAndAmongThoseTheOneThatStartsLatest() {
    Selection selection = select(List.of(claim("a", PERSON, "2025"),
        claim("b", PERSON, "2025-12-31"), claim("c", PERSON, "2025-06"), claim("d", PERSON, "")),
        Fixtures.FIXED, null, UnitConverter.none());

    assertThat(selection.asOf).isEqualTo(TimeSpan.parse("2025-12-31"));
  }

  @Test
  void hasNoTimeWhenNoClaimHasOne() {
    assertThat(select(List.of(claim("a", PERSON, "")), Fixtures.FIXED, null,
        UnitConverter.none()).asOf).isNull();
  }

  @Test
  void keepsAGivenTime() {
    TimeSpan asOf = TimeSpan.parse("2020");

    assertThat(select(List.of(claim("a", PERSON, "2025")), Fixtures.FIXED, asOf,
        UnitConverter.none()).asOf).isEqualTo(asOf);
  }

  @Test
  void forAVaryingSubjectLeavesOutClaimsAboutAnotherTime() {
    Selection selection = select(List.of(claim("a", PERSON, "2024"),
        claim("b", PERSON, "2025-06"), claim("c", PERSON, "2026"), claim("d", PERSON, "")),
        Fixtures.VARYING, TimeSpan.parse("2025"), UnitConverter.none());

    assertThat(selection.count).isEqualTo(2);
    assertThat(selection.claims[0].source().id()).isEqualTo("b");
    assertThat(selection.claims[1].source().id()).isEqualTo("d");
    assertThat(selection.excluded).extracting(e -> e.claim().source().id() + " " + e.detail())
        .containsExactly("a about 2024, before 2025, and the subject varies over time",
            "c about 2026, after 2025, and the subject varies over time");
  }

  @Test
  void forOtherSubjectsKeepsClaimsAboutAnyTime() {
    assertThat(select(List.of(claim("a", PERSON, "2024"), claim("c", PERSON, "2026")),
        Fixtures.CUMULATIVE, TimeSpan.parse("2025"), UnitConverter.none()).count).isEqualTo(2);
  }

  @Test
  void choosesTheUnitOfTheMostOriginsAndLeavesOutWhatCannotBeConverted() {
    Selection selection = select(List.of(claim("a", PERSON, ""), claim("a", KM2, ""),
        claim("b", KM2, ""), claim("c", PERSON, ""), claim("d", PERSON, "")),
        Fixtures.FIXED, null, UnitConverter.none());

    assertThat(selection.unit).isEqualTo(PERSON);
    assertThat(selection.count).isEqualTo(3);
    assertThat(selection.excluded).extracting(Exclusion::detail)
        .containsExactly("in km2, which cannot be converted to person",
            "in km2, which cannot be converted to person");
  }

  @Test
  void countsTheOriginsOfAWholeFamilyOfConvertibleUnits() {
    Selection selection = select(List.of(claim("a", MI2, ""), claim("b", KM2, ""),
        claim("c", PERSON, ""), claim("d", PERSON, ""), claim("e", MI2, "")),
        Fixtures.FIXED, null, AREAS);

    assertThat(selection.unit).isEqualTo(MI2);
    assertThat(selection.count).isEqualTo(3);
    assertThat(selection.claims[1].source().id()).isEqualTo("b");
    BigDecimal factor = new BigDecimal("2.589988110336");
    assertThat(selection.ranges[1].lower().orElseThrow().value().multiply(factor))
        .isLessThanOrEqualTo(BigDecimal.ONE).isGreaterThan(new BigDecimal("0.9999999"));
    assertThat(selection.ranges[1].upper().orElseThrow().value().multiply(factor))
        .isGreaterThanOrEqualTo(BigDecimal.valueOf(2));
  }

  @Test
  void breaksTiesBetweenUnitsByCode() {
    Selection selection = select(List.of(claim("a", MI2, ""), claim("b", KM2, "")),
        Fixtures.FIXED, null, AREAS);

    assertThat(selection.unit).isEqualTo(KM2);
    assertThat(selection.ranges[1]).isEqualTo(Range.closed(1, 2));
  }

  @Test
  void choosesTheUnitInLinearTimeWhenOneOriginStatesManyUnits() {
    // Counting each origin's units once must not search a list per claim: that is quadratic,
    // and took minutes here. The limit only guards against that; speed is benchmarked.
    int n = 60_000;
    List<Claim> claims = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      claims.add(claim("a", Unit.of("u" + i), ""));
    }

    Selection selection = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> select(claims, Fixtures.FIXED, null, UnitConverter.none()));

    assertThat(selection.unit).isEqualTo(Unit.of("u0"));
    assertThat(selection.count).isEqualTo(1);
    assertThat(selection.excluded).hasSize(n - 1);
  }
}
