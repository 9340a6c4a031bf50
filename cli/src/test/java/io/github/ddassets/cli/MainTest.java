package io.github.ddassets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A run adds only the subcommand it names (reading a command's annotations is part of start-up);
 * everything that speaks of the other subcommands still sees them all.
 */
class MainTest {

  private static final String[] ALL = {
    "validate", "render", "verify", "sync", "import", "diff", "help", "generate-completion"
  };

  @Test
  void aRunOfOneSubcommand_addsThatSubcommandAlone() {
    assertThat(Main.commandLine("validate", "acme").getSubcommands()).containsOnlyKeys("validate");
    assertThat(Main.commandLine("diff", "a", "b").getSubcommands()).containsOnlyKeys("diff");
  }

  @Test
  void helpCompletionAndUnknownNames_seeEverySubcommand_inTheUsageOrder() {
    for (String[] args :
        new String[][] {{}, {"--help"}, {"help", "validate"}, {"generate-completion"}, {"valdate"}}) {
      assertThat(Main.commandLine(args).getSubcommands().keySet()).containsExactly(ALL);
    }
  }

  @Test
  void theUsageHelp_listsEverySubcommand() {
    CommandRun run = CommandRun.of("--help");
    assertThat(run.exitCode()).isZero();
    for (String name : ALL) {
      assertThat(run.out()).containsPattern("(?m)^  " + name + " ");
    }
  }

  @Test
  void aMisspeltSubcommand_isAnsweredWithTheNearestName() {
    CommandRun run = CommandRun.of("valdate", "acme");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("validate");
  }

  @Test
  void helpOfOneSubcommand_isThatSubcommandsUsage() {
    CommandRun run = CommandRun.of("help", "diff");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: ddassets diff");
  }
}
