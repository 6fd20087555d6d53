package dev.consilience.examples;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consilience.Claim;
import dev.consilience.Subject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads claims written as one JSON array or as JSON Lines (one claim object per line; any white
 * space between the objects is accepted). The form is told by the first character that is not
 * white space: {@code [} starts an array. Errors name the input, the line and column, the JSON
 * path of the value at fault, and what is wrong.
 */
final class ClaimsReader {
  private final ObjectMapper mapper;

  ClaimsReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Reads the claims in a text.
   *
   * @param text the whole input
   * @param name how to call the input in messages: a file name or {@code <stdin>}
   * @throws InputException if the text is not claims in one of the two forms
   */
  List<Claim> read(String text, String name) {
    try (JsonParser parser = mapper.createParser(text)) {
      try {
        return readAll(parser);
      } catch (JsonEOFException e) {
        // Jackson's own message here names the source and the marker's location in brackets.
        throw new InputException(
            at(name, e.getLocation()) + "unexpected end of input" + unclosed(parser));
      } catch (Refused e) {
        throw new InputException(at(name, e.getLocation()) + e.getOriginalMessage());
      } catch (JsonProcessingException e) {
        throw new InputException(
            at(name, location(e, parser)) + located(parser, e.getOriginalMessage()));
      } catch (IllegalArgumentException e) {
        // A value core refuses that the JSON layer let through: still the input's fault.
        throw new InputException(
            at(name, parser.currentLocation()) + located(parser, e.getMessage()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string failed", e);
    }
  }

  private List<Claim> readAll(JsonParser parser) throws IOException {
    Seen seen = new Seen();
    List<Claim> claims = new ArrayList<>();
    JsonToken first = parser.nextToken();
    if (first == JsonToken.START_ARRAY) {
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        claims.add(seen.check(parser, parser.currentTokenLocation(),
            mapper.readValue(parser, Claim.class)));
      }
      if (parser.nextToken() != null) {
        throw new Refused(parser.currentTokenLocation(), "unexpected "
            + describe(parser.currentToken()) + " after the closing ']' of the array of claims");
      }
    } else {
      for (JsonToken token = first; token != null; token = parser.nextToken()) {
        claims.add(seen.check(parser, parser.currentTokenLocation(),
            mapper.readValue(parser, Claim.class)));
      }
    }
    return claims;
  }

  private static String unclosed(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    if (context.inArray()) {
      return ": expected ']' to close " + (context.getParent().inRoot()
          ? "the array of claims" : "the array at " + path(context.getParent()));
    }
    return context.inObject()
        ? ": expected '}' to close the object at " + path(context.getParent())
        : "";
  }

  private static JsonLocation location(JsonProcessingException e, JsonParser parser) {
    return e.getLocation() != null ? e.getLocation() : parser.currentLocation();
  }

  /** Where in the input: {@code claims.json:3:17: }. */
  private static String at(String name, JsonLocation where) {
    return name + ":" + where.getLineNr() + ":" + where.getColumnNr() + ": ";
  }

  /** The problem, after the JSON path of the parser's position unless it starts with one. */
  private static String located(JsonParser parser, @Nullable String problem) {
    String path = path(parser.getParsingContext());
    // The module's own messages already start with the JSON path of the value at fault.
    boolean hasPath = problem != null && problem.startsWith("$");
    return (hasPath || path.equals("$") ? "" : path + ": ") + lowerCaseFirst(inputTerms(problem));
  }

  /**
   * The problem without the parser's advice to its programmer (a feature to enable, the setting
   * a limit comes from), which the user of the command cannot follow.
   */
  private static @Nullable String inputTerms(@Nullable String problem) {
    return problem == null ? null : problem
        .replace(": enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow",
            ": JSON has no such number")
        .replace("maybe a (non-standard) comment? (not recognized as one since Feature"
            + " 'ALLOW_COMMENTS' not enabled for parser)", "JSON has no comments")
        .replaceAll(", from `StreamReadConstraints\\.\\w+\\(\\)`", "");
  }

  /** The JSON path of the parser's position, such as {@code $[2].quantity.range}. */
  static String path(JsonStreamContext context) {
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inArray()) {
        path.insert(0, "[" + Math.max(at.getCurrentIndex(), 0) + "]");
      } else if (at.getCurrentName() != null) {
        path.insert(0, "." + at.getCurrentName());
      }
    }
    return path.insert(0, '$').toString();
  }

  private static String describe(JsonToken token) {
    return token.isScalarValue() ? "value" : "'" + token.asString() + "'";
  }

  private static String lowerCaseFirst(@Nullable String message) {
    return message == null || message.isEmpty()
        ? "invalid input"
        : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
  }

  /**
   * The claims and subjects read so far, by id. A subject id names one subject, so every claim
   * about it must give the same trend and description: otherwise its claims would be reconciled as
   * two subjects of one name, and a disagreement between them would go unseen. A claim id names
   * one claim, so two claims that differ in what an id is derived from may not share one: results
   * name claims by id.
   */
  private static final class Seen {
    private final Map<String, Claim> claimsById = new HashMap<>();
    private final Map<String, Subject> subjectsById = new HashMap<>();
    private final Map<Object, JsonLocation> starts = new HashMap<>();

    /**
     * Returns the claim just read, which starts at {@code start}, refused if its id or its
     * subject's is already that of another.
     */
    Claim check(JsonParser parser, JsonLocation start, Claim claim) throws Refused {
      String path = path(parser.getParsingContext());
      Claim other = claimsById.putIfAbsent(claim.id(), claim);
      if (other != null && !sameIdContent(other, claim)) {
        throw new Refused(start, path + ".id: claim id '" + claim.id() + "' is also the id of"
            + " another claim, " + where(starts.get(other), start) + "; give each claim its own"
            + " id, or none to have it derived from the content");
      }
      Subject subject = claim.subject();
      Subject earlier = subjectsById.putIfAbsent(subject.id(), subject);
      if (earlier != null && !earlier.equals(subject)) {
        throw new Refused(start, path + ".subject: subject '" + subject.id() + "' has "
            + difference(subject, earlier) + " " + where(starts.get(earlier), start)
            + "; give every claim about a subject the same trend and description");
      }
      starts.putIfAbsent(claim, start);
      starts.putIfAbsent(subject, start);
      return claim;
    }

    /**
     * Where an earlier claim starts, told from the claim at fault: by line, and by column too when
     * they share the line (a whole array on one line).
     */
    private static String where(JsonLocation earlier, JsonLocation start) {
      return "at line " + earlier.getLineNr()
          + (earlier.getLineNr() == start.getLineNr() ? ", column " + earlier.getColumnNr() : "");
    }

    /**
     * Whether two claims agree in everything a derived id is made of (see {@link Claim}): then
     * they are one claim as far as results go, whatever their wording, credibility, rank or quote,
     * and two claims given without ids that differ only there get the same id.
     */
    private static boolean sameIdContent(Claim one, Claim other) {
      return derivedId(one).equals(derivedId(other));
    }

    /** The id the claim's content derives, whatever id it was given. */
    private static String derivedId(Claim claim) {
      return Claim.builder().subject(claim.subject()).quantity(claim.quantity())
          .source(claim.source()).relays(claim.relays()).statedOn(claim.statedOn())
          .asOf(claim.asOf()).build().id();
    }

    /** What differs, as "trend cumulative here but trend fixed". */
    private static String difference(Subject here, Subject there) {
      return here.trend() != there.trend()
          ? "trend " + Provenance.lowerCase(here.trend()) + " here but trend "
              + Provenance.lowerCase(there.trend())
          : description(here) + " here but " + description(there);
    }

    private static String description(Subject subject) {
      return subject.description().map(text -> "description \"" + text + "\"")
          .orElse("no description");
    }
  }

  /** Input the parser reads but the command refuses, with where it is. */
  private static final class Refused extends JsonProcessingException {
    private static final long serialVersionUID = 1L;

    Refused(JsonLocation where, String problem) {
      super(problem, where);
    }
  }
}
