package io.github.ddassets.core.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The unit names authors abbreviate, with the Datadog unit each stands for: {@code sec} means
 * {@code second}, although {@code set} is closer in spelling. {@link Units#closest} looks here
 * before it measures edit distance.
 *
 * <p>Byte and bit sizes are case-sensitive, as written in networking and storage ({@code B} is a
 * byte, {@code b} a bit, {@code KB} a kilobyte, {@code Kb} a kilobit); every other abbreviation is
 * matched ignoring case. Every unit named here is one of Datadog's (a test checks them against the
 * reference list).
 */
final class UnitAbbreviations {

  /** Sizes: {@code B} is a byte and {@code b} a bit, so case decides. */
  private static final Map<String, String> SIZES =
      Map.ofEntries(
          Map.entry("B", "byte"),
          Map.entry("b", "bit"),
          Map.entry("KB", "kilobyte"),
          Map.entry("kB", "kilobyte"),
          Map.entry("Kb", "kilobit"),
          Map.entry("kb", "kilobit"),
          Map.entry("MB", "megabyte"),
          Map.entry("Mb", "megabit"),
          Map.entry("GB", "gigabyte"),
          Map.entry("Gb", "gigabit"),
          Map.entry("TB", "terabyte"),
          Map.entry("Tb", "terabit"),
          Map.entry("PB", "petabyte"),
          Map.entry("Pb", "petabit"),
          Map.entry("EB", "exabyte"),
          Map.entry("Eb", "exabit"),
          Map.entry("KiB", "kibibyte"),
          Map.entry("MiB", "mebibyte"),
          Map.entry("GiB", "gibibyte"),
          Map.entry("TiB", "tebibyte"),
          Map.entry("PiB", "pebibyte"),
          Map.entry("EiB", "exbibyte"),
          Map.entry("mW", "milliwatt"),
          Map.entry("MW", "megawatt"),
          Map.entry("mV", "millivolt"),
          Map.entry("mA", "milliampere"));

  /** Every other abbreviation, in lower case. */
  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("ns", "nanosecond"),
          Map.entry("nsec", "nanosecond"),
          Map.entry("us", "microsecond"),
          Map.entry("\u00b5s", "microsecond"),
          Map.entry("usec", "microsecond"),
          Map.entry("ms", "millisecond"),
          Map.entry("msec", "millisecond"),
          Map.entry("millis", "millisecond"),
          Map.entry("s", "second"),
          Map.entry("sec", "second"),
          Map.entry("secs", "second"),
          Map.entry("min", "minute"),
          Map.entry("mins", "minute"),
          Map.entry("h", "hour"),
          Map.entry("hr", "hour"),
          Map.entry("hrs", "hour"),
          Map.entry("d", "day"),
          Map.entry("wk", "week"),
          Map.entry("pct", "percent"),
          Map.entry("%", "percent"),
          Map.entry("req", "request"),
          Map.entry("reqs", "request"),
          Map.entry("conn", "connection"),
          Map.entry("conns", "connection"),
          Map.entry("msg", "message"),
          Map.entry("msgs", "message"),
          Map.entry("op", "operation"),
          Map.entry("ops", "operation"),
          Map.entry("err", "error"),
          Map.entry("errs", "error"),
          Map.entry("evt", "event"),
          Map.entry("pkt", "packet"),
          Map.entry("pkts", "packet"),
          Map.entry("txn", "transaction"),
          Map.entry("tx", "transaction"),
          Map.entry("proc", "process"),
          Map.entry("cores", "core"),
          Map.entry("hz", "hertz"),
          Map.entry("khz", "kilohertz"),
          Map.entry("mhz", "megahertz"),
          Map.entry("ghz", "gigahertz"),
          Map.entry("w", "watt"),
          Map.entry("kw", "kilowatt"),
          Map.entry("v", "volt"),
          Map.entry("j", "joule"),
          Map.entry("kj", "kilojoule"),
          Map.entry("celsius", "degree celsius"),
          Map.entry("\u00b0c", "degree celsius"),
          Map.entry("fahrenheit", "degree fahrenheit"),
          Map.entry("\u00b0f", "degree fahrenheit"),
          Map.entry("usd", "dollar"),
          Map.entry("eur", "euro"));

  private UnitAbbreviations() {}

  /** The unit an abbreviation stands for, if it is one this table knows. */
  static Optional<String> unitFor(String abbreviation) {
    String size = SIZES.get(abbreviation);
    if (size != null) {
      return Optional.of(size);
    }
    return Optional.ofNullable(WORDS.get(abbreviation.toLowerCase(Locale.ROOT)));
  }

  /** Every abbreviation with its unit, for tests. */
  static Map<String, String> all() {
    Map<String, String> all = new TreeMap<>(WORDS);
    all.putAll(SIZES);
    return all;
  }
}
