package dev.consilience;

/** What kind of body or person a {@link Source} is. */
public enum SourceKind {
  /** A government or one of its ministries. */
  GOVERNMENT,
  /** Armed forces or a defence ministry speaking for them. */
  MILITARY,
  /** An intelligence service. */
  INTELLIGENCE,
  /** Media owned or directed by a state. */
  STATE_MEDIA,
  /** Independent news media. */
  MEDIA,
  /** A non-governmental organisation. */
  NGO,
  /** A university or research institute. */
  ACADEMIC,
  /** A named expert or analyst. */
  EXPERT,
  /** A private person. */
  INDIVIDUAL,
  /** Anything else; the default. */
  OTHER
}
