package io.github.ddassets.core.rules;

import io.github.ddassets.core.model.JmxAttribute;
import io.github.ddassets.core.model.JmxFilter;
import io.github.ddassets.core.model.JmxProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names JMXFetch emits for one attribute entry of a {@code metrics.yaml} rule, worked
 * out without a JVM: the alias (or {@code jmx.<domain>.<attribute>}), its placeholders resolved from
 * what the rule itself fixes, then JMXFetch's name clean-up.
 *
 * <p>A placeholder can be resolved when the rule pins its value: {@code $attribute}; {@code $domain}
 * from {@code domain} or the domain of every {@code bean}; a bean property from a property filter
 * or from the {@code bean} names; {@code $1}, {@code $2}... from a {@code bean_regex} group that is
 * an alternation of literal texts, one name per alternative. Any other placeholder (such as {@code
 * $value}, or a group matching {@code .*}) stays open: the name is then a pattern.
 */
public final class JmxNames {

  /** The most names one attribute entry is expanded to; past it, the entry is a pattern. */
  static final int MAX_NAMES = 10_000;

  private static final Pattern FIRST_CAP = Pattern.compile("(.)([A-Z][a-z]+)");
  private static final Pattern ALL_CAP = Pattern.compile("([a-z0-9])([A-Z])");
  private static final Pattern REPLACED = Pattern.compile("([^a-zA-Z0-9_.]+)|(^[^a-zA-Z]+)");
  private static final Pattern DOT_UNDERSCORE = Pattern.compile("_*\\._*");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$[A-Za-z0-9_]+");
  private static final String OPEN = "zzjmxopenzz";

  private JmxNames() {}

  /**
   * JMXFetch's clean-up of every metric name: camelCase words split with {@code _}, lower case,
   * runs of characters other than letters, digits, {@code _} and {@code .} (and leading
   * non-letters) replaced by {@code _}, underscores around dots dropped.
   */
  public static String clean(String name) {
    String result = FIRST_CAP.matcher(name).replaceAll("$1_$2");
    result = ALL_CAP.matcher(result).replaceAll("$1_$2").toLowerCase(java.util.Locale.ROOT);
    result = REPLACED.matcher(result).replaceAll("_");
    return DOT_UNDERSCORE.matcher(result).replaceAll(".").trim();
  }

  /**
   * One name an attribute entry emits.
   *
   * @param written the name before the clean-up, placeholders resolved
   * @param name the name JMXFetch sends; for a pattern, with open placeholders as {@code *}
   * @param pattern empty for a name, else the regular expression the names fit
   */
  public record Emitted(String written, String name, Optional<Pattern> pattern) {

    /** Whether a metric name is this one, or fits this pattern. */
    public boolean matches(String metricName) {
      return pattern.map(p -> p.matcher(metricName).matches()).orElse(name.equals(metricName));
    }
  }

  /** The names an attribute entry of an include block emits, in a stable order. */
  public static List<Emitted> emitted(JmxFilter include, JmxAttribute attribute) {
    String template =
        attribute.alias().orElse("jmx.$domain." + attribute.name());
    Set<Emitted> names = new LinkedHashSet<>();
    for (Map<String, String> values : bindings(include, attribute)) {
      String written = substitute(template, values);
      names.add(toEmitted(written));
      if (names.size() > MAX_NAMES) {
        return List.of(toEmitted(template));
      }
    }
    return List.copyOf(names);
  }

  private static Emitted toEmitted(String written) {
    Matcher open = PLACEHOLDER.matcher(written);
    if (!open.find()) {
      return new Emitted(written, clean(written), Optional.empty());
    }
    String marked = PLACEHOLDER.matcher(written).replaceAll(OPEN);
    String cleaned = clean(marked);
    StringBuilder regex = new StringBuilder();
    int from = 0;
    for (int at = cleaned.indexOf(OPEN); at >= 0; at = cleaned.indexOf(OPEN, from)) {
      regex.append(Pattern.quote(cleaned.substring(from, at))).append("[a-z0-9_.]+");
      from = at + OPEN.length();
    }
    regex.append(Pattern.quote(cleaned.substring(from)));
    return new Emitted(
        written, cleaned.replace(OPEN, "*"), Optional.of(Pattern.compile(regex.toString())));
  }

