package io.github.ddassets.core.yaml;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's text for a float: {@code repr(x)}, and the scalar PyYAML's {@code represent_float}
 * builds from it.
 *
 * <p>{@link Double#toString} cannot stand in for {@code repr}: it uses exponent form from 1e7 on
 * ({@code 1.0E7}), and even on JDK 19+ it never prints a single significant digit ({@code 4.9E-324}
 * where Python prints {@code 5e-324}). The digits here are the shortest decimal that reads back as
 * the same double, the closest one when several have that length, as CPython's {@code dtoa} mode 0
 * picks them.
 */
public final class PythonFloats {

  private static final int MAX_DIGITS = 17;

  private PythonFloats() {}

  /**
   * PyYAML's {@code represent_float}: {@code .nan}, {@code .inf}, {@code -.inf}, else {@code
   * repr(x).lower()} with {@code .0} put before an exponent that has no fraction ({@code 1e+20}
   * becomes {@code 1.0e+20}) so that the text still resolves as a YAML 1.1 float.
   */
  static String yamlText(double value) {
    if (Double.isNaN(value)) {
      return ".nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? ".inf" : "-.inf";
    }
    String repr = repr(value);
    return repr.indexOf('.') < 0 && repr.indexOf('e') >= 0 ? repr.replaceFirst("e", ".0e") : repr;
  }

  /**
   * Python's {@code repr(float)}: positional between 1e-4 and 1e16 ({@code 0.0001}, {@code
   * 1000000000000000.0}), exponent form outside ({@code 1e-05}, {@code 1e+16}).
   */
  public static String repr(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    String sign = (Double.doubleToRawLongBits(value) < 0) ? "-" : "";
    if (value == 0) {
      return sign + "0.0";
    }
    BigDecimal shortest = shortest(Math.abs(value));
    String digits = shortest.unscaledValue().toString();
    // Python's decpt: the value is 0.<digits> times 10 to the power decpt.
    int decpt = digits.length() - shortest.scale();
    if (decpt <= -4 || decpt > 16) {
      String mantissa =
          digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      int exponent = decpt - 1;
      String expDigits = String.valueOf(Math.abs(exponent));
      return sign
          + mantissa
          + (exponent < 0 ? "e-" : "e+")
          + (expDigits.length() < 2 ? "0" : "")
          + expDigits;
    }
    if (decpt <= 0) {
      return sign + "0." + "0".repeat(-decpt) + digits;
    }
    if (decpt >= digits.length()) {
      return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
    }
    return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
  }

  /** The shortest decimal that parses back to {@code value} (positive, finite), no trailing 0s. */
  private static BigDecimal shortest(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int precision = 1; precision <= MAX_DIGITS; precision++) {
      BigDecimal below = exact.round(new MathContext(precision, RoundingMode.DOWN));
      BigDecimal above = exact.round(new MathContext(precision, RoundingMode.UP));
      boolean belowReadsBack = readsBackAs(below, value);
      boolean aboveReadsBack = readsBackAs(above, value);
      if (belowReadsBack && aboveReadsBack) {
        return closer(exact, below, above).stripTrailingZeros();
      }
      if (belowReadsBack || aboveReadsBack) {
        return (belowReadsBack ? below : above).stripTrailingZeros();
      }
    }
    return exact.round(new MathContext(MAX_DIGITS, RoundingMode.HALF_EVEN)).stripTrailingZeros();
  }

  private static boolean readsBackAs(BigDecimal candidate, double value) {
    return Double.parseDouble(candidate.toString()) == value;
  }

  /** The candidate nearer to the exact value; on a tie, the one whose last digit is even. */
  private static BigDecimal closer(BigDecimal exact, BigDecimal below, BigDecimal above) {
    int comparison = exact.subtract(below).compareTo(above.subtract(exact));
    if (comparison != 0) {
      return comparison < 0 ? below : above;
    }
    return below.unscaledValue().testBit(0) ? above : below;
  }
}
