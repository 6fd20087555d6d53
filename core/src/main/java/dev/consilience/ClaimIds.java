package dev.consilience;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Derives a claim's id from its content; see {@link Claim}. */
final class ClaimIds {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  /** Ends a field. */
  private static final char FIELD = '\u001f';
  /**
   * Marks a {@link #FIELD} or an {@code ESCAPE} that is part of an id, so that an id holding
   * control characters cannot run into the next field. Ids without them, which is every id in
   * practice, are hashed as they are.
   */
  private static final char ESCAPE = '\u001b';
  /** Never updated: only cloned. */
  private static final MessageDigest SHA_256 = newSha256();

  private ClaimIds() {}

  static String derive(Claim claim) {
    StringBuilder content = new StringBuilder(128);
    appendId(content, claim.subject().id());
    content.append(FIELD);
    appendId(content, claim.source().id());
    content.append(FIELD);
    for (Relay relay : claim.relays()) {
      appendId(content, relay.source().id());
      content.append(':').append(relay.kind()).append(FIELD);
    }
    Range range = claim.quantity().range();
    Bound lower = range.lowerOrNull();
    if (lower == null) {
      content.append("(-inf");
    } else {
      content.append(lower.inclusive() ? '[' : '(').append(plain(lower.value()));
    }
    content.append(',');
    Bound upper = range.upperOrNull();
    if (upper == null) {
      content.append("+inf)");
    } else {
      content.append(plain(upper.value())).append(upper.inclusive() ? ']' : ')');
    }
    content.append(FIELD).append(claim.quantity().unit().code())
        .append(FIELD).append(claim.quantity().hedge())
        .append(FIELD);
    claim.statedOn().ifPresent(content::append);
    content.append(FIELD);
    claim.asOf().ifPresent(content::append);
    byte[] digest = sha256().digest(content.toString().getBytes(StandardCharsets.UTF_8));
    char[] id = new char[16];
    for (int i = 0; i < 8; i++) {
      id[2 * i] = HEX[(digest[i] >> 4) & 0xf];
      id[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return new String(id);
  }

  private static void appendId(StringBuilder content, String id) {
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == FIELD || c == ESCAPE) {
        content.append(ESCAPE);
      }
      content.append(c);
    }
  }

  private static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** A fresh digest: cloning one is several times cheaper than looking the algorithm up. */
  private static MessageDigest sha256() {
    try {
      return (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      return newSha256();
    }
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
