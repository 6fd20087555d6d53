package dev.consilience.examples;

import dev.consilience.Source;
import dev.consilience.discovery.TruthDiscovery;
import java.util.Locale;
import java.util.function.Function;

/**
 * How the commands group sources for their prior when they learn weights (see {@link
 * TruthDiscovery.Builder#groupBy}): a source with a short record is shrunk towards what its group
 * has earned.
 */
enum SourceGroups {
  /** By {@link Source#kind()}: the library's default. */
  KIND(Source::kind),
  /** By the {@link Source#reliability()} an analyst graded the source with. */
  RELIABILITY(Source::reliability),
  /** By {@link Source#affiliation()}; sources without one form one group. */
  AFFILIATION(source -> source.affiliation().orElse("")),
  /** One group: every source starts from the same prior. */
  NONE(source -> "");

  private final Function<Source, Object> group;

  SourceGroups(Function<Source, Object> group) {
    this.group = group;
  }

  /** The learner with these groups and the library's other defaults. */
  TruthDiscovery learner() {
    return TruthDiscovery.builder().groupBy(group).build();
  }

  /** Returns the name in lower case, as it is written on the command line. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
