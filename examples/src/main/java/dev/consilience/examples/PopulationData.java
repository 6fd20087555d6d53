package dev.consilience.examples;

import dev.consilience.Claim;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Source;
import dev.consilience.Subject;
import dev.consilience.Unit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Wikipedia city-population claims of Pasternack and Roth with their census gold values, read
 * from {@code shared/datasets/population/} (never copied into this repository).
 *
 * <p>Each row {@code "city","Population2000","478403","editor","null"} becomes a claim: the subject
 * is the city and year ({@code cleveland, ohio / Population2000}, a {@code FIXED} value), the
 * quantity the single number in unit {@code person}, the origin the editor. Ids come from content,
 * never from the row: a source's id is a hash of the editor string, a claim's id is derived from
 * the claim. The file's order carries the answer (the first of two disagreeing claims is usually
 * right), so nothing here may depend on it.
 */
final class PopulationData {
  static final String CLAIMS_FILE = "population_claims.csv";
  static final String TRUTH_FILE = "population_truth.csv";
  private static final Unit PERSON = Unit.of("person");
  /** Wikipedia records a logged-out edit under user id 0 with the editor's IP address. */
  private static final Pattern ANONYMOUS = Pattern.compile("0 \\(.*\\)");

  final List<Claim> claims;
  /** Gold value by subject id. */
  final Map<String, BigDecimal> gold;

  private PopulationData(List<Claim> claims, Map<String, BigDecimal> gold) {
    this.claims = claims;
    this.gold = gold;
  }

  /**
   * Finds the population data: {@code shared/datasets/population} in the nearest folder at or above
   * {@code start} that has one.
   */
  static Optional<Path> locate(Path start) {
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("datasets").resolve("population");
      if (Files.isRegularFile(candidate.resolve(CLAIMS_FILE))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Resolves a path given on the command line: the population folder itself, or a datasets folder
   * that holds it.
   */
  static Path resolve(Path given) {
    Path nested = given.resolve("population");
    return Files.isRegularFile(nested.resolve(CLAIMS_FILE)) ? nested : given;
  }

  static PopulationData read(Path folder) {
    List<Claim> claims = new ArrayList<>();
    Map<String, Source> editors = new HashMap<>();
    for (List<String> row : rows(folder.resolve(CLAIMS_FILE), 5)) {
      Source editor = editors.computeIfAbsent(row.get(3), PopulationData::editor);
      claims.add(Claim.builder()
          .subject(Subject.of(subjectId(row.get(0), row.get(1))))
          .quantity(Quantity.of(Range.singleton(new BigDecimal(row.get(2))), PERSON))
          .source(editor)
          .build());
    }
    Map<String, BigDecimal> gold = new HashMap<>();
    for (List<String> row : rows(folder.resolve(TRUTH_FILE), 3)) {
      gold.put(subjectId(row.get(0), row.get(1)), new BigDecimal(row.get(2)));
    }
    return new PopulationData(
        Collections.unmodifiableList(claims), Collections.unmodifiableMap(gold));
  }

  static String subjectId(String city, String property) {
    return city + " / " + property;
  }

  /** An editor as a source whose id is a hash of the editor string. */
  static Source editor(String editor) {
    return Source.of("editor-" + sha256(editor).substring(0, 16), editor);
  }

  /** Whether the source is an edit by a logged-out user, known only by an IP address. */
  static boolean anonymous(Source source) {
    return ANONYMOUS.matcher(source.name()).matches();
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(digest.length * 2);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** Reads a CSV file with a header and double-quoted fields, checking the number of fields. */
  private static List<List<String>> rows(Path file, int fields) {
    List<List<String>> rows = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = reader.readLine(); // the header
      int number = 1;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        List<String> row = fields(line);
        if (row.size() != fields) {
          throw new IllegalArgumentException(
              file + " line " + number + " has " + row.size() + " fields, expected " + fields
                  + ": " + line);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return rows;
  }

  /** Splits one CSV line; a quoted field may hold commas and doubled quotes. */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
