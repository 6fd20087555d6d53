package dev.consilience.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.consilience.Subject;
import dev.consilience.Trend;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class SubjectNumbersTest {

  @Test
  void equalSubjectsGetOneNumberInOrderOfFirstAppearanceWhetherOrNotTheyAreOneInstance() {
    // Up to a thousand subjects, so that the table grows; each often seen again, as the same
    // instance or as an equal copy.
    qt().withExamples(100)
        .forAll(Generate.range(1, 1000), Generate.range(1, 3000),
            Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert((distinct, n, seed) -> {
          SplittableRandom random = new SplittableRandom(seed);
          Subject[] pool = new Subject[distinct];
          for (int s = 0; s < distinct; s++) {
            pool[s] = Subject.of("subject-" + s, Trend.values()[s % Trend.values().length]);
          }
          Map<Subject, Integer> expected = new LinkedHashMap<>();
          List<Integer> wanted = new ArrayList<>();
          SubjectNumbers numbers = new SubjectNumbers();
          List<Integer> got = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            Subject subject = pool[random.nextInt(distinct)];
            if (random.nextInt(4) == 0) {
              subject = Subject.of(subject.id(), subject.trend());
            }
            wanted.add(expected.computeIfAbsent(subject, s -> expected.size()));
            got.add(numbers.numberOf(subject));
          }

          assertThat(got).isEqualTo(wanted);
          assertThat(numbers.subjects).containsExactlyElementsOf(expected.keySet());
        });
  }
}
