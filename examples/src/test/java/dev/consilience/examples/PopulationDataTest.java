package dev.consilience.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consilience.Source;
import org.junit.jupiter.api.Test;

/** Reading the population files: what needs no data. */
class PopulationDataTest {
  @Test
  void anEditorIsASourceWhoseIdHashesTheEditorString() {
    Source editor = PopulationData.editor("1513217: Mohammedfairouz");

    assertThat(editor.id()).isEqualTo(PopulationData.editor("1513217: Mohammedfairouz").id())
        .isNotEqualTo(PopulationData.editor("1513217: Mohammedfairouz ").id())
        .startsWith("editor-").hasSize("editor-".length() + 16);
    assertThat(editor.name()).isEqualTo("1513217: Mohammedfairouz");
  }

  @Test
  void anonymousEditorsAreThoseKnownByAnAddress() {
    assertThat(PopulationData.anonymous(PopulationData.editor("0 (68.162.248.83)"))).isTrue();
    assertThat(PopulationData.anonymous(PopulationData.editor("5512121: CapitalBot"))).isFalse();
    assertThat(PopulationData.anonymous(PopulationData.editor("10 (x)"))).isFalse();
  }

  @Test
  void csvFieldsMayHoldCommasAndDoubledQuotes() {
    assertThat(PopulationData.fields("\"cleveland, ohio\",\"Population2000\",\"say \"\"hi\"\"\""))
        .containsExactly("cleveland, ohio", "Population2000", "say \"hi\"");
    assertThat(PopulationData.fields("a,,\"\"")).containsExactly("a", "", "");
  }
}
