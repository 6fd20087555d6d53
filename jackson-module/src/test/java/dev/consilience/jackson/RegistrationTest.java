package dev.consilience.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consilience.Claim;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The module registers three ways: explicitly, through {@code findAndRegisterModules()} with
 * {@code META-INF/services} on the class path, and through {@code provides} in {@code
 * module-info} on the module path. The build runs this class twice, once on each path; the system
 * property {@code consilience.modulePath} says which run this is.
 */
class RegistrationTest extends ModuleTestBase {
  private static final String ONE_CLAIM_LINE = resource("kursk-claims.jsonl").lines().findFirst()
      .orElseThrow();

  private static void readsAndWritesClaims(ObjectMapper mapper) throws IOException {
    Claim claim = mapper.readValue(ONE_CLAIM_LINE, Claim.class);

    assertThat(claim).isEqualTo(KurskClaims.claims().get(0));
    assertThat(mapper.writeValueAsString(claim)).isEqualTo(ONE_CLAIM_LINE);
  }

  @Test
  void registersExplicitly() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new ConsilienceModule());

    assertThat(mapper.getRegisteredModuleIds()).contains(ConsilienceModule.class.getName());
    readsAndWritesClaims(mapper);
  }

  @Test
  void isFoundByFindAndRegisterModules() throws IOException {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    assertThat(mapper.getRegisteredModuleIds()).contains(ConsilienceModule.class.getName());
    readsAndWritesClaims(mapper);
  }

  @Test
  void registeringTwiceRegistersOnce() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new ConsilienceModule())
        .findAndRegisterModules();

    assertThat(mapper.getRegisteredModuleIds()).containsOnlyOnce(
        ConsilienceModule.class.getName());
    readsAndWritesClaims(mapper);
  }

  @Test
  void runsOnThePathThisRunIsFor() {
    boolean modulePath = Boolean.parseBoolean(System.getProperty("consilience.modulePath"));

    assertThat(ConsilienceModule.class.getModule().isNamed()).isEqualTo(modulePath);
    if (modulePath) {
      // On the module path META-INF/services is ignored: only 'provides' can supply the module.
      assertThat(ConsilienceModule.class.getModule().getName()).isEqualTo(
          "dev.consilience.jackson");
      assertThat(ConsilienceModule.class.getModule().getDescriptor().provides())
          .anySatisfy(p -> assertThat(p.providers()).contains(ConsilienceModule.class.getName()));
    }
    List<Module> found = ObjectMapper.findModules();
    assertThat(found).hasAtLeastOneElementOfType(ConsilienceModule.class);
  }

  @Test
  void theVersionComesFromTheBuild() throws IOException {
    Properties build = new Properties();
    try (InputStream in = ConsilienceModule.class.getResourceAsStream("version.properties")) {
      build.load(in);
    }
    Version version = new ConsilienceModule().version();

    assertThat(version.isUnknownVersion()).isFalse();
    assertThat(version.getGroupId()).isEqualTo("dev.consilience");
    assertThat(version.getArtifactId()).isEqualTo("consilience-jackson");
    assertThat(version.toString()).isEqualTo(build.getProperty("version"))
        .doesNotContain("${");
  }

  @Test
  void theModuleIsNamedAfterItsJpmsModule() {
    assertThat(new ConsilienceModule().getModuleName()).isEqualTo("dev.consilience.jackson");
  }
}
