/**
 * JSON for Consilience: a Jackson 2 module that reads and writes every model type and writes every
 * result type, in the format documented in {@code docs/json-format.md} and shipped as the JSON
 * Schema resource {@code dev/consilience/jackson/consilience.schema.json} (see {@link
 * dev.consilience.jackson.ConsilienceModule#schemaResource()}).
 *
 * <p>Register {@link dev.consilience.jackson.ConsilienceModule} explicitly, or let {@code
 * ObjectMapper.findAndRegisterModules()} find it through the service it provides.
 */
module dev.consilience.jackson {
  requires transitive dev.consilience;
  requires transitive com.fasterxml.jackson.databind;

  exports dev.consilience.jackson;

  provides com.fasterxml.jackson.databind.Module with
      dev.consilience.jackson.ConsilienceModule;
}
