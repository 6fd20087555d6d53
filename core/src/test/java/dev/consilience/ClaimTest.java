package dev.consilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimTest {
  private static final Subject CASUALTIES = Subject.of("kursk/casualties", Trend.CUMULATIVE);
  private static final Source UK_MOD = Source.of("uk-mod", "UK Ministry of Defence");
  private static final Source BUSINESS_INSIDER = Source.of("bi", "Business Insider");
  private static final Quantity MORE_THAN_6000 =
      Quantity.of(Range.greaterThan(6000), Unit.of("person"));

  private static Claim.Builder ukClaim() {
    return Claim.builder()
        .subject(CASUALTIES)
        .quantity(MORE_THAN_6000)
        .source(UK_MOD)
        .statedOn(TimeSpan.parse("2025-06-15"));
  }

  @Test
  void defaultsAreNormalRankUnjudgedCredibilityAndNoRelays() {
    Claim claim = ukClaim().build();
    assertThat(claim.rank()).isEqualTo(Rank.NORMAL);
    assertThat(claim.credibility()).isEqualTo(Credibility.CANNOT_BE_JUDGED);
    assertThat(claim.relays()).isEmpty();
    assertThat(claim.asOf()).isEmpty();
    assertThat(claim.quote()).isEmpty();
  }

  @Test
  void timeIsAsOfElseStatedOn() {
    assertThat(ukClaim().build().time()).contains(TimeSpan.parse("2025-06-15"));
    assertThat(ukClaim().asOf(TimeSpan.parse("2025-06")).build().time())
        .contains(TimeSpan.parse("2025-06"));
    assertThat(Claim.builder().subject(CASUALTIES).quantity(MORE_THAN_6000).source(UK_MOD)
        .build().time()).isEmpty();
  }

  @Test
  void derivedIdIsDeterministicAndFollowsContent() {
    Claim claim = ukClaim().build();
    assertThat(claim.id()).matches("[0-9a-f]{16}").isEqualTo(ukClaim().build().id());
    assertThat(ukClaim().statedOn(TimeSpan.parse("2025-06-16")).build().id())
        .isNotEqualTo(claim.id());
    assertThat(ukClaim().quantity(Quantity.of(Range.atLeast(6000), Unit.of("person"))).build().id())
        .isNotEqualTo(claim.id());
    assertThat(ukClaim().addRelay(Relay.of(BUSINESS_INSIDER, RelayKind.REPORTED)).build().id())
        .isNotEqualTo(claim.id());
  }

  @Test
  void derivedIdIgnoresScaleRankCredibilityQuoteAndWording() {
    Claim claim = ukClaim().build();
    Claim sameContent = ukClaim()
        .quantity(Quantity.builder().range(Range.greaterThan(new BigDecimal("6000.00")))
            .unit(Unit.of("person")).stated("more than 6,000").build())
        .rank(Rank.PREFERRED)
        .credibility(Credibility.PROBABLY_TRUE)
        .quote("more than 6,000 North Korean troops")
        .build();
    assertThat(sameContent.id()).isEqualTo(claim.id());
  }

  @Test
  void derivedIdPinsItsFormulaAcrossReleases() {
    // Ids are stored by users, so the derivation must not drift between versions.
    assertThat(ukClaim().build().id()).isEqualTo("f20fe7e8f6a10a4c");
    Claim other = Claim.builder().subject(Subject.of("a")).source(Source.of("s", "S"))
        .quantity(Quantity.of(Range.singleton(1), Unit.DIMENSIONLESS)).build();
    assertThat(other.id()).isEqualTo("c6dc5ce392dadc69");
  }

  @Test
  void derivedIdKeepsIdsWithControlCharactersApart() {
    // Subject "a", origin "b\u001fc" must not hash like subject "a\u001fb", origin "c".
    Quantity one = Quantity.of(Range.singleton(1), Unit.DIMENSIONLESS);
    Claim first = Claim.builder().subject(Subject.of("a")).source(Source.of("b\u001fc", "S"))
        .quantity(one).build();
    Claim second = Claim.builder().subject(Subject.of("a\u001fb")).source(Source.of("c", "S"))
        .quantity(one).build();
    Claim third = Claim.builder().subject(Subject.of("a\u001b")).source(Source.of("\u001fc", "S"))
        .quantity(one).build();

    assertThat(List.of(first.id(), second.id(), third.id())).doesNotHaveDuplicates();
  }

  @Test
  void explicitIdIsKept() {
    assertThat(ukClaim().id("uk-2025-06-15").build().id()).isEqualTo("uk-2025-06-15");
    assertThatThrownBy(() -> ukClaim().id(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("claim id is blank: ' '");
  }

  @Test
  void fromCopiesEverythingIncludingTheId() {
    Claim claim = ukClaim().addRelay(Relay.of(BUSINESS_INSIDER, RelayKind.REPORTED))
        .quote("q").build();
    Claim deprecated = Claim.builder().from(claim).rank(Rank.DEPRECATED).build();
    assertThat(deprecated.id()).isEqualTo(claim.id());
    assertThat(deprecated.relays()).isEqualTo(claim.relays());
    assertThat(deprecated.rank()).isEqualTo(Rank.DEPRECATED);
    assertThat(deprecated).isNotEqualTo(claim);
    assertThat(Claim.builder().from(claim).build()).isEqualTo(claim).hasSameHashCodeAs(claim);
  }

  @Test
  void relaysAreAddedOneAtATimeOrAsAListAndCopied() {
    Relay stateMedia = Relay.of(Source.of("ru-media", "Russian state media"), RelayKind.QUOTED);
    Relay insider = Relay.of(BUSINESS_INSIDER, RelayKind.REPORTED);
    Claim oneByOne = ukClaim().addRelay(stateMedia).addRelay(insider).build();
    List<Relay> chain = new ArrayList<>(List.of(stateMedia, insider));
    Claim asList = ukClaim().relays(chain).build();
    chain.clear();
    assertThat(oneByOne.relays()).containsExactly(stateMedia, insider);
    assertThat(asList.relays()).containsExactly(stateMedia, insider);
    assertThatThrownBy(() -> oneByOne.relays().add(insider))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void missingRequiredAttributesAreNamed() {
    assertThatThrownBy(() -> Claim.builder().quantity(MORE_THAN_6000).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("subject").hasMessageContaining("source");
    assertThatThrownBy(() -> ukClaim().subject(null))
        .isInstanceOf(NullPointerException.class).hasMessage("subject");
    assertThatThrownBy(() -> ukClaim().addRelay(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("relays element");
  }

  @Test
  void blankQuoteIsRejected() {
    assertThatThrownBy(() -> ukClaim().quote("").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("claim quote is blank: ''");
  }
}
