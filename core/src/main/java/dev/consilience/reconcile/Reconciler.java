package dev.consilience.reconcile;

import dev.consilience.Claim;
import dev.consilience.Subject;
import dev.consilience.TimeSpan;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;


/**
 * Reconciles the claims about one subject: tells independent agreement from echo, and real
 * conflict from claims that only look different.
 *
 * <pre>{@code
 * Reconciliation result = Reconciler.defaults().reconcile(claims);
 * result.verdict();    // CONSISTENT
 * result.consensus();  // Optional[(6000, +∞)]
 * System.out.println(result.explain());
 * }</pre>
 *
 * <p>A reconciliation runs six steps:
 *
 * <ol>
 *   <li><b>Select.</b> {@code DEPRECATED} claims are left out. The reconciliation describes one
 *       time, {@code asOf}: as given, or the time of the claim whose time ends latest (a claim's
 *       time is its {@code asOf}, else its {@code statedOn}; among claims ending the same day, the
 *       one starting latest). For a {@code VARYING} subject, claims before or after {@code asOf}
 *       are left out. The reconciliation's unit is the one that keeps the most voices: the unit
 *       whose family of convertible units the most origins use, then the one the most origins
 *       state directly, then the one whose code sorts first; claims in other units are converted
 *       by the {@link UnitConverter}, or left out when they cannot be.
 *   <li><b>Widen hedges.</b> With hedge tolerance t, {@code APPROXIMATELY} moves a finite lower
 *       end x to x − t·|x| and a finite upper end y to y + t·|y|; {@code NEARLY} moves only the
 *       lower end and {@code JUST_OVER} only the upper. The arithmetic is exact; an end that a
 *       {@link dev.consilience.Bound} cannot hold is rounded outward (an end past the largest
 *       bound becomes unbounded), so widening never narrows a range.
 *   <li><b>Project in time</b> ({@code CUMULATIVE} subjects). A claim whose time ends before
 *       {@code asOf} starts keeps its lower end and loses its upper; one whose time starts after
 *       {@code asOf} ends keeps its upper end and loses its lower; any other claim is about {@code
 *       asOf} and stays as it is. An earlier claim whose lower end is above a later claim's upper
 *       end conflicts with it across time; two claims about one time other than {@code asOf}
 *       (the same earlier or later period) that share no number disagree, though projection
 *       would let both stand. Times are one time only when equal: a claim about January and one
 *       about 15 January overlap without either being earlier, so, before or after {@code asOf},
 *       neither rule compares them (about {@code asOf}, they are compared as they stand).
 *   <li><b>Collapse echoes.</b> Claims with the same origin (by source id, or by affiliation under
 *       {@link Independence#BY_AFFILIATION}) form one {@link Voice}, which says the intersection
 *       of its claims, or, when they contradict each other (at {@code asOf}, across time, or about
 *       one other time), its most recently stated claim.
 *   <li><b>Weigh.</b> Each claim is weighed by the {@link Weighting}; a voice weighs as much as
 *       its heaviest claim.
 *   <li><b>Sweep.</b> If all voices share a number and no two origins conflict across time or
 *       about one other time, the verdict is {@link Verdict#CONSISTENT} and the consensus their
 *       intersection. Otherwise a weighted Marzullo sweep finds the region with the greatest
 *       total weight: {@link Verdict#CONTESTED} if one region has strictly the most, {@link
 *       Verdict#UNRESOLVED} if two or more tie. The robust range, hull and estimate follow; see
 *       {@link Reconciliation}.
 * </ol>
 *
 * <p>The result is the same for the same claims in any order. Reconciling n claims costs O(n log
 * n) time. A {@code Reconciler} is immutable and safe to share between threads, provided its
 * {@link Weighting} is.
 */
public final class Reconciler {
  /** The default hedge tolerance, 10%. */
  public static final BigDecimal DEFAULT_HEDGE_TOLERANCE = new BigDecimal("0.10");

  private static final Reconciler DEFAULTS = new Builder().build();
  private static final int SUBJECTS_SHOWN = 10;
  /** From this many claims on, sort keys are read into arrays first. */
  private static final int SORT_WITH_KEYS = 64;
  private static final Comparator<Subject> SUBJECT_ORDER = Reconciler::compareSubjects;

