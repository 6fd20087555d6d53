package dev.consilience.examples;

import dev.consilience.Claim;
import dev.consilience.discovery.SourceWeights;
import dev.consilience.discovery.TruthDiscovery;
import dev.consilience.reconcile.Reconciler;
import dev.consilience.reconcile.Reconciliation;
import dev.consilience.reconcile.Weighting;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores reconciliation with uniform and with learned weights against census gold, on 49,955 real
 * Wikipedia claims about city populations (Pasternack and Roth, COLING 2010).
 *
 * <p>Run from the repository root, with the data in {@code ../shared/datasets/population}:
 *
 * <pre>
 * mvn -q -DskipTests package
 * java -cp examples/target/consilience.jar dev.consilience.examples.PopulationEvaluation [path/to/datasets]
 * </pre>
 *
 * <p>Without an argument the data is found by walking up from the working directory to a folder
 * that holds {@code shared/datasets/population}. For every gold item that has claims, the claims
 * about it are reconciled and {@link Reconciliation#estimate()} is compared with the gold value:
 * an item counts as right only when the estimate equals it. An item whose verdict is {@code
 * UNRESOLVED} (a tie the method cannot break) has no estimate and counts as wrong; nothing is left
 * to chance or to the order of the file. Each method is then run again on the claims in shuffled
 * order, which must change nothing.
 */
public final class PopulationEvaluation {
  /** The published results on this data (LCA paper, Table 2, percent of 274 items). */
  static final String PUBLISHED =
      "published (274 items): voting 79.93%, TruthFinder 85.04%, best (MistakeLCA_m) 86.13%";

  private PopulationEvaluation() {}

  /**
   * Where the gold value stands among the claims about its item, counting each editor once: what
   * a method must do to get the item right. Only a method that trusts some editors more than
   * others can win a tie or side with a minority, and no method can pick a value nobody claimed.
   */
  enum Standing {
    /** More editors claim the gold value than any other value: a majority vote gets it right. */
    PLURALITY("gold value has the most editors"),
    /** The gold value has the most editors, and so has another value. */
    TIED("gold value tied for the most editors"),
    /** Another value has more editors than the gold value. */
    MINORITY("gold value has fewer editors than another"),
    /** Nobody claimed the gold value. */
    UNCLAIMED("gold value claimed by nobody");

    final String description;

    Standing(String description) {
      this.description = description;
    }

    /** The standing of the gold value among the claims about one item. */
    static Standing of(BigDecimal gold, List<Claim> claims) {
      Map<BigDecimal, Set<String>> editors = new HashMap<>();
      for (Claim claim : claims) {
        BigDecimal value = value(claim);
        editors.computeIfAbsent(value, v -> new HashSet<>()).add(claim.source().id());
      }
      int forGold = editors.getOrDefault(gold.stripTrailingZeros(), Set.of()).size();
      int most = 0;
      int valuesWithMost = 0;
      for (Set<String> backers : editors.values()) {
        if (backers.size() > most) {
          most = backers.size();
          valuesWithMost = 1;
        } else if (backers.size() == most) {
          valuesWithMost++;
        }
      }
      if (forGold == 0) {
        return UNCLAIMED;
      }
      if (forGold < most) {
        return MINORITY;
      }
      return valuesWithMost == 1 ? PLURALITY : TIED;
    }
  }

  /** One method's score. */
  static final class Row {
    final String method;
    final int correct;
    final int items;
    final double seconds;
    final Map<String, Optional<BigDecimal>> estimates;
    /** Items right and items in all, by the standing of the gold value. */
    final Map<Standing, int[]> byStanding;

    Row(String method, int correct, int items, double seconds,
        Map<String, Optional<BigDecimal>> estimates, Map<Standing, int[]> byStanding) {
      this.method = method;
      this.correct = correct;
      this.items = items;
      this.seconds = seconds;
      this.estimates = estimates;
      this.byStanding = byStanding;
    }

    int correct(Standing standing) {
      return byStanding.get(standing)[0];
    }

    int items(Standing standing) {
      return byStanding.get(standing)[1];
    }

    double accuracy() {
      return (double) correct / items;
    }
  }

  /** A way to weigh the claims: uniform, or learned from the claims themselves. */
  static final class Method {
    final String name;
    final Function<List<Claim>, Weighting> weighting;

    Method(String name, Function<List<Claim>, Weighting> weighting) {
      this.name = name;
      this.weighting = weighting;
    }
  }

  /** The methods compared: majority vote, and learned weights with one prior or two. */
  static List<Method> methods() {
    return List.of(
        new Method("majority vote (uniform weights)", claims -> Weighting.uniform()),
        new Method("learned weights, one prior for all editors",
            claims -> TruthDiscovery.defaults().learn(claims)),
        new Method("learned weights, registered and anonymous priors",
            claims -> TruthDiscovery.builder()
                .groupBy(source -> PopulationData.anonymous(source) ? "anonymous" : "registered")
                .build()
                .learn(claims)));
  }

  /**
   * Weighs all claims with the method (learning from all of them, gold never consulted), then
   * reconciles the claims of each gold item and scores the estimates.
   */
  static Row score(Method method, PopulationData data, List<Claim> claims) {
    long start = System.nanoTime();
    Weighting weighting = method.weighting.apply(claims);
    Reconciler reconciler = Reconciler.builder().weighting(weighting).build();
    Map<String, List<Claim>> bySubject = new HashMap<>();
    for (Claim claim : claims) {
      if (data.gold.containsKey(claim.subject().id())) {
        bySubject.computeIfAbsent(claim.subject().id(), id -> new ArrayList<>()).add(claim);
      }
    }
    Map<String, Optional<BigDecimal>> estimates = new TreeMap<>();
    int correct = 0;
    for (Map.Entry<String, List<Claim>> subject : bySubject.entrySet()) {
      Optional<BigDecimal> estimate = reconciler.reconcile(subject.getValue()).estimate();
      estimates.put(subject.getKey(), estimate);
      if (estimate.isPresent() && estimate.get().compareTo(data.gold.get(subject.getKey())) == 0) {
        correct++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<Standing, int[]> byStanding = new EnumMap<>(Standing.class);
    for (Standing standing : Standing.values()) {
      byStanding.put(standing, new int[2]);
    }
    for (Map.Entry<String, List<Claim>> subject : bySubject.entrySet()) {
      BigDecimal gold = data.gold.get(subject.getKey());
      int[] counts = byStanding.get(Standing.of(gold, subject.getValue()));
      Optional<BigDecimal> estimate = estimates.get(subject.getKey());
      counts[0] += estimate.isPresent() && estimate.get().compareTo(gold) == 0 ? 1 : 0;
      counts[1]++;
    }
    return new Row(method.name, correct, bySubject.size(), seconds, estimates, byStanding);
  }

  /** Scores every method on the claims as read. */
  static List<Row> evaluate(PopulationData data) {
    List<Row> rows = new ArrayList<>();
    for (Method method : methods()) {
      rows.add(score(method, data, data.claims));
    }
    return rows;
  }

  /** Whether every method gives the same estimates on the claims in a shuffled order. */
  static boolean shuffleChangesNothing(PopulationData data, List<Row> rows, long seed) {
    List<Claim> shuffled = new ArrayList<>(data.claims);
    Collections.shuffle(shuffled, new Random(seed));
    List<Method> methods = methods();
    for (int i = 0; i < methods.size(); i++) {
      if (!score(methods.get(i), data, shuffled).estimates.equals(rows.get(i).estimates)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The record of the editor who made the most claims (the first by id among equals), against
   * the gold: what limits learning on this data.
   *
   * @param editor its name
   * @param claims how many claims it made
   * @param items the items it spoke on
   * @param alone of those, the items nobody else spoke on
   * @param goldItems the gold items it spoke on
   * @param goldRight of those, the items where its value is the gold value
   * @param sharedWithAnonymous the gold items where an anonymous editor claims its value
   * @param sharedRight of those, the items where that shared value is the gold value
   */
  record Prolific(String editor, int claims, int items, int alone, int goldItems, int goldRight,
      int sharedWithAnonymous, int sharedRight) {

    static Prolific of(PopulationData data) {
      Map<String, Integer> claimsBy = new TreeMap<>();
      for (Claim claim : data.claims) {
        claimsBy.merge(claim.source().id(), 1, Integer::sum);
      }
      String top = null;
      for (Map.Entry<String, Integer> editor : claimsBy.entrySet()) {
        if (top == null || editor.getValue() > claimsBy.get(top)) {
          top = editor.getKey();
        }
      }
      Map<String, List<Claim>> bySubject = new HashMap<>();
      for (Claim claim : data.claims) {
        bySubject.computeIfAbsent(claim.subject().id(), id -> new ArrayList<>()).add(claim);
      }
      String name = "";
      int items = 0;
      int alone = 0;
      int goldItems = 0;
      int goldRight = 0;
      int shared = 0;
      int sharedRight = 0;
      for (Map.Entry<String, List<Claim>> subject : bySubject.entrySet()) {
        Set<BigDecimal> values = new HashSet<>();
        Set<BigDecimal> anonymousValues = new HashSet<>();
        boolean others = false;
        for (Claim claim : subject.getValue()) {
          BigDecimal value = PopulationEvaluation.value(claim);
          if (claim.source().id().equals(top)) {
            name = claim.source().name();
            values.add(value);
          } else {
            others = true;
            if (PopulationData.anonymous(claim.source())) {
              anonymousValues.add(value);
            }
          }
        }
        if (values.isEmpty()) {
          continue;
        }
        items++;
        alone += others ? 0 : 1;
        BigDecimal gold = data.gold.get(subject.getKey());
        if (gold != null) {
          boolean right = values.contains(gold.stripTrailingZeros());
          goldItems++;
          goldRight += right ? 1 : 0;
          values.retainAll(anonymousValues);
          if (!values.isEmpty()) {
            shared++;
            sharedRight += values.contains(gold.stripTrailingZeros()) ? 1 : 0;
          }
        }
      }
      return new Prolific(name, top == null ? 0 : claimsBy.get(top), items, alone, goldItems,
          goldRight, shared, sharedRight);
    }
  }

  /** A point claim's value, its scale stripped so that 100 and 100.0 are one value. */
  static BigDecimal value(Claim claim) {
    return claim.quantity().range().lower().orElseThrow().value().stripTrailingZeros();
  }

  /** Prints, for each standing of the gold value, how many items each method got right. */
  static void printStandings(List<Row> rows) {
    System.out.printf(Locale.ROOT, "%-44s %6s", "items right, by where the gold value stands", "items");
    for (int i = 1; i <= rows.size(); i++) {
      System.out.printf(Locale.ROOT, " %9s", "method " + i);
    }
    System.out.println();
    for (Standing standing : Standing.values()) {
      System.out.printf(Locale.ROOT, "%-44s %6d", standing.description, rows.get(0).items(standing));
      for (Row row : rows) {
        System.out.printf(Locale.ROOT, " %9d", row.correct(standing));
      }
      System.out.println();
    }
  }

  /**
   * Prints the tables.
   *
   * @param args optionally, the datasets folder (or the population folder itself)
   */
  public static void main(String[] args) {
    Path folder = args.length > 0
        ? PopulationData.resolve(Path.of(args[0]))
        : PopulationData.locate(Path.of("")).orElseThrow(() -> new IllegalStateException(
            "no shared/datasets/population above " + Path.of("").toAbsolutePath()
                + "; give the datasets folder as the argument"));
    PopulationData data = PopulationData.read(folder);
    System.out.printf(Locale.ROOT, "%,d claims, %d gold items, from %s%n%n",
        data.claims.size(), data.gold.size(), folder);
    List<Row> rows = evaluate(data);
    System.out.printf(
        Locale.ROOT, "%-53s %9s %6s %9s%n", "method", "accuracy", "items", "run time");
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      System.out.printf(Locale.ROOT, "%-53s %8.2f%% %6d %8.2fs%n",
          (i + 1) + ". " + row.method, 100 * row.accuracy(), row.items, row.seconds);
    }
    System.out.println(PUBLISHED);
    System.out.println();
    printStandings(rows);
    System.out.println();
    long start = System.nanoTime();
    SourceWeights weights = TruthDiscovery.defaults().learn(data.claims);
    System.out.printf(Locale.ROOT, "learning alone: %.2fs for %,d sources in %d rounds%s%n",
        (System.nanoTime() - start) / 1e9, weights.sources().size(), weights.iterations(),
        weights.converged() ? "" : " (not converged)");
    Prolific prolific = Prolific.of(data);
    System.out.printf(Locale.ROOT,
        "the most prolific editor, %s: %,d claims on %,d items,%n"
            + "  %,d of them spoken on by nobody else; right on %d of the %d gold items it speaks"
            + " on;%n  on %d of those an anonymous editor claims its value, which is right %d"
            + " times%n",
        prolific.editor(), prolific.claims(), prolific.items(), prolific.alone(),
        prolific.goldRight(), prolific.goldItems(), prolific.sharedWithAnonymous(),
        prolific.sharedRight());
    System.out.println(shuffleChangesNothing(data, rows, 20100823L)
        ? "shuffled input: the same estimates for every method"
        : "shuffled input: ESTIMATES CHANGED");
  }
}
