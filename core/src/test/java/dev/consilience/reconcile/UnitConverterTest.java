package dev.consilience.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consilience.Bound;
import dev.consilience.Hedge;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitConverterTest {
  private static final Unit MI2 = Unit.of("mi2");
  private static final Unit KM2 = Unit.of("km2");
  private static final Unit HA = Unit.of("ha");
  private static final Unit PERSON = Unit.of("person");
  private static final BigDecimal MI2_IN_KM2 = new BigDecimal("2.589988110336");
  private static final UnitConverter AREAS = UnitConverter.builder()
      .factor(MI2, KM2, MI2_IN_KM2)
      .factor(KM2, HA, BigDecimal.valueOf(100))
      .build();

  @Test
  void convertsByTheFactorGivenExactly() {
    Quantity upTo500 = Quantity.builder().range(Range.atMost(500)).unit(MI2)
        .hedge(Hedge.APPROXIMATELY).stated("up to 500 square miles").build();

    Quantity converted = AREAS.convert(upTo500, KM2).orElseThrow();

    assertThat(converted.range()).isEqualTo(Range.atMost(new BigDecimal("1294.994055168")));
    assertThat(converted.unit()).isEqualTo(KM2);
    assertThat(converted.hedge()).isEqualTo(Hedge.APPROXIMATELY);
    assertThat(converted.stated()).contains("up to 500 square miles");
  }

  @Test
  void roundsAConvertedEndWithTooManyDigitsOutward() {
    // 1,000 nines, the most digits a bound holds; in square kilometres they need 1,013.
    BigDecimal nines = new BigDecimal("9".repeat(Bound.MAX_PRECISION));

    Range converted = AREAS.convert(Range.closed(nines, nines), MI2, KM2);

    BigDecimal exact = nines.multiply(MI2_IN_KM2);
    assertThat(converted.lower().orElseThrow().value())
        .isLessThanOrEqualTo(exact)
        .satisfies(value -> assertThat(value.precision()).isEqualTo(Bound.MAX_PRECISION));
    assertThat(converted.upper().orElseThrow().value())
        .isGreaterThanOrEqualTo(exact)
        .satisfies(value -> assertThat(value.precision()).isEqualTo(Bound.MAX_PRECISION));
  }

  @Test
  void roundsAConvertedEndWithTooManyPlacesOutward() {
    // A third of the smallest step a bound holds needs more places than a bound allows.
    UnitConverter thirds = UnitConverter.builder().factor(KM2, HA, BigDecimal.valueOf(3)).build();
    BigDecimal tiny = BigDecimal.ONE.movePointLeft(Bound.MAX_SCALE);

    Range converted = thirds.convert(Range.closed(tiny, tiny), HA, KM2);

    assertThat(converted.lower().orElseThrow().value()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(converted.upper().orElseThrow().value()).isEqualByComparingTo(tiny);
  }

  @Test
  void anEndConvertedBeyondTheLargestBoundBecomesUnbounded() {
    BigDecimal largest = new BigDecimal(
        new java.math.BigInteger("9".repeat(Bound.MAX_PRECISION)), -Bound.MAX_SCALE);

    Range converted = AREAS.convert(Range.closed(largest.negate(), largest), MI2, KM2);

    assertThat(converted).isEqualTo(Range.all());
  }

  @Test
  void aLargeEndOfFewDigitsThatABoundCanHoldStaysBounded() {
    // 1E+9999 kg is 1E+10002 g: a scale past the limit, but 1000E+9999 holds it exactly.
    UnitConverter grams = UnitConverter.builder()
        .factor(Unit.of("kg"), Unit.of("g"), new BigDecimal("1E+3")).build();

    Range converted = grams.convert(
        Range.closed(new BigDecimal("1E+9999"), new BigDecimal("2E+9999")),
        Unit.of("kg"), Unit.of("g"));

    assertThat(converted).isEqualTo(
        Range.closed(new BigDecimal("1000E+9999"), new BigDecimal("2000E+9999")));
    assertThat(converted.lower().orElseThrow().value().scale()).isEqualTo(-Bound.MAX_SCALE);
  }

  @Test
  void derivesTheInverseAndChainsFactors() {
    assertThat(AREAS.convert(Quantity.of(Range.closed(200, 300), KM2), HA).orElseThrow().range())
        .isEqualTo(Range.closed(20000, 30000));
    assertThat(AREAS.convert(Quantity.of(Range.singleton(100), HA), KM2).orElseThrow().range())
        .isEqualTo(Range.singleton(1));
    assertThat(AREAS.convert(Quantity.of(Range.singleton(1), MI2), HA).orElseThrow().range())
        .isEqualTo(Range.singleton(new BigDecimal("258.9988110336")));
    assertThat(AREAS.canConvert(HA, MI2)).isTrue();
  }

  @Test
  void roundsAnInexactInverseOutwards() {
    Range converted = AREAS.convert(Quantity.of(Range.open(1, 2), KM2), MI2)
        .orElseThrow().range();

    BigDecimal lower = converted.lower().orElseThrow().value();
    BigDecimal upper = converted.upper().orElseThrow().value();
    assertThat(lower.multiply(MI2_IN_KM2)).isLessThanOrEqualTo(BigDecimal.ONE);
    assertThat(upper.multiply(MI2_IN_KM2)).isGreaterThanOrEqualTo(BigDecimal.valueOf(2));
    assertThat(lower.precision()).isEqualTo(UnitConverter.DIGITS);
    assertThat(converted.lower().orElseThrow().inclusive()).isFalse();
  }

  @Test
  void convertsNothingBetweenUnrelatedUnits() {
    Quantity people = Quantity.of(Range.singleton(5), PERSON);

    assertThat(AREAS.convert(people, KM2)).isEmpty();
    assertThat(AREAS.canConvert(PERSON, KM2)).isFalse();
    assertThat(UnitConverter.none().convert(people, KM2)).isEmpty();
    assertThat(UnitConverter.none().convert(people, PERSON)).containsSame(people);
    assertThat(UnitConverter.none().canConvert(PERSON, PERSON)).isTrue();
  }

  @Test
  void anEmptyBuilderBuildsNone() {
    assertThat(UnitConverter.builder().build()).isSameAs(UnitConverter.none());
    assertThat(UnitConverter.none()).hasToString("UnitConverter.none()");
    assertThat(AREAS).hasToString("UnitConverter[mi2 -> km2 × 2.589988110336, km2 -> ha × 100]");
  }

  @Test
  void refusesAFactorThatIsNotPositive() {
    assertThatThrownBy(() -> UnitConverter.builder().factor(MI2, KM2, BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("factor 0 from mi2 to km2 is not positive");
    assertThatThrownBy(() -> UnitConverter.builder().factor(MI2, KM2, new BigDecimal("-2.5")))
        .hasMessage("factor -2.5 from mi2 to km2 is not positive");
  }

  @Test
  void refusesAFactorFromAUnitToItself() {
    assertThatThrownBy(() -> UnitConverter.builder().factor(KM2, KM2, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot give a factor from km2 to itself");
  }

  @Test
  void refusesAFactorThatContradictsTheOthers() {
    UnitConverter.Builder builder = UnitConverter.builder()
        .factor(KM2, HA, BigDecimal.valueOf(100))
        .factor(HA, Unit.of("m2"), BigDecimal.valueOf(10000));

    assertThatThrownBy(() -> builder.factor(KM2, Unit.of("m2"), BigDecimal.valueOf(1000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("factor 1000 from km2 to m2 contradicts the factors already given, which "
            + "make one km2 1000000 m2");
    builder.factor(Unit.of("m2"), KM2, new BigDecimal("0.000001"));
  }

  @Test
  void refusesNulls() {
    assertThatThrownBy(() -> UnitConverter.builder().factor(null, KM2, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class).hasMessage("from");
    assertThatThrownBy(() -> AREAS.convert(null, KM2))
        .isInstanceOf(NullPointerException.class).hasMessage("quantity");
  }
}