  /** JMXFetch's plain replacement: bean properties and groups first, then attribute and domain. */
  private static String substitute(String template, Map<String, String> values) {
    String result = template;
    for (Map.Entry<String, String> value : values.entrySet()) {
      if (!value.getKey().equals("attribute") && !value.getKey().equals("domain")) {
        result = result.replace("$" + value.getKey(), value.getValue());
      }
    }
    if (values.containsKey("attribute")) {
      result = result.replace("$attribute", values.get("attribute"));
    }
    if (values.containsKey("domain")) {
      result = result.replace("$domain", values.get("domain"));
    }
    return result;
  }

  /**
   * Every combination of placeholder values the rule pins: one per bean name (or one without),
   * times one per value of each property filter, times one per alternative of each regex group.
   * Longer keys come first, so that {@code $10} is replaced before {@code $1}.
   */
  private static List<Map<String, String>> bindings(JmxFilter include, JmxAttribute attribute) {
    List<Map<String, String>> result = new ArrayList<>();
    List<Optional<String>> beans =
        include.beans().isEmpty()
            ? List.of(Optional.empty())
            : include.beans().stream().map(Optional::of).toList();
    for (Optional<String> bean : beans) {
      Map<String, String> fixed = new LinkedHashMap<>();
      bean.ifPresent(name -> fixed.putAll(beanProperties(name)));
      include.domain().ifPresent(domain -> fixed.put("domain", domain));
      bean.filter(name -> name.indexOf(':') > 0)
          .ifPresent(name -> fixed.putIfAbsent("domain", name.substring(0, name.indexOf(':'))));
      fixed.put("attribute", attribute.name());
      List<Map<String, String>> partial = List.of(fixed);
      for (JmxProperty property : include.properties()) {
        partial = expand(partial, property.name(), property.values().stream().map(String::valueOf).toList());
      }
      List<Map<String, String>> withGroups = new ArrayList<>();
      if (include.beanRegexes().isEmpty()) {
        withGroups.addAll(partial);
      }
      for (String regex : include.beanRegexes()) {
        List<Map<String, String>> expanded = partial;
        List<List<String>> groups = RegexGroups.literalAlternatives(regex);
        for (int group = 1; group <= groups.size(); group++) {
          if (!groups.get(group - 1).isEmpty()) {
            expanded = expand(expanded, Integer.toString(group), groups.get(group - 1));
          }
        }
        withGroups.addAll(expanded);
      }
      for (Map<String, String> binding : withGroups) {
        result.add(longestKeysFirst(binding));
        if (result.size() > MAX_NAMES) {
          return result;
        }
      }
    }
    return result;
  }

  private static List<Map<String, String>> expand(
      List<Map<String, String>> partial, String key, List<String> values) {
    if (values.isEmpty()) {
      return partial;
    }
    List<Map<String, String>> result = new ArrayList<>();
    for (Map<String, String> binding : partial) {
      for (String value : values) {
        Map<String, String> next = new LinkedHashMap<>(binding);
        next.put(key, value);
        result.add(next);
        if (result.size() > MAX_NAMES) {
          return result;
        }
      }
    }
    return result;
  }

  private static Map<String, String> longestKeysFirst(Map<String, String> binding) {
    Map<String, String> sorted = new LinkedHashMap<>();
    binding.entrySet().stream()
        .sorted(
            java.util.Comparator.<Map.Entry<String, String>>comparingInt(e -> -e.getKey().length())
                .thenComparing(Map.Entry::getKey))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** The key properties of a bean name {@code domain:k1=v1,k2=v2}, as JMXFetch splits them. */
  static Map<String, String> beanProperties(String bean) {
    Map<String, String> properties = new LinkedHashMap<>();
    int colon = bean.indexOf(':');
    if (colon < 0) {
      return properties;
    }
    for (String pair : bean.substring(colon + 1).split(",")) {
      String[] parts = pair.split("=");
      properties.put(parts[0], parts.length > 1 ? parts[1] : "");
    }
    return properties;
  }
}
