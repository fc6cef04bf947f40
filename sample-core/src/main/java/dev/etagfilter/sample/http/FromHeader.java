package dev.etagfilter.sample.http;

import java.util.regex.Pattern;

/**
 * Who makes a write, as the request says in {@code From} (RFC 9110
 * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.1.2">10.1.2</a>: "an Internet email
 * address for a human user who controls the requesting user agent", a {@code mailbox} of RFC 5322
 * 3.4). The history keeps it with the version the write made. It is informational: nothing is
 * authenticated, and a request without it is recorded without a name.
 *
 * <p>Accepted: {@code alice@example.com} or {@code Alice Example <alice@example.com>}, up to 200
 * characters without control characters; anything else is a 400 problem, so the history never
 * keeps text a person cannot read back.
 */
final class FromHeader {

  /** The request header (RFC 9110 10.1.2). */
  static final String NAME = "From";

  private static final int MAX_LENGTH = 200;

  /** addr-spec, loosely: a local part and a domain without spaces, angle brackets or a second '@'. */
  private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>\"]+@[^\\s@<>\"]+");

  private FromHeader() {}

  /**
   * The author a {@code From} value names, trimmed; null when the request sent none.
   *
   * @throws ProblemException 400 when the value is not a mailbox
   */
  static String author(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String mailbox = value.strip();
    if (mailbox.length() > MAX_LENGTH || mailbox.codePoints().anyMatch(Character::isISOControl)
        || !ADDRESS.matcher(addressOf(mailbox)).matches()) {
      throw ProblemException.badRequest("The From header must be the email address of the person making the change"
          + " (RFC 9110 10.1.2), up to " + MAX_LENGTH + " characters: send e.g. From: alice@example.com or"
          + " From: Alice Example <alice@example.com>, or leave it out.");
    }
    return mailbox;
  }

  /** The address of a mailbox: what is inside {@code <...>} of a name-addr, else all of it. */
  private static String addressOf(String mailbox) {
    int open = mailbox.lastIndexOf('<');
    if (open >= 0 && mailbox.endsWith(">")) {
      return mailbox.substring(open + 1, mailbox.length() - 1);
    }
    return mailbox;
  }
}
