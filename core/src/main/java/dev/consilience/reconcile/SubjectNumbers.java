package dev.consilience.reconcile;

import dev.consilience.Subject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers subjects in order of first appearance; equal subjects get the same number.
 *
 * <p>Claims about one subject usually share one {@code Subject} instance, so subjects are first
 * looked up by identity, in an open-addressing table of their own: that reads the subject's
 * header and two array slots, where a {@link HashMap} would read the subject's fields, its id and
 * a node. Only an instance not seen before is looked up by {@link Subject#equals}.
 */
final class SubjectNumbers {
  /** The subjects by number. */
  final List<Subject> subjects = new ArrayList<>();
  private final Map<Subject, Integer> byValue = new HashMap<>();
  private Subject[] instances = new Subject[64];
  private int[] numbers = new int[64];
  private int size;

  /** Returns the subject's number, giving it the next one if no equal subject has one. */
  int numberOf(Subject subject) {
    int mask = instances.length - 1;
    int slot = System.identityHashCode(subject) & mask;
    while (instances[slot] != null) {
      if (instances[slot] == subject) {
        return numbers[slot];
      }
      slot = (slot + 1) & mask;
    }
    Integer known = byValue.get(subject);
    int number;
    if (known == null) {
      number = subjects.size();
      byValue.put(subject, number);
      subjects.add(subject);
    } else {
      number = known;
    }
    instances[slot] = subject;
    numbers[slot] = number;
    if (++size * 2 > instances.length) {
      grow();
    }
    return number;
  }

  /** Doubles the table, keeping it at most half full so that probes stay short. */
  private void grow() {
    Subject[] oldInstances = instances;
    int[] oldNumbers = numbers;
    instances = new Subject[oldInstances.length * 2];
    numbers = new int[oldInstances.length * 2];
    int mask = instances.length - 1;
    for (int i = 0; i < oldInstances.length; i++) {
      if (oldInstances[i] != null) {
        int slot = System.identityHashCode(oldInstances[i]) & mask;
        while (instances[slot] != null) {
          slot = (slot + 1) & mask;
        }
        instances[slot] = oldInstances[i];
        numbers[slot] = oldNumbers[i];
      }
    }
  }
}
