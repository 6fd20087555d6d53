package dev.consilience.text;

import dev.consilience.Quantity;
import dev.consilience.Unit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a {@link Quantity} from an English phrase: {@code "more than 6,000 North Korean troops"}
 * is {@code (6000, +∞)} {@code person}; {@code "up to $2,000 per soldier"} is {@code (-∞, 2000]}
 * {@code USD/person}.
 *
 * <p>A phrase is, in order: hedge and bound words; a number, or two for a range; a noun phrase
 * naming the unit; rates. Nothing else may follow: the parser reads a quantity phrase, not a
 * sentence, and fails at the first token it cannot place.
 *
 * <table>
 *   <caption>What the words mean</caption>
 *   <tr><th>words</th><th>example</th><th>range</th><th>hedge</th></tr>
 *   <tr><td>none</td><td>{@code 6,000}</td><td>{@code [6000, 6000]}</td><td>NONE</td></tr>
 *   <tr><td>about, around, roughly, approximately, approx(.), some, circa, c., ca., close to,
 *       (an) estimated, an approximate, in the region of, on (of) the order of; {@code ~} straight
 *       before a number or money ({@code ~40}, {@code ~$5}, {@code ~-5}); after the number or the
 *       noun: or so, or thereabouts, more or less; after a range's second number: or so, or
 *       thereabouts, more or less
 *       ({@code 5 to 10 or so})</td>
 *       <td>{@code some 12,000}</td><td>{@code [12000, 12000]}</td><td>APPROXIMATELY</td></tr>
 *   <tr><td>nearly, almost, just under, just below, not quite, just shy of, just short of,
 *       slightly (a little) under, slightly (a little) less than, slightly fewer
 *       than</td><td>{@code almost 500}</td>
 *       <td>{@code [500, 500]}</td><td>NEARLY</td></tr>
 *   <tr><td>just over, just above, slightly more than, slightly over, a little over, a little
 *       more than</td><td>{@code just over 40}</td><td>{@code [40, 40]}</td><td>JUST_OVER</td></tr>
 *   <tr><td>more than, over, above, greater than, in excess of, upwards (upward) of, well over,
 *       well above, far more than, well in excess of, north of</td>
 *       <td>{@code more than 6,000}</td><td>{@code (6000, +∞)}</td><td>–</td></tr>
 *   <tr><td>at least, no fewer than, no less than, not fewer than, not less than, a minimum
 *       of, as few as, as little as, as low as; after the number: or more, {@code +}, {@code
 *       -plus} ({@code 80,000-plus}, {@code $2 billion-plus}); after the noun: or more</td>
 *       <td>{@code at least 40}</td><td>{@code [40, +∞)}</td><td>–</td></tr>
 *   <tr><td>up to, as many as, as much as, as high as, no more than, not more than, at most, a
 *       maximum of; after the number or the noun: or fewer, or less</td><td>{@code up to 500}</td>
 *       <td>{@code (-∞, 500]}</td><td>–</td></tr>
 *   <tr><td>fewer than, less than, under, below, well under, well below, far fewer than, far
 *       less than</td><td>{@code fewer than 50}</td>
 *       <td>{@code (-∞, 50)}</td><td>–</td></tr>
 *   <tr><td>x to y; x-y with a hyphen, an en dash (–), an em dash (—) or a figure dash (‒);
 *       between x and y; from x to y; x or y ({@code two or three days})</td><td>{@code
 *       3,800–4,000}</td>
 *       <td>{@code [3800, 4000]}</td><td>–</td></tr>
 *   <tr><td>a lower and an upper bound, joined by nothing, "and" or "but"</td>
 *       <td>{@code more than 5 but fewer than 10}</td><td>{@code (5, 10)}</td><td>–</td></tr>
 *   <tr><td>a couple (of) before scale words: two of them</td>
 *       <td>{@code a couple of hundred}</td><td>{@code [200, 200]}</td><td>APPROXIMATELY</td></tr>
 * </table>
 *
 * <p><b>Vague counts</b> name a span of numbers rather than one, and give a range closed below and
 * open above. A plural scale word means "at least two of them, fewer than ten"; so do "a few" and
 * "several" before scale words, which also hedge. "-odd" or " odd" after a whole number ending in
 * one zero adds up to ten, after one ending in two zeros up to a hundred; after any other number
 * (43, 1,000, 40.5) it is an error, as what it adds is unclear.
 *
 * <table>
 *   <caption>Vague counts</caption>
 *   <tr><th>words</th><th>example</th><th>range</th><th>hedge</th></tr>
 *   <tr><td>dozens, hundreds, thousands, millions, billions, trillions</td>
 *       <td>{@code hundreds}</td><td>{@code [200, 1000)}</td><td>NONE</td></tr>
 *   <tr><td>one of those or tens, then "of" and a larger one from thousands up</td>
 *       <td>{@code tens of thousands}</td><td>{@code [20000, 100000)}</td><td>NONE</td></tr>
 *   <tr><td>a few, several before scale words</td><td>{@code a few hundred}</td>
 *       <td>{@code [200, 1000)}</td><td>APPROXIMATELY</td></tr>
 *   <tr><td>x-odd, x odd, and a larger scale word after it</td><td>{@code 40-odd}, {@code
 *       300-odd}, {@code 40-odd thousand}</td>
 *       <td>{@code [40, 50)}, {@code [300, 400)}, {@code [40000, 50000)}</td><td>NONE</td></tr>
 * </table>
 *
 * <p>A vague count is named like a number ({@code "hundreds of civilians"} is {@code person},
 * {@code "millions of dollars"} {@code USD}, {@code "$40-odd"} {@code USD}) and takes a hedge
 * word, which sets the hedge ({@code "some 40-odd troops"} is APPROXIMATELY), but no bound and no
 * second number: {@code "more than hundreds"}, {@code "thousands or more"}, {@code "hundreds to
 * thousands"} and {@code "40 to 50-odd"} are errors, as is a negative one. "tens" alone, and "a
 * few", "several" or "a couple" without a scale word, are not numbers. "a couple of hundred" is
 * a number and takes bounds ({@code "up to a couple of hundred"} is {@code (-∞, 200]},
 * APPROXIMATELY).
 *
 * <p>A phrase has at most one hedge and one bound, in either order ({@code "up to about 500"}); a
 * hedge that "a few", "several" or "a couple" state counts as its one ({@code "about a few
 * hundred"} fails). The words after a phrase's only number may also follow its noun and rates:
 * {@code "6,000 troops or more"} is {@code "6,000 or more troops"}, and {@code "$300 a month or
 * less"} is {@code (-∞, 300]} {@code USD/month}; after a range's noun they are an error. "or so"
 * after a range's second number hedges the range ({@code "5 to 10 or so"} is {@code [5, 10]},
 * APPROXIMATELY); "or more" and "or fewer" there are errors, as they would bound only one end.
 * "another", "an additional", "a further", "a total of", "the", "only", "just", "exactly" and
 * "precisely" change nothing, and so do "more", "additional", "extra" and "further" straight
 * after the number: {@code "10 more"} is {@code 10}, {@code "20 more people"} {@code person}.
 * Straight after the number, "fewer" and "less" make a difference rather than a count ({@code "10
 * fewer troops"}), and "more than", "fewer than" and "less than" a comparison with something the
 * phrase does not hold ({@code "10 more than last year"}): both are errors, the second saying to
 * write {@code "more than 10"} for a bound. More, less, fewer, higher and lower end a noun phrase,
 * so after it they are errors too ({@code "5 percent higher"}, {@code "40 troops more"}), unless,
 * straight after the number, they describe the noun: "higher" or "lower" before a word of the
 * phrase, "less" before two, and any of them starting a hyphenated compound ({@code "10 lower
 * courts"} are {@code court}s, {@code "5 less developed countries"} {@code country}s, {@code "3
 * lower-income families"} {@code family}s; {@code "5 less people"} is a difference).
 *
 * <p><b>Numbers</b> are exact {@link java.math.BigDecimal}s: digits with optional thousands
 * separators and a decimal point ({@code 3,800}, {@code 1.5}), an optional minus sign written
 * straight before them, an optional scale suffix ({@code 12k}; {@code m}, {@code mn} or {@code
 * mln} million; {@code b}, {@code bn} or {@code bln} billion; {@code tn}, {@code trn} or {@code
 * trln} trillion), or number words ({@code zero} to {@code nineteen}, the tens, {@code
 * twenty-five}, {@code a dozen}), followed by optional scale words ({@code hundred}, {@code
 * dozen}, {@code thousand}, {@code million}, {@code billion}, {@code trillion}; {@code mn},
 * {@code mln}, {@code bln}, {@code trn} and {@code trln} written after a space: {@code 1.2 mln};
 * {@code lakh} or {@code lakhs}, 100000, and {@code crore} or {@code crores}, 10000000; larger ones
 * first, so {@code 1.5 lakh crore} fails). After a space, a one-letter suffix is a noun ({@code 5
 * m} is five {@code m}), and so are {@code bn} and {@code tn}, which also stand for battalions and
 * tons ({@code $3 bn} fails: money takes no noun; write {@code $3bn}).
 * Number words go on after {@code hundred}, which they add to, and after a larger scale word:
 * {@code three hundred fifty thousand} is 350000, {@code a hundred fifty} 150, {@code one million
 * two hundred thirty thousand} 1230000 ("and" is not read: {@code a hundred and fifty} fails at
 * "and"). A scale word straight after {@code thousand} or a larger one, or after itself, with no
 * number between ({@code two million thousand}, {@code three hundred hundred}), and a plural scale
 * word after a number ({@code five thousands}) are errors at that word, as reading them would drop
 * a word. A thousands separator is a comma, a thin space (U+2009), a narrow no-break space (U+202F)
 * or a no-break space (U+00A0), one kind throughout a number, and only when exactly three digits
 * follow it: {@code 3,800} and {@code 3 800} with a thin space are 3800, {@code 5,6} is not a
 * number. A plain space does not group digits, since it separates two numbers as often as it groups
 * one: {@code 3 800} with a plain space fails. {@code half a}, {@code a half}, {@code a quarter of
 * a} and {@code a quarter} before scale words are a half and a quarter of them, exactly and without
 * a hedge: {@code half a million} is {@code 500000}, {@code half a dozen} {@code 6}, {@code a
 * quarter of a million} {@code 250000}. A scaled number keeps no spurious decimals: {@code 1.5
 * million} is exactly {@code 1500000}. In a range, a first number without a scale takes the
 * second's when that keeps the range in order: {@code 1.5 to 2 million} is {@code [1500000,
 * 2000000]}, {@code two to three dozen} {@code [24, 36]} and {@code two to three hundred thousand}
 * {@code [200000, 300000]}; else the second's last scale word, when that does: {@code fifty to a
 * hundred thousand} is {@code [50000, 100000]}. A range whose first number is a whole number
 * from 2 to 999 without a scale and whose second, without a scale either, is more than a thousand
 * times it is an error, since news writes {@code 40,000–50,000} as {@code 40-50,000} far more often
 * than it means 40 to 50,000: {@code "40-50,000 troops"} and {@code "between 10 and 12,500"} fail,
 * {@code "100 to 1,000"}, {@code "between 1 and 5,000"} and {@code "at least 40 and at most
 * 50,000"} are read as written. A lower
 * bound before an upper one shares the scale
 * the same way, keeping the range non-empty: {@code more than 1.5 but fewer than 2 million} is
 * {@code (1500000, 2000000)}, {@code at least 5 and at most 10 thousand} {@code [5000, 10000]}.
 *
 * <p><b>Money</b>: {@code $} is {@code USD}, {@code €} {@code EUR}, {@code £} {@code GBP}, written
 * before the number ({@code $2,000}, {@code -$5}, {@code $1.5 million}); so are {@code US$} ({@code
 * USD}), {@code C$} ({@code CAD}), {@code A$} ({@code AUD}), {@code HK$} ({@code HKD}) and {@code
 * NZ$} ({@code NZD}), and the codes {@code USD}, {@code EUR} and {@code GBP} followed by a space
 * and digits ({@code USD 5 million}); both numbers of a range have the same currency. A money
 * amount takes no noun, only rates; after it, "for a" starts one ({@code "$80 for a barrel"} is
 * {@code USD/barrel}).
 *
 * <p><b>Units.</b> The noun phrase is the words after the number (after {@code of} and a determiner
 * in {@code "6,000 of his people"}) up to "and", "or", "but", a preposition, words of time (see
 * below), a rate or the end;
 * complements starting with {@code of} ({@code "500 square miles of Russian soil"}, {@code "of a
 * region"}) or with a preposition ("in", "from", "near", "on", "at", "over", "for", "to" and the
 * like: {@code "30 km from the border"}, {@code "6,000 troops in Russia's Kursk region"}, {@code
 * "$61bn in military aid"}) are read and ignored, after the noun, after a number or money without
 * one, and after a rate; straight after a number, "to" starts no complement, as it would join a
 * range there. A preposition that starts a hyphenated compound is part of it ({@code "5 off-duty
 * officers"}, {@code "5 in-laws"}); straight after the number, outside, inside, near, under, off,
 * over and after before a plain noun are its adjective ({@code "5 outside experts"} are {@code
 * expert}s), and a lone "in" is inches ({@code "12 in"}); a preposition that ends the phrase after
 * a noun is ignored ({@code "3 days off"}). A complement after a preposition that holds a number
 * is an error, as it may be a ratio or a count ({@code "one in five"}, {@code "300 people in 12
 * villages"}), unless it is a time that {@link TimeSpanParser} reads and that ends the phrase:
 * {@code "6,000 troops in 2024"}, {@code "6 million refugees since 2022"}, {@code "12 on June
 * 5"} and {@code "20 over the past 24 hours"} are read, and the time is ignored as other
 * complements are (read it with {@link TimeSpanParser} for the claim's time). Straight after the
 * number, "in" and a number stay a ratio ({@code "one in 1500"} fails), and {@code "£5bn over
 * five years"} fails, as "five years" is a length of time, not a time. {@code "of them"}, {@code
 * "of those"} and {@code "of these"} name no noun, and neither does "others" straight after the
 * number, which is read as "of them": {@code "over 100,000 of them"} and {@code "10 others"} are
 * {@link Unit#DIMENSIONLESS}, {@code "10 others killed"} {@code person}. Its <em>head noun is its
 * last word</em>, so adjectives before it do not matter: the unit is the longest lexicon entry
 * that ends the phrase ({@code "square miles"}), else the last word itself in lower case and in
 * the singular ({@code "40 tanks"} → {@code tank}). Participles after the noun that say what
 * happened to it (any word in -ed but a few nouns such as bed, flowerbed, speed and bloodshed and
 * those that end in seed, weed or speed, such as oilseed; and dead, hurt, missing, lost, held,
 * taken, stolen, slain, caught, left, struck, sold, found, built, sent, sunk, hit, shot, burnt,
 * blown, seen, spent, paid, bought, brought, thrown, beaten, hidden, laid and shut; the last with
 * out, down, up, away or back after it: {@code "300 strikes carried out"}, {@code
 * "5 drones shot down"}), and the auxiliaries and adverbs before them (was, were, is, are, be,
 * been, being, has, have, had; internally, critically, seriously, severely, reportedly,
 * allegedly, still, not, now, already, recently, previously and the like), are not the head when
 * a word precedes them: {@code "100 people killed"} and {@code "700 civilians were killed"} are
 * {@code person}, {@code "40 tanks destroyed"} {@code tank}, {@code "300 drones launched
 * overnight"} {@code drone}. With no noun before it, a participle is the unit only as a lexicon
 * entry ({@code "300 killed"} and {@code "4 million internally displaced"} are {@code person});
 * else it says what happened but not to what, and is an error that says to write the noun before
 * it: {@code "200 arrested"}, {@code "500 reported"}, {@code "more than 40 destroyed"}, {@code "12
 * were arrested"}. "square" ({@code sq}) and "cubic" are not
 * such adjectives: an entry right after one counts only if it includes it, and an unknown noun
 * keeps it ({@code "2,000 square metres"} → {@code square metre}). Lexicon entries match in any
 * case and in the singular or plural, with a superscript ² or ³ read as the digit ({@code km²} is
 * {@code km2}, {@code m³} {@code m3}); {@link Builder#unit} refuses a phrase that could never
 * match.
 * Without a noun, a number's unit is {@link Unit#DIMENSIONLESS} (code {@code 1}). The default
 * English lexicon maps troops, soldiers, people, persons, workers, sappers, civilians, casualties,
 * fighters, men, women, children, personnel, refugees, residents, inhabitants, migrants, prisoners,
 * recruits, volunteers, mercenaries, engineers, officials, employees, individuals, capita, Koreans,
 * Russians and Ukrainians, and, counted alone, killed, dead, deceased, wounded, injured, hurt,
 * missing, displaced, captured, detained and unemployed ({@code "at least 1,000 killed"}) to
 * {@code person}; square miles, square
 * mi, sq miles, sq mi, mi2 to
 * {@code mi2}; square kilometres, square kilometers, square km, sq kilometres, sq kilometers, sq
 * km, km2 to {@code km2}; miles, mi to {@code mi}; kilometres, kilometers, km to {@code km};
 * dollars, US dollars, usd to {@code USD}; euros, eur to {@code EUR}; pounds sterling, gbp to
 * {@code GBP}; percent and pct to {@code %}; percentage points and pp to {@code pp}, basis points
 * and bp to {@code bp} (differences of percentages, not percentages); annum to {@code year}
 * ({@code "2% per annum"} is {@code %/year}, as {@code "2% a year"} is). {@code 40%} and {@code 40
 * per cent} are {@code %} too, and so
 * is a range with {@code %} after either number or both ({@code 5% to 10%}, {@code 5-10%}).
 *
 * <p><b>Words of time</b> after the number, its noun or a rate say when it was counted, not what,
 * and are read and ignored as complements are: today, tonight, yesterday, tomorrow (and those with
 * morning, afternoon, evening or night), overnight, now, already, recently, earlier, later,
 * early, late, previously, so far, thus far, to date, alone, altogether, total, combined, overall
 * and respectively; "this", "last", "next", "past", "previous", "coming", "same" or "that", with
 * an optional "the" before it, then a period (day, week, weekend, fortnight, month, quarter, year,
 * season, decade, century, time, a season's name, a part of the day, a day of the week or a
 * month: {@code "last Tuesday"}, {@code "this
 * June"}; "this past week" is "the past week"); a day of the week alone, as wire copy writes it
 * ({@code "20 Tuesday night"}); "a" or "an", a period and earlier, later, ago or before, unless
 * more words of time follow ({@code "40 a year earlier"} is {@code 1}, {@code "20 a day earlier
 * this month"} {@code 1/day}); and a period on, over or to the same period or to date, with
 * spaces or hyphens ({@code "5% year-on-year"}, {@code "20 year to date"}). So
 * {@code "10 today"}, {@code "40 this week"}, {@code "3 so far"} and {@code "up to 50 earlier
 * today"} are {@link Unit#DIMENSIONLESS}, as {@code "60 on Monday"} is, and {@code "40 troops this
 * week"} is {@code person}. "as of", "according to", "prior to" and "ahead of" start complements as
 * prepositions do ({@code "some 70 as of Friday"}, {@code "50 according to officials"}; {@code "20
 * as of 2024"} is {@code 20}). A word that may also describe a noun is one of these only where
 * the noun phrase may end: before the end, a symbol, a word that ends noun phrases, "than", a
 * preposition or another word of time; {@code "5 Sunday papers"} are {@code paper}s and {@code
 * "10 later models"} {@code model}s. A phrase that is a time or a date is an error that says
 * to read it as one: {@code "3 weeks ago"}, and a number straight before a month's name with a
 * capital ({@code "20 June"}, {@code "15–20 June"}).
 *
 * <p><b>Rates</b> follow the unit and divide it with {@link Unit#per(Unit)}: "per", "a", "an",
 * "each", "every", "for each", "for every" or {@code /}, then a noun phrase: {@code "$2,000 per
 * soldier"} is {@code USD/person}, {@code "$300 a month"} {@code USD/month}. "each" with no noun
 * after it, and "apiece", which takes none, are per {@code item}: {@code "$90 apiece"} is {@code
 * USD/item}, as {@code "$90 each"} is.
 *
 * <p><b>Limits and errors.</b> Text longer than {@value #MAX_LENGTH} characters is refused with a
 * {@link TextParseException} at index {@value #MAX_LENGTH}; reading is a single pass over the
 * tokens, without regular expressions. Every failure is a {@link TextParseException} whose index
 * (from 0 to the text's length) is where reading stopped: a missing number, a second hedge or
 * bound, a range whose ends are out of order, mismatched currencies, text after the quantity, an
 * {@code s} straight after a number ({@code "1980s"}, {@code "30s"}: a decade or an age), a
 * participle with no noun ({@code "200 arrested"}), a time or date ({@code "3 weeks ago"},
 * {@code "20 June"}), a difference or comparison ({@code "10 fewer"}, {@code "10 more than"},
 * and "than" anywhere after the number: {@code "10 more people than last year"}, {@code "5 years
 * later than planned"}).
 * {@link Quantity#stated()} is the text with surrounding white space (non-breaking and thin
 * spaces included) removed. The punctuation of the sentence the phrase was copied from is ignored
 * and is not part of {@code stated()}: a single {@code .}, {@code ,}, {@code ;} or {@code :} at the
 * end of the text, and a matching pair of brackets or quotes around it ({@code ( )}, {@code [ ]},
 * {@code " "}, {@code ' '}, {@code “ ”}, {@code ‘ ’}, {@code « »}), with the mark inside or outside
 * them: {@code "6,000 troops."} and {@code "(about 3,000 troops)."} state {@code 6,000 troops}
 * and {@code about 3,000 troops}; two marks ({@code "6,000 troops.."}) and an unmatched bracket
 * fail, and so does a number or money straight inside round brackets ({@code "(1,200)"}), which
 * accounts write for a negative amount.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class QuantityParser {
  /** The longest text {@link #parse(CharSequence)} reads, in characters. */
  public static final int MAX_LENGTH = Lexer.MAX_LENGTH;

  private static final QuantityParser ENGLISH = builder().build();

  private final UnitLexicon lexicon;

  private QuantityParser(UnitLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Returns the parser with the default English lexicon. */
  public static QuantityParser english() {
    return ENGLISH;
  }

  /** Returns a builder that starts from the default English lexicon. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a quantity phrase.
   *
   * @param text the phrase, such as {@code "about 3,800 to 4,000 North Korean soldiers"}; not
   *     null
   * @return the quantity, with the trimmed text as {@link Quantity#stated()}
   * @throws TextParseException if the text is not a quantity phrase this parser reads, or is
   *     longer than {@value #MAX_LENGTH} characters; it names the index where reading failed
   */
  public Quantity parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return new QuantityReader(text.toString(), lexicon).read();
  }

  /**
   * Builds a {@link QuantityParser} with its own unit lexicon. Not thread-safe.
   *
   * <pre>{@code
   * QuantityParser parser = QuantityParser.builder()
   *     .unit("tanks", Unit.of("tank"))
   *     .unit("armoured vehicles", Unit.of("vehicle"))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final Map<String, Unit> units = new HashMap<>();

    private Builder() {
      UnitLexicon.english().forEach(this::unit);
    }

    /**
     * Maps a noun phrase to a unit, replacing any earlier mapping of the phrase. The phrase
     * matches in any case, in the singular or the plural (of its last word).
     *
     * <p>A phrase that the parser could never read as a noun phrase is refused rather than kept
     * unused: one with a word that ends a noun phrase (and, or, but, of, per, each, every, a,
     * an, a preposition such as in, at, from or to, a comparative such as more or higher, "than",
     * "ago", or words of time such as today, so far or last year where they would end it), or
     * whose first word is read as part of the number before it (a scale word such as {@code
     * hundred} or {@code thousands}, or {@code odd}). Map the parts instead: {@code
     * "prisoners"}, as an {@code of} complement is ignored ({@code "40 prisoners of war"} is
     * then the unit of prisoners), or {@code "barrels"} and {@code "day"}, as a rate divides
     * them ({@code "5 barrels per day"} is {@code barrel/day}). A participle may be mapped, and
     * is then the unit when it stands alone after the number ({@code "arrested"}: see the class
     * comment).
     *
     * @param phrase one or more words separated by single spaces, such as {@code "tanks"} or
     *     {@code "square miles"}; not null
     * @param unit the unit, not null
     * @return this builder
     * @throws IllegalArgumentException if the phrase is not words separated by single spaces, or
     *     it can never match: it holds a word that ends a noun phrase ({@code "prisoners of
     *     war"}, {@code "barrels per day"}, {@code "men at arms"}, {@code "troops more"},
     *     {@code "casualties so far"}; a preposition may start it where the reader takes it for
     *     the noun's: {@code "outside experts"}, {@code "in"} alone; so may a word of time that
     *     describes the noun: {@code "Sunday papers"}, and a comparative that does: {@code
     *     "lower courts"}), or its first word is a scale word or "odd"
     *     ({@code "hundred"}); the message names the word
     */
    public Builder unit(String phrase, Unit unit) {
      Objects.requireNonNull(unit, "unit");
      units.put(UnitLexicon.key(phrase), unit);
      return this;
    }

    /**
     * Removes every mapping, the default English ones included; unknown nouns still become
     * units of their own.
     *
     * @return this builder
     */
    public Builder clearUnits() {
      units.clear();
      return this;
    }

    /** Returns a parser with the lexicon built so far. */
    public QuantityParser build() {
      return new QuantityParser(new UnitLexicon(units));
    }
  }
}
