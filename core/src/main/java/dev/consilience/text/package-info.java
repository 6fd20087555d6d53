/**
 * Reading quantities and times from English text.
 *
 * <p>{@link dev.consilience.text.QuantityParser} reads phrases such as "about 3,800 to 4,000
 * North Korean soldiers" into a {@link dev.consilience.Quantity}; {@link
 * dev.consilience.text.TimeSpanParser} reads phrases such as "early 2025" or "in November",
 * against a reference date, into a {@link dev.consilience.TimeSpan}. Both are immutable and
 * thread-safe, read at most 1,000 characters, and use no regular expressions.
 *
 * <p>Text that cannot be read throws {@link dev.consilience.text.TextParseException}, which
 * carries the text and the index at which reading failed.
 */
package dev.consilience.text;
