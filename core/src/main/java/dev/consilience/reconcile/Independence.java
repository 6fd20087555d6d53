package dev.consilience.reconcile;

import dev.consilience.Source;
import java.util.Optional;

/**
 * Which claims count as one voice: claims whose origins are not independent of each other are
 * collapsed into a single voice before the voices are weighed against each other.
 */
public enum Independence {
  /** Claims with the same origin {@linkplain Source#id() source id} form one voice. The default. */
  BY_SOURCE,
  /**
   * Claims whose origins share an {@linkplain Source#affiliation() affiliation} form one voice
   * (Sergei Shoigu and Russian state media, both {@code RU}, speak as one); a source without an
   * affiliation stands alone, as under {@link #BY_SOURCE}. The claims of one source id are never
   * split: when the claims reconciled give a source different affiliations, or an affiliation in
   * some claims only, all its claims speak under the affiliation that comes first in code order
   * among those its claims give it (a claim left out as deprecated, or as about another time of
   * a varying subject, aside).
   */
  BY_AFFILIATION;

  /**
   * The key of the voice a source speaks in: the source id, or the affiliation. An affiliation and
   * a source id that are spelled alike stay apart because the affiliation sorts first by {@link
   * #compare}.
   */
  String key(Source source) {
    if (this == BY_AFFILIATION) {
      Optional<String> affiliation = source.affiliation();
      if (affiliation.isPresent()) {
        return affiliation.get();
      }
    }
    return source.id();
  }

  /** Whether the key of {@code source} is an affiliation rather than a source id. */
  boolean byAffiliation(Source source) {
    return this == BY_AFFILIATION && source.affiliation().isPresent();
  }

  /** Orders sources by the voice they speak in: by key, an affiliation before a source id. */
  int compare(Source a, Source b) {
    if (a == b) {
      return 0;
    }
    if (this == BY_SOURCE) {
      return a.id().compareTo(b.id());
    }
    Optional<String> aAffiliation = a.affiliation();
    Optional<String> bAffiliation = b.affiliation();
    String aKey = aAffiliation.isPresent() ? aAffiliation.get() : a.id();
    String bKey = bAffiliation.isPresent() ? bAffiliation.get() : b.id();
    int order = aKey.compareTo(bKey);
    return order != 0 ? order
        : Boolean.compare(aAffiliation.isEmpty(), bAffiliation.isEmpty());
  }
}
