package dev.consilience.reconcile;

/**
 * Abbreviated sort keys for strings: a {@code long} per string that orders strings as {@link
 * String#compareTo} does wherever the keys differ, so that a sort can compare primitives and fall
 * back to the strings only among equal keys.
 *
 * <p>The characters that every string shares at its start are skipped (ids such as {@code
 * source-17} and {@code source-42} differ only after {@code source-}), and the next few characters
 * are packed into the key, most significant first: eight of them in 8 bits each when they are all
 * below 256, else four in 16 bits each. A string that ends inside that window is padded with
 * zeros, which sort before any character, as a shorter string sorts before a longer one it
 * starts. So if {@code a.compareTo(b) < 0} then {@code key(a) <= key(b)}, and if {@code key(a) <
 * key(b)} then {@code a.compareTo(b) < 0}.
 */
final class PrefixKeys {
  private PrefixKeys() {}

  /**
   * Returns the key of each of the first {@code n} strings, comparable as signed {@code long}s.
   *
   * @param strings the strings, at least {@code n}, none null
   * @param n how many strings to key
   */
  static long[] of(String[] strings, int n) {
    long[] keys = new long[n];
    if (n == 0) {
      return keys;
    }
    int skip = commonPrefix(strings, n);
    // Characters are packed in 8 bits each, as they nearly always fit; a wider one, noticed
    // while packing, has the keys packed again in 16 bits each. Many strings do not fit in the
    // processor's caches, so a separate pass to look for wide characters would cost misses.
    if (!pack(strings, n, skip, Byte.SIZE, keys)) {
      pack(strings, n, skip, Character.SIZE, keys);
    }
    return keys;
  }

  /**
   * Packs the characters after {@code skip} into keys, {@code bits} bits each; returns false if
   * some character does not fit in that many bits.
   */
  private static boolean pack(String[] strings, int n, int skip, int bits, long[] keys) {
    int width = Long.SIZE / bits;
    int all = 0;
    for (int i = 0; i < n; i++) {
      String s = strings[i];
      long key = 0;
      for (int c = skip; c < skip + width; c++) {
        char ch = c < s.length() ? s.charAt(c) : 0;
        all |= ch;
        key = (key << bits) | ch;
      }
      // The packed characters compare as an unsigned number; flipping the sign bit makes that
      // the order of signed longs.
      keys[i] = key ^ Long.MIN_VALUE;
    }
    return all >>> bits == 0;
  }

  /** The length of the longest start that all the first {@code n} strings share. */
  private static int commonPrefix(String[] strings, int n) {
    String first = strings[0];
    int prefix = first.length();
    for (int i = 1; i < n && prefix > 0; i++) {
      String s = strings[i];
      int limit = Math.min(prefix, s.length());
      int c = 0;
      while (c < limit && s.charAt(c) == first.charAt(c)) {
        c++;
      }
      prefix = c;
    }
    return prefix;
  }
}