  private final Weighting weighting;
  private final BigDecimal hedgeTolerance;
  private final UnitConverter units;
  private final Independence independence;

  private Reconciler(Builder builder) {
    this.weighting = builder.weighting;
    this.hedgeTolerance = builder.hedgeTolerance;
    this.units = builder.units;
    this.independence = builder.independence;
  }

  /**
   * The default reconciler: weighting {@link Weighting#byReliability()}, hedge tolerance 0.10, no
   * unit conversion, independence {@link Independence#BY_SOURCE}.
   *
   * @return the default reconciler
   */
  public static Reconciler defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder that starts from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** How claims are weighed. */
  public Weighting weighting() {
    return weighting;
  }

  /** The fraction by which hedged ends are widened. */
  public BigDecimal hedgeTolerance() {
    return hedgeTolerance;
  }

  /** How claims in other units are converted. */
  public UnitConverter units() {
    return units;
  }

  /** Which claims form one voice. */
  public Independence independence() {
    return independence;
  }

  /**
   * Reconciles claims about one subject as of the latest time any of them describes: the time of
   * the claim whose time ends latest, deprecated claims aside (no time when no claim has one).
   *
   * <p>That time is only as precise as the claim it comes from. A claim about a whole year ("more
   * than 6,000 in 2025") makes {@code asOf} that year, and every claim within it is then about
   * {@code asOf}, so a cumulative count of January and one of June are compared as if about one
   * time, and may disagree. Where the claims' times differ in precision, pass the time of
   * interest to {@link #reconcile(Collection, TimeSpan)}.
   *
   * @param claims the claims, all about one subject; not null, not empty, no null element
   * @return the reconciliation
   * @throws IllegalArgumentException if the claims are about more than one subject (the message
   *     names them), if there is no claim, or if the weighting gives a claim a weight that is
   *     negative, infinite or NaN
   * @throws NullPointerException if {@code claims} is or contains null
   */
  public Reconciliation reconcile(Collection<Claim> claims) {
    Claim[] array = checked(claims);
    Subject subject = oneSubject(array);
    Origins origins = Origins.of(independence, array, subject.trend(), null);
    return Reconciling.run(this, origins, subject, sorted(array, origins), null);
  }

  /**
   * Reconciles claims about one subject as of a given time.
   *
   * @param claims the claims, all about one subject; not null, not empty, no null element
   * @param asOf the time the reconciliation describes, not null
   * @return the reconciliation
   * @throws IllegalArgumentException if the claims are about more than one subject (the message
   *     names them), if there is no claim, or if the weighting gives a claim a weight that is
   *     negative, infinite or NaN
   * @throws NullPointerException if an argument is or contains null
   */
  public Reconciliation reconcile(Collection<Claim> claims, TimeSpan asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Claim[] array = checked(claims);
    Subject subject = oneSubject(array);
    Origins origins = Origins.of(independence, array, subject.trend(), asOf);
    return Reconciling.run(this, origins, subject, sorted(array, origins), asOf);
  }

