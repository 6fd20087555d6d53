package dev.consilience;

import java.util.Optional;
import org.apache.commons.lang3.StringUtils;

/** Argument checks shared by the model's values; messages name the attribute. */
final class Checks {
  private Checks() {}

  static void notBlank(String value, String attribute) {
    if (StringUtils.isBlank(value)) {
      throw new IllegalArgumentException(attribute + " is blank: '" + value + "'");
    }
  }

  static void notBlank(Optional<String> value, String attribute) {
    value.ifPresent(v -> notBlank(v, attribute));
  }
}
