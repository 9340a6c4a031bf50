package io.github.ddassets.core.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a project turns off or reports at another severity than the profile's, as {@code --rule
 * metadata-short-name-empty=off} or a {@code [rules]} table of {@code .ddassets.toml} says. A
 * repository that carries debt, or that disagrees with one of Datadog's documented conventions,
 * settles it here once instead of reading the same findings in every run.
 *
 * <p>A level set for a rule applies whatever the profile: setting a {@code strict} rule to {@code
 * warning} under {@code ddev} turns it on there.
 *
 * @param levels the level of each rule the project set
 */
public record RulePolicy(Map<Rule, RuleLevel> levels) {

  /** Every rule as its profile says. */
  public static final RulePolicy NONE = new RulePolicy(Map.of());

  public RulePolicy {
    levels = levels.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(levels));
  }

  /**
   * A policy read from {@code id=level} settings, and why some were not accepted.
   *
   * @param policy the accepted settings
   * @param problems one sentence for each setting that names no rule or no level
   */
  public record Parsed(RulePolicy policy, List<String> problems) {
    public Parsed {
      problems = List.copyOf(problems);
    }
  }

  /** The policy that turns the given rules off (what {@code ddassets.suppress} lists). */
  public static RulePolicy off(Set<Rule> rules) {
    Map<Rule, RuleLevel> levels = new EnumMap<>(Rule.class);
    for (Rule rule : rules) {
      levels.put(rule, RuleLevel.OFF);
    }
    return new RulePolicy(levels);
  }

  /**
   * Reads settings such as {@code metadata-short-name-empty=off}; ids are matched ignoring case.
   *
   * @param settings {@code id=level} items; empty items are ignored
   */
  public static Parsed parse(List<String> settings) {
    Map<String, String> pairs = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (String setting : settings) {
      if (setting.isBlank()) {
        continue;
      }
      int equals = setting.indexOf('=');
      if (equals < 0) {
        problems.add("`" + setting.trim() + "` is not <rule-id>=off|warning|error");
        continue;
      }
      pairs.put(setting.substring(0, equals), setting.substring(equals + 1));
    }
    Parsed parsed = of(pairs);
    problems.addAll(parsed.problems());
    return new Parsed(parsed.policy(), problems);
  }

  /**
   * Reads a map of rule ids to levels, as a {@code [rules]} table holds them.
   *
   * @param settings rule id to {@code off}, {@code warning} or {@code error}
   */
  public static Parsed of(Map<String, String> settings) {
    Map<Rule, RuleLevel> levels = new EnumMap<>(Rule.class);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> setting : settings.entrySet()) {
      String id = setting.getKey().trim().toLowerCase(Locale.ROOT);
      String value = setting.getValue();
      Optional<Rule> rule = RuleIds.find(id);
      Optional<RuleLevel> level = RuleLevel.parse(value);
      if (rule.isEmpty()) {
        problems.add(RuleIds.unknown(id));
      } else if (level.isEmpty()) {
        problems.add(
            "`" + value.trim() + "` is not a level for " + id + ": use off, warning or error");
      } else {
        levels.put(rule.get(), level.get());
      }
    }
    return new Parsed(new RulePolicy(levels), problems);
  }

  /**
   * This policy with the levels of {@code other} added, {@code other} winning for a rule both set.
   */
  public RulePolicy overriddenBy(RulePolicy other) {
    Map<Rule, RuleLevel> merged = new EnumMap<>(Rule.class);
    merged.putAll(levels);
    merged.putAll(other.levels);
    return new RulePolicy(merged);
  }

  /**
   * The severity a rule's findings have, or empty when they are left out: the level the project
   * set, else the profile's severity when the profile enables the rule.
   */
  public Optional<Severity> severity(Rule rule, Profile profile) {
    RuleLevel level = levels.get(rule);
    if (level == null) {
      return rule.isEnabledUnder(profile)
          ? Optional.of(rule.severityUnder(profile))
          : Optional.empty();
    }
    return switch (level) {
      case OFF -> Optional.empty();
      case WARNING -> Optional.of(Severity.WARNING);
      case ERROR -> Optional.of(Severity.ERROR);
    };
  }

  /**
   * Why this policy cannot apply to a build that writes files: turning off or down an error of the
   * {@code ddev} profile, which ddev validate or the generated code would refuse all the same (see
   * {@link Rule#isSuppressible()}). One sentence a rule; empty when the policy is fine.
   */
  public List<String> refusedInBuilds() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<Rule, RuleLevel> entry : levels.entrySet()) {
      Rule rule = entry.getKey();
      RuleLevel level = entry.getValue();
      if (level != RuleLevel.ERROR && !rule.isSuppressible()) {
        problems.add(
            "`"
                + rule.id()
                + "="
                + level.id()
                + "` is not allowed in a build: "
                + rule.id()
                + " is an error of the ddev profile, which ddev validate or the generated code"
                + " would refuse all the same");
      }
    }
    problems.sort(null);
    return problems;
  }
}
