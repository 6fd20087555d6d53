package dev.consilience.reconcile;

/** Writes {@link Reconciliation#explain()}. */
final class Explanation {
  private final Reconciler reconciler;
  private final Reconciliation result;

  Explanation(Reconciler reconciler, Reconciliation result) {
    this.reconciler = reconciler;
    this.result = result;
  }

  String text() {
    return result.toString() + reconciler;
  }
}
