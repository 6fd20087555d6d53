package dev.consilience;

/**
 * The standing of a {@link Claim} among the claims about its subject, as in Wikidata. The
 * reconciler leaves {@link #DEPRECATED} claims out.
 */
public enum Rank {
  /** The claim is preferred over the others. */
  PREFERRED,
  /** The usual standing; the default. */
  NORMAL,
  /** The claim is known to be wrong or withdrawn, and is kept only as a record. */
  DEPRECATED
}
