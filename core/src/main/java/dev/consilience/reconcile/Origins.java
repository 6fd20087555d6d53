package dev.consilience.reconcile;

import dev.consilience.Claim;
import dev.consilience.Rank;
import dev.consilience.Source;
import dev.consilience.TimeSpan;
import dev.consilience.Trend;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The voice each claim's origin speaks in, among the claims of one reconciliation: {@link
 * Independence} applied to their sources.
 *
 * <p>Under {@link Independence#BY_AFFILIATION} a source keeps one key in all its claims, so that
 * grouping by affiliation never splits what grouping by source joins: claims that give one source
 * id different affiliations, or an affiliation in some claims only, all speak under the
 * affiliation that comes first in code order among those given to it by its claims that step 1
 * keeps for their rank and time (a claim left out as deprecated, or, for a varying subject, as
 * about another time, moves no other claim). Otherwise each source's key is the one {@link
 * Independence} gives it.
 */
final class Origins {
  private static final Origins BY_SOURCE = new Origins(Independence.BY_SOURCE, null);
  private static final Origins BY_AFFILIATION = new Origins(Independence.BY_AFFILIATION, null);

  private final Independence independence;
  /** For each source id given an affiliation in some claim, the one it speaks under; or null. */
  private final @Nullable Map<String, String> affiliations;

  private Origins(Independence independence, @Nullable Map<String, String> affiliations) {
    this.independence = independence;
    this.affiliations = affiliations;
  }

  /**
   * The origins of the given claims.
   *
   * @param independence how origins are told apart
   * @param claims the claims of one subject
   * @param trend the subject's trend
   * @param givenAsOf the time reconciled to, or null for the default
   */
  static Origins of(Independence independence, Claim[] claims, Trend trend,
      @Nullable TimeSpan givenAsOf) {
    if (independence == Independence.BY_SOURCE) {
      return BY_SOURCE;
    }
    // The claims step 1 keeps for their rank and time choose the affiliations: one left out must
    // not move the others.
    Claim[] kept = new Claim[claims.length];
    int count = 0;
    for (Claim claim : claims) {
      if (claim.rank() != Rank.DEPRECATED) {
        kept[count++] = claim;
      }
    }
    TimeSpan asOf = givenAsOf != null ? givenAsOf : Selection.latest(kept, count);
    Map<String, String> first = new HashMap<>();
    for (int i = 0; i < count; i++) {
      Source source = kept[i].source();
      if (trend == Trend.VARYING && TimeProjection.relation(kept[i].time().orElse(null), asOf)
          != TimeProjection.ABOUT) {
        continue;
      }
      source.affiliation().ifPresent(affiliation -> first.merge(source.id(), affiliation,
          (a, b) -> a.compareTo(b) <= 0 ? a : b));
    }
    for (Claim claim : claims) {
      Source source = claim.source();
      // A claim left out may give an affiliation its source speaks without.
      if (!Objects.equals(first.get(source.id()), source.affiliation().orElse(null))) {
        return new Origins(independence, first);
      }
    }
    // Every source gives the same affiliation, or none, in all its claims.
    return BY_AFFILIATION;
  }

  /** The key of the voice a source speaks in: see {@link Independence#key}. */
  String key(Source source) {
    if (affiliations == null) {
      return independence.key(source);
    }
    String affiliation = affiliations.get(source.id());
    return affiliation != null ? affiliation : source.id();
  }

  /** Whether the key of {@code source} is an affiliation rather than a source id. */
  boolean byAffiliation(Source source) {
    return affiliations == null ? independence.byAffiliation(source)
        : affiliations.containsKey(source.id());
  }

  /** Orders sources by the voice they speak in: by key, an affiliation before a source id. */
  int compare(Source a, Source b) {
    if (affiliations == null) {
      return independence.compare(a, b);
    }
    if (a == b) {
      return 0;
    }
    int order = key(a).compareTo(key(b));
    return order != 0 ? order : Boolean.compare(!byAffiliation(a), !byAffiliation(b));
  }
}
