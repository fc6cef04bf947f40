package dev.etagfilter.sample.item;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What a valid item is. Every rule has its message here, so a client is told exactly what to fix:
 *
 * <ul>
 *   <li>{@code name}: required; 1 to 200 characters, not only spaces.
 *   <li>{@code color}, {@code size}: optional (absent or null means "not specified"); when given,
 *       1 to 200 characters, not only spaces.
 *   <li>{@code price}: required; a JSON number from 0 to 9999999999.99 with at most two decimals;
 *       stored exactly (NUMERIC) and sent with two decimals, {@code 12.5} becomes {@code 12.50}.
 *   <li>Text never contains control characters or unpaired surrogates: they cannot be shown or
 *       stored faithfully (PostgreSQL refuses U+0000).
 * </ul>
 */
public final class ItemRules {

  /** The most characters (code points) of a text field. */
  public static final int MAX_TEXT_LENGTH = 200;

  /** The most digits before the decimal point of a price. */
  public static final int MAX_PRICE_INTEGER_DIGITS = 10;

  /** The most digits after the decimal point of a price. */
  public static final int PRICE_SCALE = 2;

  private ItemRules() {}

  /** Checks a text field; adds at most one error for it. {@code null} is fine unless {@code required}. */
  public static void checkText(String field, String value, boolean required, List<Violation> errors) {
    if (value == null) {
      if (required) {
        errors.add(new Violation(field, "is required: send a string of 1 to " + MAX_TEXT_LENGTH + " characters"));
      }
      return;
    }
    if (value.isBlank()) {
      errors.add(new Violation(field, required
          ? "must not be empty or only spaces"
          : "must not be empty or only spaces (send null or leave it out to have no " + field + ")"));
    } else if (value.codePointCount(0, value.length()) > MAX_TEXT_LENGTH) {
      errors.add(new Violation(field, "is " + value.codePointCount(0, value.length())
          + " characters long; at most " + MAX_TEXT_LENGTH + " are allowed"));
    } else if (!isPrintable(value)) {
      errors.add(new Violation(field, "contains a control character or an unpaired surrogate; send plain text"));
    }
  }

  /** Checks a price; adds at most one error for it. */
  public static void checkPrice(BigDecimal price, List<Violation> errors) {
    if (price == null) {
      errors.add(new Violation("price", "is required: send a number such as 12.50"));
    } else if (price.signum() < 0) {
      errors.add(new Violation("price", "must be 0 or more, got " + price));
    } else if ((long) price.precision() - price.scale() > MAX_PRICE_INTEGER_DIGITS) {
      // Checked before any rescaling: 1e999999999 must not be expanded into a billion digits.
      errors.add(new Violation("price", "must be at most 9999999999.99"));
    } else if (price.signum() != 0 && price.stripTrailingZeros().scale() > PRICE_SCALE) {
      errors.add(new Violation("price", "has more than " + PRICE_SCALE + " decimals; send e.g. 12.50"));
    }
  }

  /** A valid price in the stored form: scale 2. */
  public static BigDecimal normalizePrice(BigDecimal price) {
    return price.setScale(PRICE_SCALE, RoundingMode.UNNECESSARY);
  }

  private static boolean isPrintable(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
