package dev.consilience.examples;

/** How the command prints reconciliations. */
enum OutputFormat {
  /** A report per subject for people to read. */
  TEXT,
  /** A JSON array of reconciliations, written with the JSON module. */
  JSON;

  /** Returns the name in lower case, as it is written on the command line. */
  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
