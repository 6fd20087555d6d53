/**
 * Reading quantities and times from English text.
 *
 * <p>Text that cannot be read throws {@link dev.consilience.text.TextParseException}, which
 * carries the text and the index at which reading failed.
 */
package dev.consilience.text;
