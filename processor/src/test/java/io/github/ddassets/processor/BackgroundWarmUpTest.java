package io.github.ddassets.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ddassets.processor.Compilations.allGenerated;
import static io.github.ddassets.processor.Compilations.compile;
import static io.github.ddassets.processor.Compilations.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.rules.RuleSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The warm-up: it runs its whole path, once, only when wanted, and changes no output. */
class BackgroundWarmUpTest {

  private static final JavaFileObject[] CHECK = {
    resource("config/AcmeCheck.java"),
    resource("config/AcmeInstance.java"),
    resource("config/AcmeMode.java")
  };

  @Test
  void theWarmUp_buildsTheFixedIntegrationAndGeneratesItsLoader() {
    // A failure in the warm-up is swallowed when it runs in the background: it is caught here.
    List<String> sources =
        BackgroundWarmUp.loaderSources(ConfigTemplates.builtIn(), RuleSet.standard());

    assertThat(sources).hasSize(2);
    assertThat(sources.get(0))
        .contains("package ddassets.warmup;")
        .contains("public final class WarmUpCheckConfigLoader")
        .contains("WarmUpCheck.Instance");
    assertThat(sources.get(1)).contains("final class WarmUpCheckConfigLoaderSupport");
  }

  @Test
  void theWarmUp_startsOncePerClassLoader_andNotWhenTurnedOff() throws InterruptedException {
    AtomicBoolean started = new AtomicBoolean();

    assertThat(BackgroundWarmUp.start(Map.of(ProcessorOptions.WARM_UP, "false"), started))
        .isEmpty();
    Optional<Thread> first = BackgroundWarmUp.start(Map.of(), started);
    Optional<Thread> second = BackgroundWarmUp.start(Map.of(), started);

    if (Runtime.getRuntime().availableProcessors() < 2) {
      assertThat(first).isEmpty(); // it could only compete with javac for the one processor
      return;
    }
    assertThat(first).hasValueSatisfying(thread -> assertThat(thread.isDaemon()).isTrue());
    assertThat(second).isEmpty();
    first.get().join();
  }

  @Test
  void aBuildRacingTheWarmUp_writesWhatABuildWithoutItWrites() throws InterruptedException {
    Compilation without = compile(List.of("-Addassets.warmUp=false"), CHECK);
    Optional<Thread> warmUp = BackgroundWarmUp.start(Map.of(), new AtomicBoolean());
    Compilation racing = compile(List.of(), CHECK);
    if (warmUp.isPresent()) {
      warmUp.get().join();
    }

    assertThat(without).succeededWithoutWarnings();
    assertThat(racing).succeededWithoutWarnings();
    assertThat(allGenerated(racing)).isEqualTo(allGenerated(without)).isNotEmpty();
  }

  @Test
  void aWarmUpOptionThatIsNotABoolean_isAnError() {
    Compilation compilation = compile(List.of("-Addassets.warmUp=maybe"), CHECK);

    assertThat(compilation).hadErrorContaining("-Addassets.warmUp=maybe is not true or false");
  }
}
