/**
 * Learning which sources to trust from how often they agree with the rest, across many subjects.
 *
 * <p>{@link dev.consilience.discovery.TruthDiscovery} reads claims about many subjects and
 * returns {@link dev.consilience.discovery.SourceWeights}: a {@link
 * dev.consilience.reconcile.Weighting} for the reconciler that gives each claim the weight its
 * origin earned (on a subject where the origin was compared with others, without that subject),
 * and reports for each source the evidence behind its weight ({@link
 * dev.consilience.discovery.SourceWeight}).
 *
 * <pre>{@code
 * SourceWeights weights = TruthDiscovery.defaults().learn(claims);
 * Reconciler reconciler = Reconciler.builder().weighting(weights).build();
 * }</pre>
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    of = "make",
    defaults = @Value.Immutable(copy = false, builder = false),
    throwForInvalidImmutableState = NullPointerException.class)
package dev.consilience.discovery;

import org.immutables.value.Value;
