package dev.consilience.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.consilience.Claim;
import dev.consilience.Credibility;
import dev.consilience.Hedge;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Rank;
import dev.consilience.Relay;
import dev.consilience.RelayKind;
import dev.consilience.Reliability;
import dev.consilience.Source;
import dev.consilience.SourceKind;
import dev.consilience.Subject;
import dev.consilience.TimeSpan;
import dev.consilience.Trend;
import dev.consilience.Unit;
import dev.consilience.discovery.SourceWeight;
import dev.consilience.discovery.SourceWeights;
import dev.consilience.reconcile.Conflict;
import dev.consilience.reconcile.Exclusion;
import dev.consilience.reconcile.Reconciliation;
import dev.consilience.reconcile.Verdict;
import dev.consilience.reconcile.Voice;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import java.util.Properties;

/**
 * The Jackson 2 module for Consilience: reads and writes every model type, and writes the results
 * of reconciliation ({@code Reconciliation}, {@code Voice}, {@code Conflict}, {@code Exclusion})
 * and learned source weights ({@code SourceWeights}, {@code SourceWeight}), in the format of
 * {@code docs/json-format.md}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ConsilienceModule());
 * String json = mapper.writeValueAsString(claim);
 * Claim back = mapper.readValue(json, Claim.class);
 * }</pre>
 *
 * <p>The module is also found by {@code ObjectMapper.findAndRegisterModules()}, through {@code
 * META-INF/services} on the class path and {@code provides} in {@code module-info} on the module
 * path.
 *
 * <p>Ranges follow the Elasticsearch convention ({@code {"gte":3800,"lte":4000}}); numbers are
 * exact and keep their scale; time spans are ISO strings; enums are lower-case strings; absent
 * optional values are left out. Enums, units, time spans and ranges may also be the keys of maps,
 * and every value carries a type id where a property asks for one ({@code @JsonTypeInfo}). Bad
 * input fails with a {@link com.fasterxml.jackson.databind.JsonMappingException} (or subclass)
 * whose message starts with the JSON path of the problem, also for a broken stream read
 * constraint within a model value or between the elements of a container of model values; the
 * parser's own errors where Jackson reads the token itself (malformed JSON, a limit broken by a
 * root value) stay Jackson's. The serializers and deserializers are written over the streaming
 * API: no annotations, no reflection into the model, no default typing.
 *
 * <p>Instances hold no state beyond their registrations and may be shared between mappers.
 */
public final class ConsilienceModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final String SCHEMA = "consilience.schema.json";
  private static final Version VERSION = readVersion();

  /** Creates the module with every serializer and deserializer registered. */
  public ConsilienceModule() {
    super("dev.consilience.jackson", VERSION);
    ModelDeserializers deserializers = new ModelDeserializers();
    ModelKeyDeserializers keyDeserializers = new ModelKeyDeserializers();
    setDeserializers(deserializers);
    setKeyDeserializers(keyDeserializers);
    setDeserializerModifier(new ContainerModifier(deserializers, keyDeserializers));
    addSerializer(Range.class, RangeSerializer.INSTANCE);
    addDeserializer(Range.class, RangeDeserializer.INSTANCE);
    addMapKey(Range.class, "range", Range::parse);
    addSerializer(Unit.class, UnitSerializer.INSTANCE);
    addDeserializer(Unit.class, UnitDeserializer.INSTANCE);
    addMapKey(Unit.class, "unit", Unit::of);
    addSerializer(Quantity.class, QuantitySerializer.INSTANCE);
    addDeserializer(Quantity.class, QuantityDeserializer.INSTANCE);
    addSerializer(TimeSpan.class, TimeSpanSerializer.INSTANCE);
    addDeserializer(TimeSpan.class, TimeSpanDeserializer.INSTANCE);
    addMapKey(TimeSpan.class, "time span", TimeSpan::parse);
    addSerializer(Subject.class, SubjectSerializer.INSTANCE);
    addDeserializer(Subject.class, SubjectDeserializer.INSTANCE);
    addSerializer(Source.class, SourceSerializer.INSTANCE);
    addDeserializer(Source.class, SourceDeserializer.INSTANCE);
    addSerializer(Relay.class, RelaySerializer.INSTANCE);
    addDeserializer(Relay.class, RelayDeserializer.INSTANCE);
    addSerializer(Claim.class, ClaimSerializer.INSTANCE);
    addDeserializer(Claim.class, ClaimDeserializer.INSTANCE);
    addLowerCaseEnum(Hedge.class);
    addLowerCaseEnum(Trend.class);
    addLowerCaseEnum(SourceKind.class);
    addLowerCaseEnum(Reliability.class);
    addLowerCaseEnum(RelayKind.class);
    addLowerCaseEnum(Credibility.class);
    addLowerCaseEnum(Rank.class);
    // Results are written, never read: a reconciliation is computed from claims, not given.
    addSerializer(Reconciliation.class, ReconciliationSerializer.INSTANCE);
    addSerializer(Voice.class, VoiceSerializer.INSTANCE);
    addSerializer(Conflict.class, ConflictSerializer.INSTANCE);
    addSerializer(Exclusion.class, ExclusionSerializer.INSTANCE);
    addLowerCaseEnum(Verdict.class);
    addLowerCaseEnum(Conflict.Kind.class);
    addLowerCaseEnum(Exclusion.Reason.class);
    // So are learned source weights: a report of what was learned.
    addSerializer(SourceWeights.class, SourceWeightsSerializer.INSTANCE);
    addSerializer(SourceWeight.class, SourceWeightSerializer.INSTANCE);
  }

  private <E extends Enum<E>> void addLowerCaseEnum(Class<E> type) {
    LowerCaseEnumDeserializer<E> deserializer = new LowerCaseEnumDeserializer<>(type);
    addSerializer(type, new LowerCaseEnumSerializer<>(type));
    addDeserializer(type, deserializer);
    addMapKey(type, deserializer.what(), deserializer::valueOf);
  }

  /** Lets values of the type be the keys of maps, written and read as text. */
  private <T> void addMapKey(Class<T> type, String what, MapKeyDeserializer.Reader<T> reader) {
    addKeySerializer(type, MapKeySerializer.INSTANCE);
    addKeyDeserializer(type, new MapKeyDeserializer<>(type, what, reader));
  }

  /**
   * The JSON Schema (draft 2020-12) of the format, shipped in this module as the resource {@code
   * dev/consilience/jackson/consilience.schema.json}; its {@code $defs} hold one schema per type.
   *
   * @return the schema's location, readable with {@link URL#openStream()}
   */
  public static URL schemaResource() {
    return Objects.requireNonNull(ConsilienceModule.class.getResource(SCHEMA), SCHEMA);
  }

  /** The id under which Jackson tells this module from others, so it registers once. */
  @Override
  public Object getTypeId() {
    return ConsilienceModule.class.getName();
  }

  private static Version readVersion() {
    Properties build = new Properties();
    try (InputStream in = ConsilienceModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      build.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(
        build.getProperty("version"), build.getProperty("groupId"),
        build.getProperty("artifactId"));
  }
}
