package dev.consilience.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NounsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # A final s goes.
      tanks         | tank
      Troops        | troop
      houses        | house
      causes        | cause
      prizes        | prize
      # -ies is -y, unless the singular ends in -ie or the word is the same in the singular.
      casualties    | casualty
      allies        | ally
      sorties       | sortie
      movies        | movie
      species       | species
      series        | series
      # -es goes after s, x, z, ch and sh.
      classes       | class
      buses         | bus
      viruses       | virus
      statuses      | status
      bonuses       | bonus
      gases         | gas
      lenses        | lens
      boxes         | box
      buzzes        | buzz
      waltzes       | waltz
      quizzes       | quiz
      churches      | church
      branches      | branch
      coaches       | coach
      beaches       | beach
      crashes       | crash
      # -ches is -che where the singular is -che: after a consonant and -a, or from a short list.
      headaches     | headache
      toothaches    | toothache
      aches         | ache
      caches        | cache
      mustaches     | mustache
      niches        | niche
      avalanches    | avalanche
      cliches       | cliche
      # ... and after o, unless the singular ends in -oe.
      heroes        | hero
      torpedoes     | torpedo
      shoes         | shoe
      toes          | toe
      # -uses is -use where the singular is -use.
      uses          | use
      fuses         | fuse
      excuses       | excuse
      # Irregular plurals.
      men           | man
      people        | person
      children      | child
      # Invariant nouns, and words that are no plurals.
      news          | news
      means         | means
      headquarters  | headquarters
      barracks      | barracks
      corps         | corps
      chaos         | chaos
      status        | status
      gas           | gas
      lens          | lens
      bias          | bias
      atlas         | atlas
      virus         | virus
      analysis      | analysis
      glass         | glass
      aircraft      | aircraft
      Russia's      | russia's
      s             | s
      """)
  void putsANounInTheSingular(String word, String singular) {
    assertThat(Nouns.singular(word)).isEqualTo(singular);
    // A word in the singular stays so: a lexicon entry and the plural of it meet on one key.
    assertThat(Nouns.singular(singular)).isEqualTo(singular);
  }
}
