package dev.consilience.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consilience.examples.TextTable.Column;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
  private static TextTable sources() {
    return new TextTable(List.of(Column.text("source"), Column.value("as of"),
        Column.number("weight")))
        .addRow(List.of("UK Ministry of Defence", "2025-06-15", "0.80"))
        .addRow(List.of("Ukraine", "2025-01/2025-04", "0.50"));
  }

  @Test
  void columnsAreAsWideAsTheirWidestCellWhenTheTableFits() {
    assertThat(sources().render(100)).containsExactly(
        "source                  as of            weight",
        "----------------------  ---------------  ------",
        "UK Ministry of Defence  2025-06-15         0.80",
        "Ukraine                 2025-01/2025-04    0.50");
  }

  @Test
  void textColumnsGiveWayFirstWithAnEllipsis() {
    assertThat(sources().render(37)).containsExactly(
        "source        as of            weight",
        "------------  ---------------  ------",
        "UK Ministry…  2025-06-15         0.80",
        "Ukraine       2025-01/2025-04    0.50");
  }

  @Test
  void valueColumnsShrinkOnlyWhenTextColumnsCannot() {
    List<String> lines = sources().render(24);

    assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(24));
    assertThat(lines.get(3)).isEqualTo("Ukrai…  2025-01…    0.50");
  }

  @Test
  void noColumnShrinksBelowItsHeader() {
    assertThat(sources().render(1).get(0)).isEqualTo("source  as of   weight");
  }

  @Test
  void rowsMustHaveOneCellPerColumn() {
    assertThatThrownBy(() -> sources().addRow(List.of("only one")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row has 1 cells for 3 columns: [only one]");
  }

  @Test
  void controlCharactersInACellAreShownEscapedAndKeepTheColumnsAligned() {
    List<String> lines = new TextTable(List.of(Column.text("a"), Column.text("b")))
        .addRow(List.of("x\ty", "1"))
        .addRow(List.of("line\nbreak\u001b[31m", "2"))
        .render(80);

    assertThat(lines).containsExactly(
        "a                      b",
        "---------------------  -",
        "x\\ty                   1",
        "line\\nbreak\\u001b[31m  2");
  }

  @Test
  void printableEscapesEveryControlCharacterAndKeepsTheRest() {
    assertThat(TextTable.printable("é\r\u0000\u007f\u0085 Україна ✓"))
        .isEqualTo("é\\r\\u0000\\u007f\\u0085 Україна ✓");
  }
}
