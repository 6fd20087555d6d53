/**
 * Reconciling the claims about one subject: which independent voices agree, which conflict, and
 * what range, if any, they support.
 */
package dev.consilience.reconcile;
