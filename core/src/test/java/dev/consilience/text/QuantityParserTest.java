package dev.consilience.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.consilience.Hedge;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Unit;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityParserTest {
  private static final QuantityParser ENGLISH = QuantityParser.english();

  @ParameterizedTest(name = "{0} -> {1} {2} {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # Every numeric phrase of the Kursk article.
      another 6,000 people                         | [6000, 6000]     | person     | NONE
      6,000 North Koreans                          | [6000, 6000]     | person     | NONE
      1,000 sappers                                | [1000, 1000]     | person     | NONE
      5,000 workers                                | [5000, 5000]     | person     | NONE
      another 6,000 of his people                  | [6000, 6000]     | person     | NONE
      5,000 construction workers                   | [5000, 5000]     | person     | NONE
      about eight months                           | [8, 8]           | month      | APPROXIMATELY
      two weeks                                    | [2, 2]           | week       | NONE
      three times                                  | [3, 3]           | time       | NONE
      three months                                 | [3, 3]           | month      | NONE
      up to $2,000 for each soldier                | (-∞, 2000]       | USD/person | NONE
      some 12,000 troops                           | [12000, 12000]   | person     | APPROXIMATELY
      up to 500 square miles                       | (-∞, 500]        | mi2        | NONE
      up to 500 square miles of Russian soil       | (-∞, 500]        | mi2        | NONE
      500 square miles of a region                 | [500, 500]       | mi2        | NONE
      40 tanks of an old design                    | [40, 40]         | tank       | NONE
      about 40 percent of a battalion              | [40, 40]         | %          | APPROXIMATELY
      200 troops of a battalion a week             | [200, 200]       | person/week | NONE
      about 3,800 to 4,000 North Korean soldiers   | [3800, 4000]     | person     | APPROXIMATELY
      more than 6,000 North Korean troops          | (6000, +∞)       | person     | NONE
      two years                                    | [2, 2]           | year       | NONE
      # Hedges.
      around 40                                    | [40, 40]         | 1          | APPROXIMATELY
      roughly 40                                   | [40, 40]         | 1          | APPROXIMATELY
      approximately 40                             | [40, 40]         | 1          | APPROXIMATELY
      approx 40                                    | [40, 40]         | 1          | APPROXIMATELY
      approx. 40                                   | [40, 40]         | 1          | APPROXIMATELY
      circa 40                                     | [40, 40]         | 1          | APPROXIMATELY
      c. 40                                        | [40, 40]         | 1          | APPROXIMATELY
      c.40                                         | [40, 40]         | 1          | APPROXIMATELY
      ca. 40                                       | [40, 40]         | 1          | APPROXIMATELY
      C. 3,800 troops                              | [3800, 3800]     | person     | APPROXIMATELY
      ~40                                          | [40, 40]         | 1          | APPROXIMATELY
      ~$5                                          | [5, 5]           | USD        | APPROXIMATELY
      ~-5                                          | [-5, -5]         | 1          | APPROXIMATELY
      ~3,800-4,000 troops                          | [3800, 4000]     | person     | APPROXIMATELY
      up to ~500                                   | (-∞, 500]        | 1          | APPROXIMATELY
      an estimated 40                              | [40, 40]         | 1          | APPROXIMATELY
      40 or so                                     | [40, 40]         | 1          | APPROXIMATELY
      40 more or less                              | [40, 40]         | 1          | APPROXIMATELY
      40 troops more or less                       | [40, 40]         | person     | APPROXIMATELY
      5 to 10 more or less                         | [5, 10]          | 1          | APPROXIMATELY
      nearly 1.5 million                           | [1500000, 1500000] | 1        | NEARLY
      almost 40                                    | [40, 40]         | 1          | NEARLY
      just under 40                                | [40, 40]         | 1          | NEARLY
      just over 40                                 | [40, 40]         | 1          | JUST_OVER
      slightly more than 40                        | [40, 40]         | 1          | JUST_OVER
      # Bounds.
      over 6,000                                   | (6000, +∞)       | 1          | NONE
      at least 6,000                               | [6000, +∞)       | 1          | NONE
      no fewer than 6,000                          | [6000, +∞)       | 1          | NONE
      6,000 or more                                | [6000, +∞)       | 1          | NONE
      6,000+ troops                                | [6000, +∞)       | person     | NONE
      6,000 troops or more                         | [6000, +∞)       | person     | NONE
      6,000 North Korean troops or fewer           | (-∞, 6000]       | person     | NONE
      6,000 troops or so                           | [6000, 6000]     | person     | APPROXIMATELY
      $300 a month or less                         | (-∞, 300]        | USD/month  | NONE
      about 40 tanks or more                       | [40, +∞)         | tank       | APPROXIMATELY
      over 100,000 of them                         | (100000, +∞)     | 1          | NONE
      6,000 of those                               | [6000, 6000]     | 1          | NONE
      at least 40 of these                         | [40, +∞)         | 1          | NONE
      thousands of them                            | [2000, 10000)    | 1          | NONE
      40-odd troops or so                          | [40, 50)         | person     | APPROXIMATELY
      as many as 6,000                             | (-∞, 6000]       | 1          | NONE
      no more than 6,000                           | (-∞, 6000]       | 1          | NONE
      6,000 or fewer                               | (-∞, 6000]       | 1          | NONE
      fewer than 50                                | (-∞, 50)         | 1          | NONE
      less than 50                                 | (-∞, 50)         | 1          | NONE
      under 50                                     | (-∞, 50)         | 1          | NONE
      up to about 500                              | (-∞, 500]        | 1          | APPROXIMATELY
      more than 5 but fewer than 10                | (5, 10)          | 1          | NONE
      at least 5 and up to 10                      | [5, 10]          | 1          | NONE
      more than 1.5 but fewer than 2 million       | (1500000, 2000000) | 1        | NONE
      at least 5 and at most 10 thousand           | [5000, 10000]    | 1          | NONE
      at least two and up to three hundred thousand troops | [200000, 300000] | person | NONE
      more than fifty but under a hundred thousand | (50000, 100000)  | 1          | NONE
      more than 900 and fewer than 1 million       | (900, 1000000)   | 1          | NONE
      at least 5 and under 5 thousand              | [5, 5000)        | 1          | NONE
      at least 5 and at most 5 thousand            | [5000, 5000]     | 1          | NONE
      # Ranges.
      between 40 and 50                            | [40, 50]         | 1          | NONE
      from 40 to 50 tanks                          | [40, 50]         | tank       | NONE
      3,800 to 4,000                               | [3800, 4000]     | 1          | NONE
      3,800-4,000                                  | [3800, 4000]     | 1          | NONE
      3,800–4,000                                  | [3800, 4000]     | 1          | NONE
      3,800 – 4,000                                | [3800, 4000]     | 1          | NONE
      3,800—4,000                                  | [3800, 4000]     | 1          | NONE
      3,800 — 4,000                                | [3800, 4000]     | 1          | NONE
      3,800‒4,000                                  | [3800, 4000]     | 1          | NONE
      $5—$10                                       | [5, 10]          | USD        | NONE
      1.5 to 2 million                             | [1500000, 2000000] | 1        | NONE
      900 to 1 million                             | [900, 1000000]   | 1          | NONE
      two to three dozen                           | [24, 36]         | 1          | NONE
      five to a dozen                              | [5, 12]          | 1          | NONE
      two to three hundred thousand                | [200000, 300000] | 1          | NONE
      twenty to twenty-five hundred                | [2000, 2500]     | 1          | NONE
      fifty to a hundred thousand                  | [50000, 100000]  | 1          | NONE
      -5 to -3                                     | [-5, -3]         | 1          | NONE
      5 to 10 or so                                | [5, 10]          | 1          | APPROXIMATELY
      between 40 and 50 or so tanks                | [40, 50]         | tank       | APPROXIMATELY
      $5-$10 or so a day                           | [5, 10]          | USD/day    | APPROXIMATELY
      1.5 to 2 million or so                       | [1500000, 2000000] | 1        | APPROXIMATELY
      # Numbers.
      1.5                                          | [1.5, 1.5]       | 1          | NONE
      0                                            | [0, 0]           | 1          | NONE
      12k                                          | [12000, 12000]   | 1          | NONE
      1.2m                                         | [1200000, 1200000] | 1        | NONE
      3bn                                          | [3000000000, 3000000000] | 1  | NONE
      twenty                                       | [20, 20]         | 1          | NONE
      twenty-five                                  | [25, 25]         | 1          | NONE
      a dozen                                      | [12, 12]         | 1          | NONE
      two dozen                                    | [24, 24]         | 1          | NONE
      a hundred                                    | [100, 100]       | 1          | NONE
      three hundred thousand                       | [300000, 300000] | 1          | NONE
      one million two hundred thousand             | [1200000, 1200000] | 1        | NONE
      three hundred fifty thousand troops          | [350000, 350000] | person     | NONE
      nine hundred ninety-nine                     | [999, 999]       | 1          | NONE
      one million two hundred thirty thousand      | [1230000, 1230000] | 1        | NONE
      a hundred fifty                              | [150, 150]       | 1          | NONE
      two hundred twenty five tanks                | [225, 225]       | tank       | NONE
      one thousand two hundred one                 | [1201, 1201]     | 1          | NONE
      twenty-five hundred fifty                    | [2550, 2550]     | 1          | NONE
      3 hundred fifty                              | [350, 350]       | 1          | NONE
      three hundred fifty to four hundred          | [350, 400]       | 1          | NONE
      two hundred fifty-odd                        | [250, 260)       | 1          | NONE
      2.5 billion                                  | [2500000000, 2500000000] | 1  | NONE
      half a million                               | [500000, 500000] | 1          | NONE
      half a billion dollars                       | [500000000, 500000000] | USD  | NONE
      half a dozen tanks                           | [6, 6]           | tank       | NONE
      Half a million refugees                      | [500000, 500000] | person     | NONE
      a quarter of a million                       | [250000, 250000] | 1          | NONE
      about a quarter of a million people          | [250000, 250000] | person     | APPROXIMATELY
      half a million to a million                  | [500000, 1000000] | 1         | NONE
      a hundred one-way tickets                    | [100, 100]       | ticket     | NONE
      two hundred five-star hotels                 | [200, 200]       | hotel      | NONE
      one million two-seat planes                  | [1000000, 1000000] | plane    | NONE
      between a quarter of a million and half a million | [250000, 500000] | 1     | NONE
      more than half a million                     | (500000, +∞)     | 1          | NONE
      a half million                               | [500000, 500000] | 1          | NONE
      a quarter million troops                     | [250000, 250000] | person     | NONE
      # A phrase after the noun that starts with a preposition says where or when, not what.
      about 30 km from the border                  | [30, 30]         | km         | APPROXIMATELY
      # A preposition that starts a compound, or an adjective before the noun, is no complement.
      5 outside experts                            | [5, 5]           | expert     | NONE
      about 300 outside contractors                | [300, 300]       | contractor | APPROXIMATELY
      10 under secretaries                         | [10, 10]         | secretary  | NONE
      5 near misses                                | [5, 5]           | miss       | NONE
      10 to 20 inside sources                      | [10, 20]         | source     | NONE
      5 off-duty officers                          | [5, 5]           | officer    | NONE
      10 on-call doctors                           | [10, 10]         | doctor     | NONE
      100 in-patients                              | [100, 100]       | patient    | NONE
      20 over-the-counter drugs                    | [20, 20]         | drug       | NONE
      5,000 troops over the border                 | [5000, 5000]     | person     | NONE
      12 in                                        | [12, 12]         | in         | NONE
      3 days off                                   | [3, 3]           | day        | NONE
      10 hurt                                      | [10, 10]         | person     | NONE
      $80 for a barrel of oil                      | [80, 80]         | USD/barrel | NONE
      between 1 and 5,000 people                   | [1, 5000]        | person     | NONE
      from 1 to 10,000 years                       | [1, 10000]       | year       | NONE
      6,000 troops in Russia's Kursk region        | [6000, 6000]     | person     | NONE
      6,000 troops in the Kursk region of Russia   | [6000, 6000]     | person     | NONE
      500 troops near Pokrovsk                     | [500, 500]       | person     | NONE
      40 tanks on the front line                   | [40, 40]         | tank       | NONE
      40 tanks in a day                            | [40, 40]         | tank       | NONE
      more than 40 inside Russia                   | (40, +∞)         | 1          | NONE
      $61bn in military aid                        | [61000000000, 61000000000] | USD | NONE
      $2,000 per soldier in Kursk                  | [2000, 2000]     | USD/person | NONE
      6,000 troops for the offensive               | [6000, 6000]     | person     | NONE
      # A participle after the noun says what happened to it; alone, a casualty word counts people.
      100 people killed                            | [100, 100]       | person     | NONE
      at least 50 civilians dead                   | [50, +∞)         | person     | NONE
      40 tanks destroyed                           | [40, 40]         | tank       | NONE
      about 700 civilians were killed              | [700, 700]       | person     | APPROXIMATELY
      300 troops have been captured                | [300, 300]       | person     | NONE
      12 aircraft lost                             | [12, 12]         | aircraft   | NONE
      at least 1,000 killed                        | [1000, +∞)       | person     | NONE
      1,000 wounded                                | [1000, 1000]     | person     | NONE
      250 deceased                                 | [250, 250]       | person     | NONE
      4 million unemployed                         | [4000000, 4000000] | person   | NONE
      30 hurt                                      | [30, 30]         | person     | NONE
      some 200 missing                             | [200, 200]       | person     | APPROXIMATELY
      3.7 million displaced                        | [3700000, 3700000] | person   | NONE
      10 others killed                             | [10, 10]         | person     | NONE
      4 million internally displaced               | [4000000, 4000000] | person   | NONE
      5 critically injured                         | [5, 5]           | person     | NONE
      20 people critically injured                 | [20, 20]         | person     | NONE
      3 people still missing                       | [3, 3]           | person     | NONE
      30 wounded Tuesday                           | [30, 30]         | person     | NONE
      12 feared dead                               | [12, 12]         | person     | NONE
      20 newly displaced                           | [20, 20]         | person     | NONE
      12 recently displaced                        | [12, 12]         | person     | NONE
      40 troops now deployed                       | [40, 40]         | person     | NONE
      6 already detained                           | [6, 6]           | person     | NONE
      20 previously missing                        | [20, 20]         | person     | NONE
      300 strikes carried out                      | [300, 300]       | strike     | NONE
      4 tanks knocked out                          | [4, 4]           | tank       | NONE
      5 drones shot down                           | [5, 5]           | drone      | NONE
      40 workers laid off                          | [40, 40]         | person     | NONE
      200,000 units sold                           | [200000, 200000] | unit       | NONE
      5 bodies found                               | [5, 5]           | body       | NONE
      3 ships sunk                                 | [3, 3]           | ship       | NONE
      7 power stations hit                         | [7, 7]           | station    | NONE
      300 homes built                              | [300, 300]       | home       | NONE
      1,000 troops sent                            | [1000, 1000]     | person     | NONE
      20 more were killed                          | [20, 20]         | person     | NONE
      # Words of time after the number, its noun or a rate say when it was counted, not what.
      10 today                                     | [10, 10]         | 1          | NONE
      10 yesterday                                 | [10, 10]         | 1          | NONE
      12 tonight                                   | [12, 12]         | 1          | NONE
      at least 8 overnight                         | [8, +∞)          | 1          | NONE
      40 this week                                 | [40, 40]         | 1          | NONE
      5 last year                                  | [5, 5]           | 1          | NONE
      20 the previous day                          | [20, 20]         | 1          | NONE
      20 last Tuesday                              | [20, 20]         | 1          | NONE
      20 Tuesday night                             | [20, 20]         | 1          | NONE
      20 yesterday morning                         | [20, 20]         | 1          | NONE
      3 so far                                     | [3, 3]           | 1          | NONE
      20 to date                                   | [20, 20]         | 1          | NONE
      as many as 40 so far this year               | (-∞, 40]         | 1          | NONE
      up to 50 earlier today                       | (-∞, 50]         | 1          | NONE
      12 people alone                              | [12, 12]         | person     | NONE
      40 troops this week                          | [40, 40]         | person     | NONE
      300 people killed so far this year           | [300, 300]       | person     | NONE
      hundreds so far                              | [200, 1000)      | 1          | NONE
      5 to 10 this week                            | [5, 10]          | 1          | NONE
      20 so far or more                            | [20, +∞)         | 1          | NONE
      $5 a day so far                              | [5, 5]           | USD/day    | NONE
      30 per cent so far this year                 | [30, 30]         | %          | NONE
      40% today                                    | [40, 40]         | %          | NONE
      30 this past week                            | [30, 30]         | 1          | NONE
      20 late on Tuesday                           | [20, 20]         | 1          | NONE
      20 this time                                 | [20, 20]         | 1          | NONE
      20 total                                     | [20, 20]         | 1          | NONE
      20 overall                                   | [20, 20]         | 1          | NONE
      1,000 a day last week                        | [1000, 1000]     | 1/day      | NONE
      20 a day earlier this month                  | [20, 20]         | 1/day      | NONE
      40 a year earlier                            | [40, 40]         | 1          | NONE
      $5 a year later                              | [5, 5]           | USD        | NONE
      2 percent year on year                       | [2, 2]           | %          | NONE
      5% year-on-year                              | [5, 5]           | %          | NONE
      20 month over month                          | [20, 20]         | 1          | NONE
      20 year-to-date                              | [20, 20]         | 1          | NONE
      # A phrase after the quantity that is a time may hold numbers.
      6,000 troops in 2024                         | [6000, 6000]     | person     | NONE
      300 people killed in March 2024              | [300, 300]       | person     | NONE
      6 million refugees since 2022                | [6000000, 6000000] | person   | NONE
      12 on June 5                                 | [12, 12]         | 1          | NONE
      20 as of 2024                                | [20, 20]         | 1          | NONE
      20 over the past 24 hours                    | [20, 20]         | 1          | NONE
      £5bn over the past five years                | [5000000000, 5000000000] | GBP | NONE
      # ... and so do two-word prepositions.
      some 70 as of Friday                         | [70, 70]         | 1          | APPROXIMATELY
      nearly 300 as of last week                   | [300, 300]       | 1          | NEARLY
      50 according to officials                    | [50, 50]         | 1          | NONE
      40 troops according to officials             | [40, 40]         | person     | NONE
      # Words that add to a count told before change nothing; "others" names no noun.
      10 more                                      | [10, 10]         | 1          | NONE
      10 additional                                | [10, 10]         | 1          | NONE
      $5 more                                      | [5, 5]           | USD        | NONE
      10 others                                    | [10, 10]         | 1          | NONE
      dozens more                                  | [24, 120)        | 1          | NONE
      20 more on Tuesday                           | [20, 20]         | 1          | NONE
      12 others were injured                       | [12, 12]         | person     | NONE
      # "apiece" is "each".
      90 apiece                                    | [90, 90]         | 1/item     | NONE
      $300 apiece                                  | [300, 300]       | USD/item   | NONE
      # A first number that could not be short for thousands is read as written.
      999-1,000                                    | [999, 1000]      | 1          | NONE
      100 to 1,000 troops                          | [100, 1000]      | person     | NONE
      1.5-2,000                                    | [1.5, 2000]      | 1          | NONE
      at least 40 and at most 50,000               | [40, 50000]      | 1          | NONE
      # Percentages as wire copy writes them, and points of a percentage.
      40 pct                                       | [40, 40]         | %          | NONE
      0.5 percentage points                        | [0.5, 0.5]       | pp         | NONE
      0.25 percentage point                        | [0.25, 0.25]     | pp         | NONE
      2pp                                          | [2, 2]           | pp         | NONE
      25 basis points                              | [25, 25]         | bp         | NONE
      50bps                                        | [50, 50]         | bp         | NONE
      50 bp                                        | [50, 50]         | bp         | NONE
      # Hedges and bounds of wire copy and analysts' reports.
      just shy of 1,000 troops                     | [1000, 1000]     | person     | NEARLY
      just short of 1,000                          | [1000, 1000]     | 1          | NEARLY
      slightly less than 40%                       | [40, 40]         | %          | NEARLY
      a little under 40                            | [40, 40]         | 1          | NEARLY
      in the region of 5,000                       | [5000, 5000]     | 1          | APPROXIMATELY
      on the order of $1bn                         | [1000000000, 1000000000] | USD | APPROXIMATELY
      of the order of 300                          | [300, 300]       | 1          | APPROXIMATELY
      300 or thereabouts                           | [300, 300]       | 1          | APPROXIMATELY
      well over 6,000                              | (6000, +∞)       | 1          | NONE
      far more than 6,000                          | (6000, +∞)       | 1          | NONE
      upward of 6,000                              | (6000, +∞)       | 1          | NONE
      north of $5bn                                | (5000000000, +∞) | USD        | NONE
      well under 100                               | (-∞, 100)        | 1          | NONE
      far fewer than 100                           | (-∞, 100)        | 1          | NONE
      as few as 300 troops                         | [300, +∞)        | person     | NONE
      as little as $5                              | [5, +∞)          | USD        | NONE
      as low as 2%                                 | [2, +∞)          | %          | NONE
      as high as 9%                                | (-∞, 9]          | %          | NONE
      80,000-plus troops                           | [80000, +∞)      | person     | NONE
      1 million-plus                               | [1000000, +∞)    | 1          | NONE
      $2 billion-plus                              | [2000000000, +∞) | USD        | NONE
      # Dollars by country, and ISO codes before the number.
      US$5m                                        | [5000000, 5000000] | USD      | NONE
      more than US$ 5 million                      | (5000000, +∞)    | USD        | NONE
      -US$5                                        | [-5, -5]         | USD        | NONE
      ~US$5                                        | [5, 5]           | USD        | APPROXIMATELY
      US$40bn-US$50bn                              | [40000000000, 50000000000] | USD | NONE
      C$2bn                                        | [2000000000, 2000000000] | CAD | NONE
      A$1.5bn                                      | [1500000000, 1500000000] | AUD | NONE
      HK$300                                       | [300, 300]       | HKD        | NONE
      NZ$1.2 billion a year                        | [1200000000, 1200000000] | NZD/year | NONE
      USD 5 million                                | [5000000, 5000000] | USD      | NONE
      EUR 1.2bn                                    | [1200000000, 1200000000] | EUR | NONE
      up to GBP 300m                               | (-∞, 300000000]  | GBP        | NONE
      EUR 5-6bn                                    | [5000000000, 6000000000] | EUR | NONE
      $5 to US$6                                   | [5, 6]           | USD        | NONE
      300 drones launched overnight                | [300, 300]       | drone      | NONE
      2% per annum                                 | [2, 2]           | %/year     | NONE
      1,000 km²                                    | [1000, 1000]     | km2        | NONE
      40 mi²                                       | [40, 40]         | mi2        | NONE
      2,000 m²                                     | [2000, 2000]     | m2         | NONE
      10 m³                                        | [10, 10]         | m3         | NONE
      # Two numbers joined by "or" span the two.
      two or three days                            | [2, 3]           | day        | NONE
      10 or 12 troops                              | [10, 12]         | person     | NONE
      $5 or $6                                     | [5, 6]           | USD        | NONE
      some 5 or 6 million                          | [5000000, 6000000] | 1        | APPROXIMATELY
      # Abbreviated scales of wire and financial copy.
      3.2tn                                        | [3200000000000, 3200000000000] | 1 | NONE
      £3.2tn                                       | [3200000000000, 3200000000000] | GBP | NONE
      $1.5trn                                      | [1500000000000, 1500000000000] | USD | NONE
      $1.2 trln                                    | [1200000000000, 1200000000000] | USD | NONE
      1.2 mln barrels                              | [1200000, 1200000] | barrel   | NONE
      1.2mln barrels                               | [1200000, 1200000] | barrel   | NONE
      $1.2 bln                                     | [1200000000, 1200000000] | USD | NONE
      $1.2bln                                      | [1200000000, 1200000000] | USD | NONE
      1.5 mn people                                | [1500000, 1500000] | person   | NONE
      2 lakh people                                | [200000, 200000] | person     | NONE
      2 lakhs                                      | [200000, 200000] | 1          | NONE
      5 crore                                      | [50000000, 50000000] | 1      | NONE
      1.5 crores                                   | [15000000, 15000000] | 1      | NONE
      10,000 crore                                 | [100000000000, 100000000000] | 1 | NONE
      # Vague counts.
      dozens                                       | [24, 120)        | 1          | NONE
      dozens of civilians                          | [24, 120)        | person     | NONE
      hundreds                                     | [200, 1000)      | 1          | NONE
      hundreds of civilians                        | [200, 1000)      | person     | NONE
      Thousands of troops                          | [2000, 10000)    | person     | NONE
      millions                                     | [2000000, 10000000) | 1       | NONE
      billions of dollars                          | [2000000000, 10000000000) | USD | NONE
      tens of thousands                            | [20000, 100000)  | 1          | NONE
      tens of thousands of people                  | [20000, 100000)  | person     | NONE
      hundreds of thousands of refugees            | [200000, 1000000) | person    | NONE
      tens of millions                             | [20000000, 100000000) | 1     | NONE
      hundreds of millions of dollars              | [200000000, 1000000000) | USD | NONE
      some hundreds of civilians                   | [200, 1000)      | person     | APPROXIMATELY
      a few hundred                                | [200, 1000)      | 1          | APPROXIMATELY
      several hundred                              | [200, 1000)      | 1          | APPROXIMATELY
      a few thousand troops                        | [2000, 10000)    | person     | APPROXIMATELY
      several thousand                             | [2000, 10000)    | 1          | APPROXIMATELY
      a few dozen tanks                            | [24, 120)        | tank       | APPROXIMATELY
      several hundred thousand                     | [200000, 1000000) | 1         | APPROXIMATELY
      several million dollars                      | [2000000, 10000000) | USD     | APPROXIMATELY
      a couple of hundred                          | [200, 200]       | 1          | APPROXIMATELY
      a couple hundred                             | [200, 200]       | 1          | APPROXIMATELY
      a couple of thousand troops                  | [2000, 2000]     | person     | APPROXIMATELY
      a couple of dozen                            | [24, 24]         | 1          | APPROXIMATELY
      up to a couple of hundred                    | (-∞, 200]        | 1          | APPROXIMATELY
      100 to a couple of hundred                   | [100, 200]       | 1          | APPROXIMATELY
      40-odd                                       | [40, 50)         | 1          | NONE
      40 odd                                       | [40, 50)         | 1          | NONE
      forty-odd tanks                              | [40, 50)         | tank       | NONE
      300-odd                                      | [300, 400)       | 1          | NONE
      1,200-odd                                    | [1200, 1300)     | 1          | NONE
      two hundred-odd                              | [200, 300)       | 1          | NONE
      some 40-odd troops                           | [40, 50)         | person     | APPROXIMATELY
      40-odd or so                                 | [40, 50)         | 1          | APPROXIMATELY
      $40-odd                                      | [40, 50)         | USD        | NONE
      40-odd thousand troops                       | [40000, 50000)   | person     | NONE
      forty-odd thousand troops                    | [40000, 50000)   | person     | NONE
      300-odd million                              | [300000000, 400000000) | 1    | NONE
      a hundred-odd thousand                       | [100000, 200000) | 1          | NONE
      # Units and money.
      40 tanks                                     | [40, 40]         | tank       | NONE
      40 armoured tanks                            | [40, 40]         | tank       | NONE
      12 churches                                  | [12, 12]         | church     | NONE
      40 buses                                     | [40, 40]         | bus        | NONE
      three series of strikes                      | [3, 3]           | series     | NONE
      200 sorties a day                            | [200, 200]       | sortie/day | NONE
      300 casualties                               | [300, 300]       | person     | NONE
      20 men                                       | [20, 20]         | person     | NONE
      200 square kilometres                        | [200, 200]       | km2        | NONE
      200 square kilometers                        | [200, 200]       | km2        | NONE
      200 SQUARE MILES                             | [200, 200]       | mi2        | NONE
      40 square km                                 | [40, 40]         | km2        | NONE
      40 sq miles                                  | [40, 40]         | mi2        | NONE
      2,000 square metres                          | [2000, 2000]     | square metre | NONE
      2,000 sq feet                                | [2000, 2000]     | square foot | NONE
      10 cubic metres                              | [10, 10]         | cubic metre | NONE
      $2,000                                       | [2000, 2000]     | USD        | NONE
      €2,000                                       | [2000, 2000]     | EUR        | NONE
      £2,000                                       | [2000, 2000]     | GBP        | NONE
      $1.5 million                                 | [1500000, 1500000] | USD      | NONE
      $2,000 to $3,000                             | [2000, 3000]     | USD        | NONE
      2,000 dollars                                | [2000, 2000]     | USD        | NONE
      up to $2,000 per soldier                     | (-∞, 2000]       | USD/person | NONE
      $300 a month                                 | [300, 300]       | USD/month  | NONE
      $300 each                                    | [300, 300]       | USD/item   | NONE
      $5 per person per day                        | [5, 5]           | USD/person/day | NONE
      200 troops a week                            | [200, 200]       | person/week | NONE
      $10/day                                      | [10, 10]         | USD/day    | NONE
      more than 40%                                | (40, +∞)         | %          | NONE
      about 40 percent of the troops               | [40, 40]         | %          | APPROXIMATELY
      40 per cent                                  | [40, 40]         | %          | NONE
      5-10%                                        | [5, 10]          | %          | NONE
      5%-10%                                       | [5, 10]          | %          | NONE
      5% to 10%                                    | [5, 10]          | %          | NONE
      between 5% and 10% of the troops             | [5, 10]          | %          | NONE
      more than 5% but less than 10%               | (5, 10)          | %          | NONE
      40%+                                         | [40, +∞)         | %          | NONE
      """)
  void readsThePhrase(String phrase, String range, String unit, Hedge hedge) {
    Quantity quantity = ENGLISH.parse(phrase);

    assertThat(quantity.range()).isEqualTo(Range.parse(range));
    assertThat(quantity.unit()).isEqualTo(Unit.of(unit));
    assertThat(quantity.hedge()).isEqualTo(hedge);
    assertThat(quantity.stated()).contains(phrase);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      5 Sunday papers         | paper
      10 later models         | model
      3 earlier versions      | version
      20 now-closed shops     | shop
      5 past presidents       | president
      10 last-minute changes  | change
      5 early adopters        | adopter
      20 total casualties     | person
      500 reported cases      | case
      1 seabed                | seabed
      1 flowerbed             | flowerbed
      1 testbed               | testbed
      2 bobsled               | bobsled
      1 toolshed              | toolshed
      20 oilseed              | oilseed
      1 tumbleweed            | tumbleweed
      """)
  void aWordOfTimeBeforeANounDescribesIt(String phrase, String unit) {
    assertThat(ENGLISH.parse(phrase).unit()).isEqualTo(Unit.of(unit));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      20 higher education institutions | institution
      10 lower courts                  | court
      15 lower house members           | member
      3 lower-income families          | family
      10 higher-ranking officers       | officer
      5 less developed countries       | country
      3 less-affected areas            | area
      12 more-expensive models         | model
      5 higher-than-expected readings  | reading
      """)
  void aComparativeBeforeANounDescribesIt(String phrase, String unit) {
    assertThat(ENGLISH.parse(phrase).unit()).isEqualTo(Unit.of(unit));
  }

  @Test
  void aScaledNumberKeepsNoSpuriousDecimals() {
    Quantity quantity = ENGLISH.parse("1.5 million");

    assertThat(quantity.range().lower().orElseThrow().value().toPlainString())
        .isEqualTo("1500000");
  }

  @Test
  void aFractionOfAScaleIsAWholeNumber() {
    Quantity quantity = ENGLISH.parse("half a million");

    assertThat(quantity.range().lower().orElseThrow().value().toPlainString())
        .isEqualTo("500000");
  }

  @Test
  void anUnscaledNumberKeepsTheScaleItWasWrittenWith() {
    Quantity quantity = ENGLISH.parse("1.50");

    assertThat(quantity.range().lower().orElseThrow().value().toPlainString()).isEqualTo("1.50");
  }

  @Test
  void statedIsTheTrimmedText() {
    assertThat(ENGLISH.parse("  more than 6,000 troops \n").stated())
        .contains("more than 6,000 troops");
  }

  @Test
  void statedIsTheTextWithoutSurroundingSpacesOfAnyKind() {
    assertThat(ENGLISH.parse("\u00a06,000 troops\u2009\u202f").stated())
        .contains("6,000 troops");
  }

  @ParameterizedTest(name = "{0} states {1}")
  @CsvSource(delimiter = '|', textBlock = """
      6,000 troops.         | 6,000 troops
      6,000 troops,         | 6,000 troops
      'more than 40 . '     | more than 40
      40.                   | 40
      $300 a month.         | $300 a month
      about 2,000;          | about 2,000
      6,000 troops:         | 6,000 troops
      (about 3,000 troops)  | about 3,000 troops
      (about 3,000 troops). | about 3,000 troops
      "more than 6,000"     | more than 6,000
      “6,000 troops.”       | 6,000 troops
      ‘some 40’             | some 40
      [up to 500]           | up to 500
      «40%»                 | 40%
      """)
  void sentencePunctuationAroundThePhraseIsIgnoredAndNotStated(String text, String stated) {
    Quantity quantity = ENGLISH.parse(text);

    assertThat(quantity.stated()).contains(stated);
    assertThat(quantity.range()).isEqualTo(ENGLISH.parse(stated).range());
    assertThat(quantity.unit()).isEqualTo(ENGLISH.parse(stated).unit());
  }

  // The compiler turns the escapes into the spaces, which a table would hide.
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      3\u2009800 troops         | 3800
      3\u202f800                | 3800
      3\u00a0800                | 3800
      1\u2009250\u2009000       | 1250000
      $12\u00a0000.50           | 12000.50
      1\u2009500 to 2\u2009000   | 1500
      """)
  void aThinOrNoBreakSpaceGroupsThousands(String text, String lower) {
    Quantity quantity = ENGLISH.parse(text);

    assertThat(quantity.range().lower().orElseThrow().value().toPlainString()).isEqualTo(lower);
    assertThat(quantity.stated()).contains(text);
  }

  @ParameterizedTest(name = "{0} fails at {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      3 800                   | 2  | unexpected '800' after the quantity
      3\u2009800\u00a0000      | 6  | unexpected '000' after the quantity
      3,800\u2009000          | 6  | unexpected '000' after the quantity
      3\u200980               | 2  | unexpected '80' after the quantity
      3\u00a08000             | 2  | unexpected '8000' after the quantity
      """)
  void onlyOneKindOfSeparatorGroupsThreeDigits(String text, int index, String problem) {
    assertThatThrownBy(() -> ENGLISH.parse(text))
        .isInstanceOfSatisfying(TextParseException.class,
            e -> assertThat(e.index()).isEqualTo(index))
        .hasMessageEndingWith(": " + problem);
  }

  @Test
  void aNulCharacterBetweenDigitsIsNotASeparator() {
    assertThatThrownBy(() -> ENGLISH.parse("5\u0000000"))
        .isInstanceOfSatisfying(TextParseException.class,
            e -> assertThat(e.index()).isEqualTo(1));
    assertThatThrownBy(() -> TimeSpanParser.english()
        .parse("1\u0000000 days ago", java.time.LocalDate.of(2025, 6, 17)))
        .isInstanceOfSatisfying(TextParseException.class,
            e -> assertThat(e.index()).isEqualTo(0));
  }

  @Test
  void aBuilderAddsUnitsToTheEnglishLexicon() {
    QuantityParser parser = QuantityParser.builder()
        .unit("armoured vehicles", Unit.of("vehicle"))
        .build();

    assertThat(parser.parse("40 armoured vehicles").unit()).isEqualTo(Unit.of("vehicle"));
    assertThat(parser.parse("40 Armoured Vehicle").unit()).isEqualTo(Unit.of("vehicle"));
    assertThat(parser.parse("40 troops").unit()).isEqualTo(Unit.of("person"));
  }

  @Test
  void aBuilderReplacesAnEnglishUnit() {
    QuantityParser parser = QuantityParser.builder().unit("troops", Unit.of("troop")).build();

    assertThat(parser.parse("40 troops").unit()).isEqualTo(Unit.of("troop"));
  }

  @Test
  void clearUnitsLeavesOnlyNounsAsTheirOwnUnits() {
    QuantityParser parser = QuantityParser.builder().clearUnits().build();

    assertThat(parser.parse("40 troops").unit()).isEqualTo(Unit.of("troop"));
    assertThat(parser.parse("40 square miles").unit()).isEqualTo(Unit.of("square mile"));
  }

  @Test
  void squareBeforeAUnitOfLengthIsNotDroppedForTheLength() {
    QuantityParser parser = QuantityParser.builder().unit("metres", Unit.of("m")).build();

    assertThat(parser.parse("40 square metres").unit()).isEqualTo(Unit.of("square metre"));
  }

  @Test
  void theEnglishParserIsUnchangedByBuilders() {
    QuantityParser.builder().clearUnits().unit("troops", Unit.of("troop")).build();

    assertThat(ENGLISH.parse("40 troops").unit()).isEqualTo(Unit.of("person"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ''
      square  miles
      ' tanks'
      tanks!
      40 tanks
      """)
  void aUnitPhraseMustBeWords(String phrase) {
    assertThatThrownBy(() -> QuantityParser.builder().unit(phrase, Unit.of("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit phrase '" + phrase + "' is not words separated by single spaces"
            + " (a word is letters, then letters, digits or apostrophes)");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      prisoners of war | 'of' ends a noun phrase, as and, or, but, of, per, each, every, a and an do
      barrels per day  | 'per' ends a noun phrase, as and, or, but, of, per, each, every, a and an do
      tanks and trucks | 'and' ends a noun phrase, as and, or, but, of, per, each, every, a and an do
      men at arms      | 'at' ends a noun phrase, as prepositions do
      aid to Ukraine   | 'to' ends a noun phrase, as prepositions do
      outside Russia   | 'outside' ends a noun phrase, as prepositions do
      in laws          | 'in' ends a noun phrase, as prepositions do
      Cost A Day       | 'A' ends a noun phrase, as and, or, but, of, per, each, every, a and an do
      hundred          | 'hundred' straight after a number is read as part of the number
      Thousand tonnes  | 'Thousand' straight after a number is read as part of the number
      dozens           | 'dozens' straight after a number is read as part of the number
      odd socks        | 'odd' straight after a number is read as part of the number
      today            | 'today' ends a noun phrase, as words of time do
      casualties so far | 'so far' ends a noun phrase, as words of time do
      last year        | 'last year' ends a noun phrase, as words of time do
      Tuesday          | 'Tuesday' ends a noun phrase, as words of time do
      years ago        | 'ago' ends a noun phrase, as words of time do
      troops more      | 'more' ends a noun phrase, as comparatives do
      prices higher    | 'higher' ends a noun phrase, as comparatives do
      higher           | 'higher' ends a noun phrase, as comparatives do
      fewer troops     | 'fewer' ends a noun phrase, as comparatives do
      troops than      | 'than' ends a noun phrase, as comparatives do
      """)
  void aUnitPhraseThatCanNeverMatchIsRefused(String phrase, String why) {
    assertThatThrownBy(() -> QuantityParser.builder().unit(phrase, Unit.of("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit phrase '" + phrase + "' can never match: " + why);
  }

  @Test
  void aUnitPhraseMayStartWithAPrepositionWhereTheReaderTakesItForTheNoun() {
    QuantityParser parser = QuantityParser.builder()
        .unit("in", Unit.of("inch"))
        .unit("outside experts", Unit.of("consultant"))
        .build();

    assertThat(parser.parse("12 in").unit()).isEqualTo(Unit.of("inch"));
    assertThat(parser.parse("5 outside experts").unit()).isEqualTo(Unit.of("consultant"));
  }

  @Test
  void aUnitPhraseMayStartWithAWordOfTimeThatDescribesItsNoun() {
    QuantityParser parser =
        QuantityParser.builder().unit("Sunday papers", Unit.of("newspaper")).build();

    assertThat(parser.parse("5 Sunday papers").unit()).isEqualTo(Unit.of("newspaper"));
  }

  @Test
  void aUnitPhraseMayStartWithAComparativeThatDescribesItsNoun() {
    QuantityParser parser =
        QuantityParser.builder().unit("lower courts", Unit.of("tribunal")).build();

    assertThat(parser.parse("10 lower courts").unit()).isEqualTo(Unit.of("tribunal"));
  }

  @Test
  void aParticipleInTheLexiconIsAUnit() {
    QuantityParser parser =
        QuantityParser.builder().unit("arrested", Unit.of("person")).build();

    assertThat(parser.parse("200 arrested").unit()).isEqualTo(Unit.of("person"));
  }

  @Test
  void aUnitPhraseMayStartWithANumberWordThatIsNoScale() {
    QuantityParser parser =
        QuantityParser.builder().unit("one way tickets", Unit.of("ticket")).build();

    assertThat(parser.parse("40 one way tickets").unit()).isEqualTo(Unit.of("ticket"));
  }

  @ParameterizedTest(name = "{0} fails at {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      ''                            | 0  | expected a number
      '   '                         | 3  | expected a number
      troops                        | 0  | expected a number
      more than                     | 9  | expected a number
      more than troops              | 10 | expected a number
      4,000 to 3,800                | 9  | lower bound 4000 is above upper bound 3800
      more than 5 and fewer than 5  | 27 | range (5, 5) is empty
      about nearly 5                | 6  | hedge 'nearly' follows hedge 'about'
      about ~5                      | 6  | hedge '~' follows hedge 'about'
      c. ~5                         | 3  | hedge '~' follows hedge 'c.'
      ~ 40                          | 0  | expected a number
      c 40                          | 0  | expected a number
      ca. troops                    | 4  | expected a number
      more than at least 5          | 10 | bound 'at least' follows bound 'more than'
      between 40 or 50              | 11 | expected 'and' after 'between 40'
      from 40 and 50                | 8  | expected 'to' after 'from 40'
      €5 to £6                      | 6  | currency '£' does not match '€'
      US$5 to C$6                   | 8  | currency 'C$' does not match 'US$'
      USD 5 to EUR 6                | 9  | currency 'EUR' does not match 'USD'
      USD                           | 0  | expected a number
      5% to US$6                    | 6  | currency 'US$' does not match '%'
      5% to $6                      | 6  | currency '$' does not match '%'
      $5 troops                     | 3  | unexpected 'troops' after a money amount
      6,000 troops and 40 tanks     | 13 | unexpected 'and' after the quantity
      6,000 troops..                | 12 | unexpected '.' after the quantity
      6,000 troops!                 | 12 | unexpected '!' after the quantity
      6,000 troops,.                | 12 | unexpected ',' after the quantity
      (6,000 troops                 | 0  | expected a number
      (6,000 troops]                | 0  | expected a number
      "6,000 troops".;              | 0  | expected a number
      ()                            | 2  | expected a number
      .                             | 1  | expected a number
      $5 per                        | 6  | expected a unit after 'per'
      $5 for each                   | 11 | expected a unit after 'for each'
      6,000 of his                  | 12 | expected a noun after 'of his'
      $5 of them                    | 3  | unexpected 'of' after a money amount
      more than 40 troops or more   | 20 | bound 'or more' follows bound 'more than'
      6,000 or more troops or fewer | 21 | bound 'or fewer' follows bound 'or more'
      40 to 50 troops or more       | 16 | unexpected 'or' after the quantity
      40 to 50 or more              | 9  | unexpected 'or' after the quantity
      40 to 50 troops or so         | 16 | unexpected 'or' after the quantity
      about 40 to 50 or so          | 15 | hedge 'or so' follows hedge 'about'
      thousands of troops or more   | 20 | 'or more' cannot go with the vague count 'thousands'
      6,000 troops+                 | 12 | unexpected '+' after the quantity
      a thousand million            | 11 | scale word 'million' cannot follow a scale at least as large
      more than hundreds            | 0  | 'more than' cannot go with the vague count 'hundreds'
      thousands or more             | 10 | 'or more' cannot go with the vague count 'thousands'
      up to a few hundred           | 0  | 'up to' cannot go with the vague count 'a few hundred'
      between 40-odd and 60         | 0  | 'between' cannot go with the vague count '40-odd'
      hundreds to thousands         | 9  | the vague count 'hundreds' cannot start a range
      40-odd-50                     | 6  | the vague count '40-odd' cannot start a range
      40 to hundreds                | 6  | the vague count 'hundreds' cannot end a range
      40 to 50-odd                  | 6  | the vague count '50-odd' cannot end a range
      more than 5 and under dozens  | 22 | the vague count 'dozens' cannot end a range
      -40-odd                       | 0  | the vague count '40-odd' cannot be negative
      43-odd                        | 0  | 'odd' follows a whole number ending in one or two zeros (40-odd, 300-odd), not 43
      1,000-odd                     | 0  | 'odd' follows a whole number ending in one or two zeros (40-odd, 300-odd), not 1000
      40.0-odd                      | 0  | 'odd' follows a whole number ending in one or two zeros (40-odd, 300-odd), not 40.0
      0 odd                         | 0  | 'odd' follows a whole number ending in one or two zeros (40-odd, 300-odd), not 0
      about a few hundred           | 6  | hedge 'a few hundred' follows hedge 'about'
      a few hundred or so           | 14 | hedge 'or so' follows hedge 'a few hundred'
      tens                          | 0  | expected a number
      tens of troops                | 0  | expected a number
      a few troops                  | 0  | expected a number
      several                       | 0  | expected a number
      a couple of days              | 0  | expected a number
      half troops                   | 0  | expected a number
      half a troop                  | 0  | expected a number
      a quarter troops              | 0  | expected a number
      12k thousand                  | 4  | scale word 'thousand' cannot follow a scale at least as large
      two million thousand          | 12 | scale word 'thousand' follows 'million' with no number between
      one billion million           | 12 | scale word 'million' follows 'billion' with no number between
      one million hundred           | 12 | scale word 'hundred' follows 'million' with no number between
      a thousand dozen              | 11 | scale word 'dozen' follows 'thousand' with no number between
      three hundred hundred         | 14 | scale word 'hundred' follows 'hundred' with no number between
      a dozen dozen                 | 8  | scale word 'dozen' follows 'dozen' with no number between
      five thousands troops         | 5  | plural scale word 'thousands' cannot follow a number; write 'thousand'
      3 hundreds                    | 2  | plural scale word 'hundreds' cannot follow a number; write 'hundred'
      three dozens                  | 6  | plural scale word 'dozens' cannot follow a number; write 'dozen'
      1.5 millions of dollars       | 4  | plural scale word 'millions' cannot follow a number; write 'million'
      two to three thousands        | 13 | plural scale word 'thousands' cannot follow a number; write 'thousand'
      five tens                     | 5  | plural scale word 'tens' cannot follow a number
      40-odd hundred                | 7  | scale word 'hundred' cannot follow '40-odd'
      a hundred-odd hundred         | 14 | scale word 'hundred' cannot follow 'a hundred-odd'
      300-odd thousand million      | 17 | scale word 'million' cannot follow '300-odd thousand'
      1.5 lakh crore                | 9  | scale word 'crore' cannot follow a scale at least as large
      3 or 2                        | 5  | lower bound 3 is above upper bound 2
      hundreds or thousands         | 9  | the vague count 'hundreds' cannot start a range
      more than 5 or 6              | 12 | unexpected 'or' after the quantity
      at least 2.5 to 3 million     | 13 | unexpected 'to' after the quantity
      the 1980s                     | 4  | '1980s' names a decade or an age, not a quantity
      in their 30s                  | 0  | expected a number
      30s                           | 0  | '30s' names a decade or an age, not a quantity
      40-50,000 troops              | 0  | '40-50,000' may be short for thousands; write both numbers in full
      $40-50,000                    | 0  | '$40-50,000' may be short for thousands; write both numbers in full
      10 to 12,000                  | 0  | '10 to 12,000' may be short for thousands; write both numbers in full
      between 10 and 12,500 troops  | 8  | '10 and 12,500' may be short for thousands; write both numbers in full
      one in five                   | 7  | unexpected 'five' after 'in': a phrase after the quantity holds no number unless it is a time that ends the phrase (one in five, in 12 villages)
      one in five children          | 7  | unexpected 'five' after 'in': a phrase after the quantity holds no number unless it is a time that ends the phrase (one in five, in 12 villages)
      six in 10 Americans           | 7  | unexpected '10' after 'in': a phrase after the quantity holds no number unless it is a time that ends the phrase (one in five, in 12 villages)
      £5bn over five years          | 10 | unexpected 'five' after 'over': a phrase after the quantity holds no number unless it is a time that ends the phrase (one in five, in 12 villages)
      6,000 troops in               | 15 | expected words after 'in'
      5 bn people                   | 2  | 'bn' after a space may be billions or battalions; for the scale, write it straight after the number: 5bn
      $3 tn                         | 3  | 'tn' after a space may be trillions or tons; for the scale, write it straight after the number: $3tn
      500 tn of steel               | 4  | 'tn' after a space may be trillions or tons; for the scale, write it straight after the number: 500tn
      (1,200)                       | 1  | a number in round brackets may be a negative amount, as accounts write it; write it without the brackets, with a minus sign if it is one
      ($5 million)                  | 1  | a number in round brackets may be a negative amount, as accounts write it; write it without the brackets, with a minus sign if it is one
      200 arrested                  | 4  | 'arrested' says what happened, not what was counted: write the noun before it
      500 reported                  | 4  | 'reported' says what happened, not what was counted: write the noun before it
      10 hospitalized               | 3  | 'hospitalized' says what happened, not what was counted: write the noun before it
      more than 40 destroyed        | 13 | 'destroyed' says what happened, not what was counted: write the noun before it
      12 were arrested              | 3  | 'arrested' says what happened, not what was counted: write the noun before it
      200 reportedly arrested       | 4  | 'arrested' says what happened, not what was counted: write the noun before it
      10 carried out                | 3  | 'carried out' says what happened, not what was counted: write the noun before it
      500 sold                      | 4  | 'sold' says what happened, not what was counted: write the noun before it
      5 percent higher              | 10 | unexpected 'higher' after the quantity
      40 troops more                | 10 | unexpected 'more' after the quantity
      only 10 left                  | 8  | 'left' says what happened, not what was counted: write the noun before it
      $5 per arrested               | 7  | 'arrested' says what happened, not what was counted: write the noun before it
      3 weeks ago                   | 8  | '3 weeks ago' is a time, not a quantity: read it with TimeSpanParser
      20 June                       | 3  | '20 June' is a date, not a quantity: read it with TimeSpanParser
      15–20 June                    | 6  | '15–20 June' is a date, not a quantity: read it with TimeSpanParser
      10 fewer troops               | 3  | '10 fewer' is a difference, not a count; write the count itself
      5 less people                 | 2  | '5 less' is a difference, not a count; write the count itself
      5 higher                      | 2  | unexpected 'higher' after the quantity
      10 more people than last year | 15 | 'than' after the quantity compares it with something the phrase does not hold
      5 years later than planned    | 14 | 'than' after the quantity compares it with something the phrase does not hold
      3 days earlier than expected  | 15 | 'than' after the quantity compares it with something the phrase does not hold
      20 a day more than in May     | 9  | unexpected 'more' after the quantity
      10 troops rather than         | 17 | 'than' after the quantity compares it with something the phrase does not hold
      10 more than last year        | 3  | 'more than' after the number compares it with something the phrase does not hold; write 'more than 10' for a bound, or the count alone
      one in 1500                   | 7  | unexpected '1500' after 'in': a phrase after the quantity holds no number unless it is a time that ends the phrase (one in five, in 12 villages)
      300 people killed in 2024 in Gaza | 21 | unexpected '2024' after 'in': a phrase after the quantity holds no number unless it is a time that ends the phrase (one in five, in 12 villages)
      300 people in 12 villages     | 14 | unexpected '12' after 'in': a phrase after the quantity holds no number unless it is a time that ends the phrase (one in five, in 12 villages)
      6,000 troops in Kursk 2024    | 22 | unexpected '2024' after 'in Kursk': a phrase after the quantity holds no number unless it is a time that ends the phrase (one in five, in 12 villages)
      """)
  void failsWithTheProblemAndWhereItIs(String text, int index, String problem) {
    assertThatThrownBy(() -> ENGLISH.parse(text))
        .isInstanceOfSatisfying(TextParseException.class, e -> {
          assertThat(e.index()).isEqualTo(index);
          assertThat(e.text()).isEqualTo(text);
        })
        .hasMessage("cannot read '" + text + "' at index " + index + ": " + problem);
  }

  @Test
  void nullTextIsRefused() {
    assertThatThrownBy(() -> ENGLISH.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void aNullUnitIsRefused() {
    assertThatThrownBy(() -> QuantityParser.builder().unit("tanks", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("unit");
  }

  @Test
  void refusesTextLongerThanTheLimitAtTheLimit() {
    String text = "1" + " ".repeat(QuantityParser.MAX_LENGTH);

    assertThatThrownBy(() -> ENGLISH.parse(text))
        .isInstanceOfSatisfying(TextParseException.class,
            e -> assertThat(e.index()).isEqualTo(QuantityParser.MAX_LENGTH))
        .hasMessageEndingWith(": text has 1001 characters, more than the limit of 1000");
  }

  @Test
  void readsTextAsLongAsTheLimit() {
    String text = "1" + " ".repeat(QuantityParser.MAX_LENGTH - 1);

    assertThat(ENGLISH.parse(text).range()).isEqualTo(Range.singleton(1));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      a year earlier
      a year earlier today
      today
      year-on-year
      Tuesday night
      """)
  void wordsOfTimeRepeatedToTheLimitAreReadQuickly(String words) {
    // Whether words end a noun phrase depends on the words after them; looking ahead must not
    // branch at every step.
    int times = (QuantityParser.MAX_LENGTH - 1) / (words.length() + 1);
    String text = "5" + (" " + words).repeat(times);

    Quantity quantity =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ENGLISH.parse(text));

    assertThat(quantity.range()).isEqualTo(Range.singleton(5));
  }

  @Test
  void refusesANumberWithMoreDigitsThanABoundHolds() {
    String text = "9".repeat(992) + " billion";

    assertThatThrownBy(() -> ENGLISH.parse(text))
        .isInstanceOfSatisfying(TextParseException.class, e -> assertThat(e.index()).isZero())
        .hasMessageEndingWith(": bound value has 1001 digits, more than 1000");
  }
}
