package dev.consilience.reconcile;

import dev.consilience.Claim;
import java.util.Comparator;

/**
 * The order in which a reconciliation lists claims, so that its result never depends on the order
 * the claims were given in: by id; claims that share an id (a claim and a deprecated copy of it)
 * by their full text, which covers every attribute.
 */
final class ClaimOrder {
  static final Comparator<Claim> ORDER = ClaimOrder::compare;

  private ClaimOrder() {}

  static int compare(Claim a, Claim b) {
    if (a == b) {
      return 0;
    }
    int order = a.id().compareTo(b.id());
    return order != 0 ? order : a.toString().compareTo(b.toString());
  }
}
