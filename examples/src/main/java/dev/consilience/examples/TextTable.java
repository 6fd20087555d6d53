package dev.consilience.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A plain-text table that fits a width: columns are as wide as their widest cell until the table
 * would be too wide, and then the widest shrinkable columns give way first, their cells cut with
 * an ellipsis.
 */
final class TextTable {
  private static final String GAP = "  ";
  private static final String ELLIPSIS = "…";
  /** No column shrinks below this, nor below its header. */
  private static final int MIN_WIDTH = 6;

  /** A column: its header, whether it gives way before the others, and its alignment. */
  static final class Column {
    final String header;
    final boolean shrinksFirst;
    final boolean alignRight;

    private Column(String header, boolean shrinksFirst, boolean alignRight) {
      this.header = Objects.requireNonNull(header, "header");
      this.shrinksFirst = shrinksFirst;
      this.alignRight = alignRight;
    }

    /** A column of text that is cut before the others when the table is too wide. */
    static Column text(String header) {
      return new Column(header, true, false);
    }

    /** A column whose values should stay whole: it is cut only when nothing else can be. */
    static Column value(String header) {
      return new Column(header, false, false);
    }

    /** A column of numbers, aligned right, cut only when nothing else can be. */
    static Column number(String header) {
      return new Column(header, false, true);
    }
  }

  private final List<Column> columns;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(List<Column> columns) {
    this.columns = List.copyOf(columns);
  }

  /**
   * Adds a row.
   *
   * @throws IllegalArgumentException if the row has not one cell per column
   */
  TextTable addRow(List<String> cells) {
    if (cells.size() != columns.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.size() + " cells for " + columns.size() + " columns: " + cells);
    }
    rows.add(cells.stream().map(TextTable::printable).collect(Collectors.toUnmodifiableList()));
    return this;
  }

  /**
   * Returns the lines of the table, the header and a rule first, none longer than {@code width}
   * unless the columns cannot shrink enough.
   */
  List<String> render(int width) {
    int[] widths = fit(width);
    List<String> lines = new ArrayList<>();
    List<String> headers = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      headers.add(columns.get(i).header);
      rules.add("-".repeat(widths[i]));
    }
    lines.add(line(headers, widths));
    lines.add(line(rules, widths));
    for (List<String> row : rows) {
      lines.add(line(row, widths));
    }
    return lines;
  }

  private int[] fit(int width) {
    int[] widths = new int[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = columns.get(i).header.length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    int excess = total(widths) - width;
    while (excess > 0) {
      int column = widestShrinkable(widths, true);
      if (column < 0) {
        column = widestShrinkable(widths, false);
      }
      if (column < 0) {
        break;
      }
      widths[column]--;
      excess--;
    }
    return widths;
  }

  private int widestShrinkable(int[] widths, boolean onlyFirst) {
    int widest = -1;
    for (int i = 0; i < widths.length; i++) {
      Column column = columns.get(i);
      boolean canShrink = widths[i] > Math.max(MIN_WIDTH, column.header.length());
      if (canShrink && (!onlyFirst || column.shrinksFirst)
          && (widest < 0 || widths[i] > widths[widest])) {
        widest = i;
      }
    }
    return widest;
  }

  private static int total(int[] widths) {
    int total = GAP.length() * (widths.length - 1);
    for (int w : widths) {
      total += w;
    }
    return total;
  }

  private String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(GAP);
      }
      String cell = cut(cells.get(i), widths[i]);
      String padding = " ".repeat(widths[i] - cell.length());
      line.append(columns.get(i).alignRight ? padding + cell : cell + padding);
    }
    return line.toString().stripTrailing();
  }

  /**
   * Returns the text with each control character written as an escape ({@code \n}, {@code \t},
   * {@code \r}, {@code \\u001b}): the claims' ids and descriptions come from anywhere, and printed
   * raw a line break would forge a line of the report and an escape sequence would drive the
   * terminal.
   */
  static String printable(String text) {
    if (text.chars().noneMatch(Character::isISOControl)) {
      return text;
    }
    StringBuilder printable = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        printable.append("\\n");
      } else if (c == '\t') {
        printable.append("\\t");
      } else if (c == '\r') {
        printable.append("\\r");
      } else if (Character.isISOControl(c)) {
        printable.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        printable.append(c);
      }
    }
    return printable.toString();
  }

  /** Returns the text, or as much of it as fits {@code width} with an ellipsis at the end. */
  static String cut(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - ELLIPSIS.length()) + ELLIPSIS;
  }
}
