package dev.consilience.reconcile;

/** A stable merge sort of int indices by a comparator, without boxing. */
final class IndexSort {
  /** Compares two indices. */
  @FunctionalInterface
  interface IndexComparator {
    int compare(int a, int b);
  }

  private static final int INSERTION = 16;

  private IndexSort() {}

  /** Returns the indices 0 to n-1 sorted by {@code order}; equal indices keep ascending order. */
  static int[] sorted(int n, IndexComparator order) {
    int[] indices = new int[n];
    for (int i = 0; i < n; i++) {
      indices[i] = i;
    }
    sort(indices, order);
    return indices;
  }

  /** Sorts indices in place, stably. */
  static void sort(int[] indices, IndexComparator order) {
    if (indices.length < 2) {
      return;
    }
    int[] buffer = indices.clone();
    mergeSort(buffer, indices, 0, indices.length, order);
  }

  /** Sorts {@code from[lo, hi)} into {@code to[lo, hi)}; both hold the same elements on entry. */
  private static void mergeSort(int[] from, int[] to, int lo, int hi, IndexComparator order) {
    if (hi - lo <= INSERTION) {
      for (int i = lo + 1; i < hi; i++) {
        int item = to[i];
        int j = i - 1;
        while (j >= lo && order.compare(to[j], item) > 0) {
          to[j + 1] = to[j];
          j--;
        }
        to[j + 1] = item;
      }
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(to, from, lo, mid, order);
    mergeSort(to, from, mid, hi, order);
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      if (j >= hi || (i < mid && order.compare(from[i], from[j]) <= 0)) {
        to[k] = from[i++];
      } else {
        to[k] = from[j++];
      }
    }
  }
}
