package dev.consilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Units, quantities, subjects, sources, relays and the enums. */
class ModelValuesTest {
  private static final Source UK_MOD = Source.builder()
      .id("uk-mod").name("UK Ministry of Defence").kind(SourceKind.MILITARY).affiliation("GB")
      .reliability(Reliability.B).url(URI.create("https://www.gov.uk/mod")).build();

  @Test
  void unitIsComparedByCode() {
    new EqualsTester()
        .addEqualityGroup(Unit.of("person"), Unit.of("person"))
        .addEqualityGroup(Unit.of("Person"))
        .addEqualityGroup(Unit.of("USD/person"), Unit.of("USD").per(Unit.of("person")))
        .testEquals();
    assertThat(Unit.of("km2")).hasToString("km2");
    assertThat(Unit.of("km2").code()).isEqualTo("km2");
  }

  @Test
  void dimensionlessUnitHasCodeOne() {
    assertThat(Unit.DIMENSIONLESS.code()).isEqualTo("1");
    assertThat(Unit.of("1").isDimensionless()).isTrue();
    assertThat(Unit.of("person").isDimensionless()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void blankUnitCodeIsRejected(String code) {
    assertThatThrownBy(() -> Unit.of(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit code is blank: '" + code + "'");
  }

  @Test
  void unitCodeWithSurroundingSpaceOrControlCharacterIsRejected() {
    assertThatThrownBy(() -> Unit.of(" km2"))
        .hasMessage("unit code ' km2' has leading or trailing white space");
    assertThatThrownBy(() -> Unit.of("k\u0000m"))
        .hasMessage("unit code 'k?m' has a control character");
    assertThatThrownBy(() -> Unit.of(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("code");
  }

  @Test
  void quantityDefaultsToNoHedgeAndNoWording() {
    Quantity quantity = Quantity.of(Range.greaterThan(6000), Unit.of("person"));
    assertThat(quantity.range()).isEqualTo(Range.greaterThan(6000));
    assertThat(quantity.unit()).isEqualTo(Unit.of("person"));
    assertThat(quantity.hedge()).isEqualTo(Hedge.NONE);
    assertThat(quantity.stated()).isEmpty();
  }

  @Test
  void quantityBuilderSetsEveryAttribute() {
    Quantity quantity = Quantity.builder()
        .range(Range.closed(3800, 4000)).unit(Unit.of("person")).hedge(Hedge.APPROXIMATELY)
        .stated("about 3,800 to 4,000").build();
    assertThat(quantity.hedge()).isEqualTo(Hedge.APPROXIMATELY);
    assertThat(quantity.stated()).contains("about 3,800 to 4,000");
    new EqualsTester()
        .addEqualityGroup(quantity, Quantity.builder().from(quantity).build(),
            Quantity.builder().from(quantity)
                .range(Range.closed(new BigDecimal("3800.0"), new BigDecimal("4000"))).build())
        .addEqualityGroup(Quantity.builder().from(quantity).hedge(Hedge.NONE).build())
        .addEqualityGroup(Quantity.builder().from(quantity).unit(Unit.of("troop")).build())
        .testEquals();
  }

  @Test
  void quantityWithoutRangeNamesTheMissingAttribute() {
    assertThatThrownBy(() -> Quantity.builder().unit(Unit.of("person")).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("[range]");
    assertThatThrownBy(() -> Quantity.builder().stated(" ").range(Range.all())
            .unit(Unit.DIMENSIONLESS).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("stated is blank: ' '");
  }

  @Test
  void subjectDefaultsToFixedTrend() {
    assertThat(Subject.of("kursk/troops").trend()).isEqualTo(Trend.FIXED);
    assertThat(Subject.of("kursk/troops").description()).isEmpty();
    assertThat(Subject.of("kursk/casualties", Trend.CUMULATIVE).trend())
        .isEqualTo(Trend.CUMULATIVE);
    Subject described = Subject.builder().id("x").description("d").trend(Trend.VARYING).build();
    assertThat(described.description()).contains("d");
    new EqualsTester()
        .addEqualityGroup(Subject.of("x"), Subject.of("x", Trend.FIXED))
        .addEqualityGroup(Subject.of("x", Trend.CUMULATIVE))
        .addEqualityGroup(described)
        .addEqualityGroup(Subject.of("y"))
        .testEquals();
  }

  @Test
  void blankSubjectIdIsRejected() {
    assertThatThrownBy(() -> Subject.of(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("subject id is blank: ' '");
    assertThatThrownBy(() -> Subject.builder().id("x").description("").build())
        .hasMessage("subject description is blank: ''");
    assertThatThrownBy(() -> Subject.of(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("id");
  }

  @Test
  void sourceDefaultsToOtherKindAndUnjudgedReliability() {
    Source source = Source.of("ua", "Government of Ukraine");
    assertThat(source.id()).isEqualTo("ua");
    assertThat(source.name()).isEqualTo("Government of Ukraine");
    assertThat(source.kind()).isEqualTo(SourceKind.OTHER);
    assertThat(source.reliability()).isEqualTo(Reliability.F);
    assertThat(source.affiliation()).isEmpty();
    assertThat(source.url()).isEmpty();
    assertThat(UK_MOD.affiliation()).contains("GB");
    assertThat(UK_MOD.url()).contains(URI.create("https://www.gov.uk/mod"));
    new EqualsTester()
        .addEqualityGroup(UK_MOD, Source.builder().from(UK_MOD).build())
        .addEqualityGroup(Source.builder().from(UK_MOD).reliability(Reliability.A).build())
        .addEqualityGroup(source)
        .testEquals();
  }

  @Test
  void sourceWithBlankAttributesIsRejected() {
    assertThatThrownBy(() -> Source.of("", "x")).hasMessage("source id is blank: ''");
    assertThatThrownBy(() -> Source.of("x", " ")).hasMessage("source name is blank: ' '");
    assertThatThrownBy(() -> Source.builder().id("x").name("y").affiliation("").build())
        .hasMessage("source affiliation is blank: ''");
    assertThatThrownBy(() -> Source.builder().id("x").build())
        .isInstanceOf(NullPointerException.class).hasMessageContaining("[name]");
  }

  @Test
  void relayNamesItsSourceKindDateAndAddress() {
    Relay relay = Relay.of(UK_MOD, RelayKind.CITED);
    assertThat(relay.source()).isEqualTo(UK_MOD);
    assertThat(relay.kind()).isEqualTo(RelayKind.CITED);
    assertThat(relay.on()).isEmpty();
    assertThat(relay.url()).isEmpty();
    Relay dated = Relay.builder().from(relay).on(TimeSpan.parse("2025-06-17"))
        .url(URI.create("https://example.org/a")).build();
    assertThat(dated.on()).contains(TimeSpan.parse("2025-06-17"));
    new EqualsTester()
        .addEqualityGroup(relay, Relay.of(UK_MOD, RelayKind.CITED))
        .addEqualityGroup(dated)
        .addEqualityGroup(Relay.of(UK_MOD, RelayKind.QUOTED))
        .testEquals();
    assertThatThrownBy(() -> Relay.of(UK_MOD, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("kind");
  }

  @Test
  void credibilityGradesRunFromOneToSix() {
    assertThat(Credibility.CONFIRMED.code()).isEqualTo(1);
    assertThat(Credibility.CANNOT_BE_JUDGED.code()).isEqualTo(6);
    for (Credibility credibility : Credibility.values()) {
      assertThat(Credibility.ofCode(credibility.code())).isSameAs(credibility);
    }
    assertThatThrownBy(() -> Credibility.ofCode(7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("credibility grade 7 is not 1 to 6");
    assertThatThrownBy(() -> Credibility.ofCode(0))
        .hasMessage("credibility grade 0 is not 1 to 6");
  }

  @Test
  void boundEqualityIsNumericAndIncludesInclusion() {
    new EqualsTester()
        .addEqualityGroup(Bound.inclusive(new BigDecimal("5")), Bound.of(new BigDecimal("5.00"), true))
        .addEqualityGroup(Bound.exclusive(new BigDecimal("5")))
        .addEqualityGroup(Bound.inclusive(new BigDecimal("-5")))
        .testEquals();
    assertThat(Bound.inclusive(new BigDecimal("5.00")).value().scale()).isEqualTo(2);
    assertThat(Bound.exclusive(new BigDecimal("5.00"))).hasToString("5.00 (exclusive)");
  }

  @Test
  void boundKeepsItsInclusionAndRejectsANullValueByName() {
    assertThat(Bound.of(new BigDecimal("5"), true).inclusive()).isTrue();
    assertThat(Bound.of(new BigDecimal("5"), false).inclusive()).isFalse();
    assertThatThrownBy(() -> Bound.of(null, true))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("value");
  }
}
