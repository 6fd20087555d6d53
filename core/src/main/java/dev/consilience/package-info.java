/**
 * The claim model: {@link dev.consilience.Claim} and the values it is made of.
 *
 * <p>A claim is a number someone asserted about something: a {@link dev.consilience.Quantity}
 * (a {@link dev.consilience.Range} in a {@link dev.consilience.Unit}, stated with some {@link
 * dev.consilience.Hedge}) about a {@link dev.consilience.Subject}, asserted by a {@link
 * dev.consilience.Source} and relayed to us through a chain of {@link dev.consilience.Relay}s,
 * stated on and describing a {@link dev.consilience.TimeSpan}.
 *
 * <p>Every type here is a deeply immutable value, validated when it is built: a missing
 * attribute throws {@link java.lang.NullPointerException} naming it, an invalid one throws
 * {@link java.lang.IllegalArgumentException} with a message that shows the offending values.
 * Values compare by value and are safe to share between threads.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    of = "make",
    defaults = @Value.Immutable(copy = false),
    throwForInvalidImmutableState = NullPointerException.class)
package dev.consilience;

import org.immutables.value.Value;
