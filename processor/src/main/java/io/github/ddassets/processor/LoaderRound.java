package io.github.ddassets.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.github.ddassets.core.build.AssetBuild;
import io.github.ddassets.core.build.ConfigurationOutcome;
import io.github.ddassets.core.build.ConfiguredIntegration;
import io.github.ddassets.core.build.SourceSnapshot;
import io.github.ddassets.core.declare.ConfigDeclaration;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.annotation.processing.Filer;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Generates the configuration loaders of the types seen in one round.
 *
 * <p>Loaders are Java sources, and a source created in the last round is not compiled without a
 * warning, so they are generated during the round that declares the configuration rather than when
 * processing is over. The round's integrations and configuration go through the same checks as in
 * the final build (metrics, service checks and manifests wait for it); a loader is generated only
 * when they report no error (the final build then reports the errors, with positions).
 */
final class LoaderRound {

  private final Supplier<SourceCollector> collectors;
  private final AssetBuild build;
  private final SourceSnapshot previous;
  private final CompiledSources compiled;
  private final boolean recreatesClasses;
  private final Set<String> generated = new HashSet<>();
  private final Map<String, String> digests = new TreeMap<>();
  private final List<Finding> missingSnakeYaml = new ArrayList<>();

  /** The class the generated loaders read YAML with, which must be on the compile class path. */
  static final String SNAKEYAML = "org.yaml.snakeyaml.Yaml";

  /**
   * @param collectors makes a collector for each round
   * @param build checks the round's configuration
   * @param previous the previous build's snapshot, with the digest of each loader it generated
   * @param compiled the types compiled from source in this compilation
   * @param recreatesClasses whether the host lets a processor generate a source for a type that is
   *     already on the class path (javac does; ECJ refuses)
   */
  LoaderRound(
      Supplier<SourceCollector> collectors,
      AssetBuild build,
      SourceSnapshot previous,
      CompiledSources compiled,
      boolean recreatesClasses) {
    this.collectors = collectors;
    this.build = build;
    this.previous = previous;
    this.compiled = compiled;
    this.recreatesClasses = recreatesClasses;
  }

  /**
   * The digest of every loader this compilation generated or found current, with the previous
   * build's for the loaders whose class still exists.
   */
  Map<String, String> digests(SourceSnapshot previous, Elements elements) {
    Map<String, String> all = new TreeMap<>();
    for (Map.Entry<String, String> loader : previous.loaders().entrySet()) {
      if (elements.getTypeElement(loader.getKey()) != null) {
        all.put(loader.getKey(), loader.getValue());
      }
    }
    all.putAll(digests);
    return all;
  }

  void generate(
      RoundEnvironment round,
      Set<? extends TypeElement> annotations,
      Elements elements,
      Filer filer)
      throws IOException {
    if (!declaresConfig(annotations)) {
      return; // most rounds, and every round of a check without configuration types
    }
    SourceCollector collector = collectors.get();
    collector.remember(round, annotations);
    // collect() also reads the check classes the round's configuration names but does not
    // compile: the integrations it belongs to may have been declared earlier.
    collector.collect(elements);
    if (collector.config().configs().isEmpty()) {
      return;
    }
    ConfigurationOutcome outcome = build.configurations(collector.declarations());
    LoaderGenerator generator = new LoaderGenerator(elements);
    for (ConfiguredIntegration configured : outcome.configured()) {
      boolean typed =
          configured.declared().initConfig().isPresent()
              || configured.declared().instances().isPresent();
      if (typed && generated.add(configured.checkClass())) {
        if (elements.getTypeElement(SNAKEYAML) == null) {
          // Without it the loader would not compile: one finding here instead of dozens there.
          missingSnakeYaml.add(
              Rule.SOURCE_LOADER_DEPENDENCY.at(configurationOrigin(configured), SNAKEYAML));
          continue;
        }
        write(generator.loader(configured, originating(configured, elements)), elements, filer);
      }
    }
  }

  /** Whether the round's annotations include {@code @InitConfig} or {@code @InstanceConfig}. */
  private static boolean declaresConfig(Set<? extends TypeElement> annotations) {
    for (TypeElement annotation : annotations) {
      String name = annotation.getQualifiedName().toString();
      if (name.equals(ConfigCollector.INIT_CONFIG)
          || name.equals(ConfigCollector.INSTANCE_CONFIG)) {
        return true;
      }
    }
    return false;
  }

  /** The configurations whose loader was not generated for want of SnakeYAML. */
  List<Finding> findings() {
    return List.copyOf(missingSnakeYaml);
  }

  /** The configuration record a loader reads into: the instances', else init_config's. */
  private static Origin configurationOrigin(ConfiguredIntegration configured) {
    Optional<ConfigDeclaration> record = configured.declared().instances();
    if (record.isEmpty()) {
      record = configured.declared().initConfig();
    }
    return record.orElseThrow().origin();
  }

  /** The check class and configuration types a loader is generated from. */
  private static Element[] originating(ConfiguredIntegration configured, Elements elements) {
    List<Element> types = new ArrayList<>();
    types.add(elements.getTypeElement(configured.checkClass()));
    Optional<ConfigDeclaration> init = configured.declared().initConfig();
    if (init.isPresent()) {
      types.add(elements.getTypeElement(init.get().typeName()));
    }
    Optional<ConfigDeclaration> instances = configured.declared().instances();
    if (instances.isPresent()) {
      types.add(elements.getTypeElement(instances.get().typeName()));
    }
    return types.toArray(new Element[0]);
  }

  private void write(JavaFile loader, Elements elements, Filer filer) throws IOException {
    ClassName loaderName = ClassName.get(loader.packageName(), loader.typeSpec().name());
    ClassName support = LoaderSupport.name(loaderName);
    // Each source is rendered once: it is both digested and written.
    String loaderSource = loader.toString();
    String supportSource = LoaderSupport.source(loaderName);
    String digest = SourceSnapshot.digest(loaderSource + supportSource);
    digests.put(loaderName.canonicalName(), digest);
    // Only a host that cannot recreate a class asks whether it exists: looking up a type that
    // does not exist searches every module of the platform.
    if (!recreatesClasses) {
      TypeElement existing = elements.getTypeElement(loaderName.canonicalName());
      if (existing != null && !compiled.fromSource(existing)) {
        // ECJ will not generate a type its class path already has.
        if (digest.equals(previous.loaders().get(loaderName.canonicalName()))) {
          return; // the class there is current
        }
        throw new IOException(
            loaderName.canonicalName()
                + " changed, but its previous class is on the class path and this compiler cannot"
                + " replace it; clean the output folder and build again");
      }
    }
    Element[] originating = loader.typeSpec().originatingElements().toArray(new Element[0]);
    writeSource(filer, loaderName, loaderSource, originating);
    writeSource(filer, support, supportSource, originating);
  }

  private static void writeSource(Filer filer, ClassName name, String source, Element[] originating)
      throws IOException {
    try (Writer out = filer.createSourceFile(name.canonicalName(), originating).openWriter()) {
      out.write(source);
    }
  }
}
