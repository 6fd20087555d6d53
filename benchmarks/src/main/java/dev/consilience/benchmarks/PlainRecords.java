package dev.consilience.benchmarks;

import dev.consilience.Claim;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Relay;
import dev.consilience.Source;
import dev.consilience.Subject;
import dev.consilience.TimeSpan;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON baseline: the claim model as plain Java records that Jackson databind binds with no
 * custom code. Their JSON has the same properties as the module's format, so both sides of a
 * comparison read and write the same documents; enums and times are plain strings here.
 */
final class PlainRecords {
  private PlainRecords() {}

  /** A claim. */
  public record ClaimRecord(String id, SubjectRecord subject, QuantityRecord quantity,
      SourceRecord source, List<RelayRecord> relays, String statedOn, String asOf,
      String credibility, String rank, String quote) {}

  /** A subject. */
  public record SubjectRecord(String id, String description, String trend) {}

  /** A quantity. */
  public record QuantityRecord(RangeRecord range, String unit, String hedge, String stated) {}

  /** A range, by its Elasticsearch-style ends. */
  public record RangeRecord(BigDecimal gte, BigDecimal gt, BigDecimal lte, BigDecimal lt) {}

  /** A source. */
  public record SourceRecord(String id, String name, String kind, String affiliation,
      String reliability, String url) {}

  /** A relay. */
  public record RelayRecord(SourceRecord source, String kind, String on, String url) {}

  /** The records holding the same data as the claims. */
  static List<ClaimRecord> of(List<Claim> claims) {
    return claims.stream().map(PlainRecords::of).toList();
  }

  private static ClaimRecord of(Claim claim) {
    return new ClaimRecord(claim.id(), of(claim.subject()), of(claim.quantity()),
        of(claim.source()), claim.relays().stream().map(PlainRecords::of).toList(),
        text(claim.statedOn()), text(claim.asOf()), name(claim.credibility()),
        name(claim.rank()), claim.quote().orElse(null));
  }

  private static SubjectRecord of(Subject subject) {
    return new SubjectRecord(subject.id(), subject.description().orElse(null),
        name(subject.trend()));
  }

  private static QuantityRecord of(Quantity quantity) {
    Range range = quantity.range();
    return new QuantityRecord(
        new RangeRecord(
            range.lower().filter(b -> b.inclusive()).map(b -> b.value()).orElse(null),
            range.lower().filter(b -> !b.inclusive()).map(b -> b.value()).orElse(null),
            range.upper().filter(b -> b.inclusive()).map(b -> b.value()).orElse(null),
            range.upper().filter(b -> !b.inclusive()).map(b -> b.value()).orElse(null)),
        quantity.unit().code(), name(quantity.hedge()), quantity.stated().orElse(null));
  }

  private static SourceRecord of(Source source) {
    return new SourceRecord(source.id(), source.name(), name(source.kind()),
        source.affiliation().orElse(null), name(source.reliability()),
        source.url().map(URI::toString).orElse(null));
  }

  private static RelayRecord of(Relay relay) {
    return new RelayRecord(of(relay.source()), name(relay.kind()), text(relay.on()),
        relay.url().map(URI::toString).orElse(null));
  }

  private static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static String text(Optional<TimeSpan> span) {
    return span.map(TimeSpan::toString).orElse(null);
  }
}
