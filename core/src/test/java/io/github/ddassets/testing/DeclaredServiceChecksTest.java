package io.github.ddassets.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeclaredServiceChecksTest {

  static final String SERVICE_CHECKS =
      """
      [
        {"agent_version": "7.50.0", "integration": "Acme", "check": "acme.can_connect",
         "statuses": ["ok", "critical"], "groups": ["host", "port"],
         "name": "Acme can connect", "description": "Returns CRITICAL when Acme is unreachable."},
        {"agent_version": "7.50.0", "integration": "Acme", "check": "acme.replication",
         "statuses": ["ok", "warning", "critical"], "groups": [],
         "name": "Acme replication", "description": "Returns WARNING when replicas lag."}
      ]
      """;

  static final DeclaredServiceChecks DECLARED =
      DeclaredServiceChecks.parse(SERVICE_CHECKS, "service_checks.json");

  private static SubmittedServiceCheck check(String name, int status, String... tags) {
    return new SubmittedServiceCheck(name, status, List.of(tags), "");
  }

  @Test
  void names_areTheDeclaredChecks() {
    assertThat(DECLARED.names()).containsExactly("acme.can_connect", "acme.replication");
  }

  @Test
  void declaredSubmissions_areClean() {
    ServiceCheckReport report =
        DECLARED.compareSymmetric(
            List.of(
                check("acme.can_connect", SubmittedServiceCheck.OK, "host:a", "port:1"),
                check("acme.replication", 1)),
            Set.of());

    assertThat(report.clean()).as(report.describe()).isTrue();
    assertThat(report.describe()).isEqualTo("no differences");
  }

  @Test
  void undeclaredCheckStatusAndGroup_areReported() {
    ServiceCheckReport report =
        DECLARED.compare(
            List.of(
                check("acme.can_connect", 1, "host:a"),
                check("acme.disk", SubmittedServiceCheck.CRITICAL)));

    assertThat(report.clean()).isFalse();
    assertThat(report.undeclared()).containsExactly("acme.disk");
    assertThat(report.undeclaredStatuses())
        .containsExactly("acme.can_connect: reported warning, declared [ok, critical]");
    assertThat(report.missingGroups())
        .containsExactly("acme.can_connect: no `port` tag in [host:a]");
    assertThat(report.neverEmitted()).as("one-way comparison").isEmpty();
    assertThat(report.describe())
        .isEqualTo(
            """
            submitted but not declared in service_checks.json (1):
              acme.disk
            statuses not declared (1):
              acme.can_connect: reported warning, declared [ok, critical]
            declared groups missing (1):
              acme.can_connect: no `port` tag in [host:a]\
            """);
  }

  @Test
  void hostGroup_needsNoTag_becauseTheAgentGivesEveryCheckItsHost() {
    assertThat(DECLARED.compare(List.of(check("acme.can_connect", 0, "port:1"))).clean()).isTrue();
    assertThat(DECLARED.compare(List.of(check("acme.can_connect", 0, "host:a"))).missingGroups())
        .containsExactly("acme.can_connect: no `port` tag in [host:a]");
  }

  @Test
  void symmetric_reportsDeclaredChecksNeverSubmitted_exceptAllowedOnes() {
    List<SubmittedServiceCheck> onlyConnect =
        List.of(check("acme.can_connect", SubmittedServiceCheck.OK, "host:a", "port:1"));

    assertThat(DECLARED.compareSymmetric(onlyConnect, Set.of()).neverEmitted())
        .containsExactly("acme.replication");
    assertThat(DECLARED.compareSymmetric(onlyConnect, Set.of("acme.replication")).clean()).isTrue();
    assertThatThrownBy(() -> DECLARED.compareSymmetric(onlyConnect, Set.of("acme.replica")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "allowed-missing service checks not declared in service_checks.json: acme.replica");
  }

  @Test
  void unreadableFile_saysWhere() {
    assertThatThrownBy(() -> DeclaredServiceChecks.parse("[\n  {\"check\": }\n]", "sc.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("sc.json:2:");
  }

  @Test
  void fromClasspath_namesTheMissingResource() {
    assertThatThrownBy(() -> DeclaredServiceChecks.fromClasspath("no_such_integration"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "META-INF/datadog/no_such_integration/assets/service_checks.json is not on the class"
                + " path");
  }
}
