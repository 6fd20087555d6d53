/**
 * Reconciling the claims about one subject: which independent voices agree, which conflict, and
 * what range, if any, they support.
 *
 * <p>{@link dev.consilience.reconcile.Reconciler} runs the six steps (select, widen hedges,
 * project in time, collapse echoes, weigh, sweep) and returns a {@link
 * dev.consilience.reconcile.Reconciliation}: a {@link dev.consilience.reconcile.Verdict}, the
 * consensus, the robust range, the hull, an estimate when one is honest, the {@link
 * dev.consilience.reconcile.Voice}s, the {@link dev.consilience.reconcile.Conflict}s, the {@link
 * dev.consilience.reconcile.Exclusion}s, and an account in words. The policies are {@link
 * dev.consilience.reconcile.Weighting}, {@link dev.consilience.reconcile.UnitConverter} and {@link
 * dev.consilience.reconcile.Independence}. Everything here is immutable and safe to share between
 * threads; the algorithms live in package-private classes, one per step.
 */
package dev.consilience.reconcile;