  /**
   * Reconciles the claims about each subject separately, each as of the latest time its claims
   * describe.
   *
   * @param claims the claims, about any number of subjects; not null, no null element
   * @return one reconciliation per subject, iterated in order of subject id (subjects that share
   *     an id, which is best avoided, by trend, then description); unmodifiable
   * @throws IllegalArgumentException if the weighting gives a claim a weight that is negative,
   *     infinite or NaN
   * @throws NullPointerException if {@code claims} is or contains null
   */
  public Map<Subject, Reconciliation> reconcileAll(Collection<Claim> claims) {
    Claim[] array = checkedAllowEmpty(claims);
    int n = array.length;
    // Group by counting sort: number the subjects in order of first appearance, count the claims
    // of each, then place every claim at its subject's offset in one array. Each claim costs one
    // lookup at most (none when it follows a claim about the same subject), and no list grows.
    SubjectNumbers numbers = new SubjectNumbers();
    List<Subject> subjects = numbers.subjects;
    int[] subjectOf = new int[n];
    int[] counts = new int[n];
    Subject previous = null;
    for (int i = 0; i < n; i++) {
      Subject subject = array[i].subject();
      int number = subject == previous ? subjectOf[i - 1] : numbers.numberOf(subject);
      previous = subject;
      subjectOf[i] = number;
      counts[number]++;
    }
    int m = subjects.size();
    String[] ids = new String[m];
    for (int s = 0; s < m; s++) {
      ids[s] = subjects.get(s).id();
    }
    int[] order = IndexSort.sortedByKeyThen(PrefixKeys.of(ids, m), m,
        (a, b) -> compareSubjects(subjects.get(a), subjects.get(b)));
    // offsets[s] is where subject s's claims start, the subjects laid out in result order.
    int[] offsets = new int[m];
    int next = 0;
    for (int s : order) {
      offsets[s] = next;
      next += counts[s];
    }
    Claim[] grouped = new Claim[n];
    int[] filled = offsets.clone();
    for (int i = 0; i < n; i++) {
      grouped[filled[subjectOf[i]]++] = array[i];
    }
    Map<Subject, Reconciliation> result = new LinkedHashMap<>(m * 4 / 3 + 1);
    for (int s : order) {
      Claim[] ofSubject = Arrays.copyOfRange(grouped, offsets[s], offsets[s] + counts[s]);
      Subject subject = subjects.get(s);
      Origins origins = Origins.of(independence, ofSubject, subject.trend(), null);
      result.put(subject,
          Reconciling.run(this, origins, subject, sorted(ofSubject, origins), null));
    }
    return Collections.unmodifiableMap(result);
  }

  /**
   * Orders subjects by id, then trend, then description (none first, as the empty text): the
   * order of {@link #reconcileAll}'s result.
   */
  private static int compareSubjects(Subject a, Subject b) {
    if (a == b) {
      return 0;
    }
    int order = a.id().compareTo(b.id());
    if (order == 0) {
      order = a.trend().compareTo(b.trend());
    }
    return order != 0 ? order
        : a.description().orElse("").compareTo(b.description().orElse(""));
  }

  /**
   * Puts claims in voice order: by origin, then by {@link ClaimOrder}. The keys are read once
   * into arrays, so that the sort compares strings without walking from each claim to them, and
   * abbreviated into {@link PrefixKeys}, so that it mostly compares numbers.
   */
  private static Claim[] sorted(Claim[] claims, Origins voices) {
    int n = claims.length;
    if (n < SORT_WITH_KEYS) {
      Arrays.sort(claims, (a, b) -> {
        int order = voices.compare(a.source(), b.source());
        return order != 0 ? order : ClaimOrder.compare(a, b);
      });
      return claims;
    }
    String[] origins = new String[n];
    boolean[] unaffiliated = new boolean[n];
    String[] ids = new String[n];
    for (int i = 0; i < n; i++) {
      origins[i] = voices.key(claims[i].source());
      unaffiliated[i] = !voices.byAffiliation(claims[i].source());
      ids[i] = claims[i].id();
    }
    // Most origins differ within their first characters: sorting by abbreviated keys first
    // leaves the comparator only the claims whose origins start alike.
    int[] order = IndexSort.sortedByKeyThen(PrefixKeys.of(origins, n), n, (a, b) -> {
      int by = origins[a] == origins[b] ? 0 : origins[a].compareTo(origins[b]);
      if (by == 0) {
        by = Boolean.compare(unaffiliated[a], unaffiliated[b]);
      }
      if (by == 0) {
        by = ids[a] == ids[b] ? 0 : ids[a].compareTo(ids[b]);
      }
      return by != 0 ? by : ClaimOrder.compare(claims[a], claims[b]);
    });
    Claim[] sorted = new Claim[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = claims[order[i]];
    }
    return sorted;
  }

  private static Claim[] checked(Collection<Claim> claims) {
    Claim[] array = checkedAllowEmpty(claims);
    if (array.length == 0) {
      throw new IllegalArgumentException(
          "no claims to reconcile: at least one claim is needed to know the subject");
    }
    return array;
  }

