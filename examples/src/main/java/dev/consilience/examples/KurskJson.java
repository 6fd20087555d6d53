package dev.consilience.examples;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consilience.Claim;
import dev.consilience.reconcile.Reconciler;
import dev.consilience.reconcile.Reconciliation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The Kursk claims through JSON and back: written with the Jackson module, read back as equal
 * claims, and reconciled.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ConsilienceModule());
 * String json = mapper.writeValueAsString(KurskArticle.claims());
 * List<Claim> claims = mapper.readValue(json, new TypeReference<List<Claim>>() {});
 * Reconciler.defaults().reconcileAll(claims).values().forEach(r -> System.out.println(r.explain()));
 * }</pre>
 */
public final class KurskJson {
  private static final TypeReference<List<Claim>> CLAIMS = new TypeReference<>() {};

  private KurskJson() {}

  /**
   * Returns the Kursk claims as a JSON array, indented: the form of the claims bundled with the
   * {@code consilience} command.
   *
   * @return the JSON text
   */
  public static String claimsAsJson() {
    ObjectMapper mapper = Json.mapper();
    try {
      return Json.prettyWriter(mapper).writeValueAsString(KurskArticle.claims()) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads claims written as a JSON array.
   *
   * @param json the JSON text, not null
   * @return the claims
   * @throws IOException if the text is not a JSON array of claims
   */
  public static List<Claim> readClaims(String json) throws IOException {
    return Json.mapper().readValue(json, CLAIMS);
  }

  /**
   * Writes the Kursk claims to JSON, prints the JSON, reads it back, checks that the claims
   * survived unchanged, and prints the reconciliation of each subject.
   *
   * @param args ignored
   * @throws IOException never: the JSON is written by the same module that reads it
   */
  public static void main(String[] args) throws IOException {
    String json = claimsAsJson();
    System.out.print(json);
    List<Claim> claims = readClaims(json);
    if (!claims.equals(KurskArticle.claims())) {
      throw new IllegalStateException("the claims read back differ from those written");
    }
    System.out.println();
    System.out.println(claims.size() + " claims read back unchanged; reconciled:");
    for (Reconciliation reconciliation : Reconciler.defaults().reconcileAll(claims).values()) {
      System.out.println();
      System.out.println(reconciliation.explain().stripTrailing());
    }
  }
}
