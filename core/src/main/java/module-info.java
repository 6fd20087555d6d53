/**
 * Consilience: provenance-aware claims and their honest reconciliation.
 *
 * <ul>
 *   <li>{@code dev.consilience} — the immutable claim model;
 *   <li>{@code dev.consilience.reconcile} — reconciling the claims about one subject;
 *   <li>{@code dev.consilience.text} — reading quantities and times from English text;
 *   <li>{@code dev.consilience.discovery} — learning which sources to trust.
 * </ul>
 *
 * <p>Every public type is non-null by default; absent values are {@code Optional}.
 */
@org.jspecify.annotations.NullMarked
module dev.consilience {
  requires static transitive org.jspecify;
  // Compile-time only: the annotation processor's annotations never reach a user's run time.
  requires static org.immutables.value.annotations;
  requires org.apache.commons.lang3;

  exports dev.consilience;
  exports dev.consilience.reconcile;
  exports dev.consilience.text;
  exports dev.consilience.discovery;
}