  private static Claim[] checkedAllowEmpty(Collection<Claim> claims) {
    Objects.requireNonNull(claims, "claims");
    Claim[] array = claims.toArray(new Claim[0]);
    for (int i = 0; i < array.length; i++) {
      if (array[i] == null) {
        throw new NullPointerException("claims contains null at position " + i);
      }
    }
    return array;
  }

  private static Subject oneSubject(Claim[] claims) {
    Subject subject = claims[0].subject();
    for (Claim claim : claims) {
      Subject other = claim.subject();
      if (other != subject && !other.equals(subject)) {
        throw new IllegalArgumentException(severalSubjects(claims));
      }
    }
    return subject;
  }

  private static String severalSubjects(Claim[] claims) {
    TreeSet<Subject> subjects = new TreeSet<>(SUBJECT_ORDER);
    for (Claim claim : claims) {
      subjects.add(claim.subject());
    }
    long ids = subjects.stream().map(Subject::id).distinct().count();
    String names = subjects.stream()
        .limit(SUBJECTS_SHOWN)
        .map(subject -> ids == subjects.size() ? subject.id() : describe(subject))
        .collect(Collectors.joining(", "));
    return "claims are about " + subjects.size() + " subjects, not one: " + names
        + (subjects.size() > SUBJECTS_SHOWN ? ", …" : "")
        + "; reconcile each subject's claims apart, or use reconcileAll";
  }

  private static String describe(Subject subject) {
    return subject.id() + " (" + subject.trend().name().toLowerCase(java.util.Locale.ROOT)
        + subject.description().map(d -> ", " + d).orElse("") + ")";
  }

  /** Returns the settings, such as {@code Reconciler[weighting=…, hedgeTolerance=0.10, …]}. */
  @Override
  public String toString() {
    return "Reconciler[weighting=" + weighting + ", hedgeTolerance="
        + hedgeTolerance.toPlainString() + ", units=" + units + ", independence=" + independence
        + "]";
  }

  /** Builds a {@link Reconciler}, starting from the defaults. Not thread-safe. */
  public static final class Builder {
    private Weighting weighting = Weighting.byReliability();
    private BigDecimal hedgeTolerance = DEFAULT_HEDGE_TOLERANCE;
    private UnitConverter units = UnitConverter.none();
    private Independence independence = Independence.BY_SOURCE;

    Builder() {}

    /**
     * Sets how claims are weighed; {@link Weighting#byReliability()} by default.
     *
     * @param weighting the weighting, not null
     * @return this builder
     */
    public Builder weighting(Weighting weighting) {
      this.weighting = Objects.requireNonNull(weighting, "weighting");
      return this;
    }

    /**
     * Sets the fraction by which hedged ends are widened; 0.10 by default, 0 to take hedged
     * numbers at their word.
     *
     * @param hedgeTolerance the fraction, not negative, not null
     * @return this builder
     * @throws IllegalArgumentException if the fraction is negative
     */
    public Builder hedgeTolerance(BigDecimal hedgeTolerance) {
      Objects.requireNonNull(hedgeTolerance, "hedgeTolerance");
      if (hedgeTolerance.signum() < 0) {
        throw new IllegalArgumentException(
            "hedge tolerance " + hedgeTolerance.toPlainString() + " is negative");
      }
      this.hedgeTolerance = hedgeTolerance;
      return this;
    }

    /**
     * Sets how claims in other units are converted; {@link UnitConverter#none()} by default.
     *
     * @param units the converter, not null
     * @return this builder
     */
    public Builder units(UnitConverter units) {
      this.units = Objects.requireNonNull(units, "units");
      return this;
    }

    /**
     * Sets which claims form one voice; {@link Independence#BY_SOURCE} by default.
     *
     * @param independence the policy, not null
     * @return this builder
     */
    public Builder independence(Independence independence) {
      this.independence = Objects.requireNonNull(independence, "independence");
      return this;
    }

    /**
     * Returns the reconciler.
     *
     * @return the reconciler
     */
    public Reconciler build() {
      return new Reconciler(this);
    }
  }

}
