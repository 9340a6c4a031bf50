package io.github.ddassets.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.testing.Spares;
import io.github.ddassets.core.testing.Triggers;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the rule tests complete: every rule about metadata.csv, service_checks.json or
 * manifest.json has a test marked {@link Triggers} and one marked {@link Spares}.
 */
class RuleCoverageTest {

  private static final List<String> RULE_TESTS =
      List.of(
          "io.github.ddassets.core.rules.MetadataRulesTest",
          "io.github.ddassets.core.rules.ServiceCheckRulesTest",
          "io.github.ddassets.core.rules.ServiceChecksLayoutTest",
          "io.github.ddassets.core.read.MetadataReaderTest",
          "io.github.ddassets.core.read.ServiceChecksReaderTest",
          "io.github.ddassets.core.read.IntegrationLoaderTest",
          "io.github.ddassets.core.rules.ManifestShapeRulesTest",
          "io.github.ddassets.core.rules.ManifestFieldRulesTest",
          "io.github.ddassets.core.rules.ManifestMediaRulesTest",
          "io.github.ddassets.core.rules.ManifestCrossFileRulesTest",
          "io.github.ddassets.core.rules.ApiIntegrationRulesTest",
          "io.github.ddassets.core.check.JmxCheckTest");

  private static final Set<Scope> FILE_SCOPES =
      EnumSet.of(Scope.METADATA, Scope.SERVICE_CHECKS, Scope.MANIFEST, Scope.JMX_METRICS);

  @Test
  void everyFileRule_hasATriggeringTest() throws ClassNotFoundException {
    assertThat(covered(method -> method.getAnnotation(Triggers.class), Triggers::value))
        .containsAll(fileRules());
  }

  @Test
  void everyFileRule_hasANearMissTest() throws ClassNotFoundException {
    assertThat(covered(method -> method.getAnnotation(Spares.class), Spares::value))
        .containsAll(fileRules());
  }

  @Test
  void fileScopes_holdTheExpectedNumberOfRules() {
    // 32 metadata rules, 19 service-check rules, 35 manifest rules and 15 metrics.yaml rules at
    // the time of writing: a new rule must come with its tests (this count and the two tests
    // above make that visible).
    assertThat(fileRules()).hasSize(101);
  }

  private static Set<Rule> fileRules() {
    return Arrays.stream(Rule.values())
        .filter(rule -> FILE_SCOPES.contains(rule.scope()))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
  }

  private static <A> Set<Rule> covered(Function<Method, A> annotation, Function<A, Rule[]> rule)
      throws ClassNotFoundException {
    Set<Rule> rules = EnumSet.noneOf(Rule.class);
    for (String name : RULE_TESTS) {
      Class<?> type = Class.forName(name);
      Stream.concat(Stream.of(type), Arrays.stream(type.getDeclaredClasses()))
          .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
          .map(annotation)
          .filter(a -> a != null)
          .map(rule)
          .flatMap(Arrays::stream)
          .forEach(rules::add);
    }
    return rules;
  }
}
