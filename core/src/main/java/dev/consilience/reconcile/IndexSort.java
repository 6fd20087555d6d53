package dev.consilience.reconcile;

/** Stable sorts of int indices, without boxing: merge sorts, and a radix sort by long keys. */
final class IndexSort {
  /** Compares two indices. */
  @FunctionalInterface
  interface IndexComparator {
    int compare(int a, int b);
  }

  private static final int INSERTION = 16;
  /**
   * From this many keys on, {@link #sortedByKey} sorts by radix, {@link #RADIX_BITS} bits a pass:
   * O(n) a pass where a merge sort costs O(n log n), and passes over bits that no two keys differ
   * in are skipped; fewer keys cost less to merge than the radix sort's counters.
   */
  private static final int RADIX_FROM = 512;
  private static final int RADIX_BITS = 11;

  private IndexSort() {}

  /** Returns the indices 0 to n-1 sorted by {@code order}; equal indices keep ascending order. */
  static int[] sorted(int n, IndexComparator order) {
    int[] indices = identity(n);
    if (n > 1) {
      // Small inputs are sorted by insertion in place, without a buffer.
      mergeSort(n <= INSERTION ? indices : indices.clone(), indices, 0, n, order);
    }
    return indices;
  }

  /**
   * Returns the indices 0 to n-1 sorted by {@code keys}; equal keys keep ascending index order.
   * Keys and indices move together, so that comparisons read memory in order.
   */
  static int[] sortedByKey(long[] keys, int n) {
    if (n >= RADIX_FROM) {
      return radixSorted(keys, n);
    }
    int[] indices = identity(n);
    if (n <= INSERTION) {
      // Few keys are sorted by insertion, read where they are rather than copied.
      for (int i = 1; i < n; i++) {
        int item = indices[i];
        int j = i - 1;
        while (j >= 0 && keys[indices[j]] > keys[item]) {
          indices[j + 1] = indices[j];
          j--;
        }
        indices[j + 1] = item;
      }
      return indices;
    }
    long[] sortedKeys = java.util.Arrays.copyOf(keys, n);
    mergeSort(sortedKeys.clone(), indices.clone(), sortedKeys, indices, 0, n);
    return indices;
  }

  /**
   * Returns the indices 0 to n-1 sorted by {@code keys}, and among equal keys by {@code ties};
   * equal indices keep ascending order. When the keys order the indices as {@code ties} does
   * wherever they differ (as {@link PrefixKeys} do), this is the order of {@link #sorted} with
   * {@code ties}, found with far fewer calls to it.
   */
  static int[] sortedByKeyThen(long[] keys, int n, IndexComparator ties) {
    int[] indices = sortedByKey(keys, n);
    int[] buffer = null;
    int from = 0;
    while (from < n) {
      long key = keys[indices[from]];
      int to = from + 1;
      while (to < n && keys[indices[to]] == key) {
        to++;
      }
      if (to - from > INSERTION) {
        // The merge sort reads the run from a buffer; shorter runs are sorted in place.
        if (buffer == null) {
          buffer = new int[n];
        }
        System.arraycopy(indices, from, buffer, from, to - from);
      }
      if (to - from > 1) {
        mergeSort(buffer, indices, from, to, ties);
      }
      from = to;
    }
    return indices;
  }

  /** The least significant digit radix sort of {@link #sortedByKey}; each pass is stable. */
  private static int[] radixSorted(long[] keys, int n) {
    // With the sign bit flipped, signed keys order as unsigned digits do.
    long[] fromKeys = new long[n];
    long differ = 0;
    for (int i = 0; i < n; i++) {
      fromKeys[i] = keys[i] ^ Long.MIN_VALUE;
      differ |= fromKeys[i] ^ fromKeys[0];
    }
    int[] from = identity(n);
    long[] toKeys = new long[n];
    int[] to = new int[n];
    int[] counts = new int[1 << RADIX_BITS];
    int mask = counts.length - 1;
    for (int shift = 0; shift < Long.SIZE; shift += RADIX_BITS) {
      if ((differ >>> shift & mask) == 0) {
        continue;
      }
      java.util.Arrays.fill(counts, 0);
      for (int i = 0; i < n; i++) {
        counts[(int) (fromKeys[i] >>> shift) & mask]++;
      }
      int offset = 0;
      for (int digit = 0; digit < counts.length; digit++) {
        int count = counts[digit];
        counts[digit] = offset;
        offset += count;
      }
      for (int i = 0; i < n; i++) {
        int place = counts[(int) (fromKeys[i] >>> shift) & mask]++;
        toKeys[place] = fromKeys[i];
        to[place] = from[i];
      }
      long[] swapKeys = fromKeys;
      fromKeys = toKeys;
      toKeys = swapKeys;
      int[] swap = from;
      from = to;
      to = swap;
    }
    return from;
  }

  private static int[] identity(int n) {
    int[] indices = new int[n];
    for (int i = 0; i < n; i++) {
      indices[i] = i;
    }
    return indices;
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

  /** The same merge sort over keys, carrying the indices along. */
  private static void mergeSort(long[] fromKeys, int[] from, long[] toKeys, int[] to, int lo,
      int hi) {
    if (hi - lo <= INSERTION) {
      for (int i = lo + 1; i < hi; i++) {
        long key = toKeys[i];
        int item = to[i];
        int j = i - 1;
        while (j >= lo && toKeys[j] > key) {
          toKeys[j + 1] = toKeys[j];
          to[j + 1] = to[j];
          j--;
        }
        toKeys[j + 1] = key;
        to[j + 1] = item;
      }
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(toKeys, to, fromKeys, from, lo, mid);
    mergeSort(toKeys, to, fromKeys, from, mid, hi);
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      if (j >= hi || (i < mid && fromKeys[i] <= fromKeys[j])) {
        toKeys[k] = fromKeys[i];
        to[k] = from[i++];
      } else {
        toKeys[k] = fromKeys[j];
        to[k] = from[j++];
      }
    }
  }
}
