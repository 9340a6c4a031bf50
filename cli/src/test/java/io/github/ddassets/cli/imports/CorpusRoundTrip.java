package io.github.ddassets.cli.imports;

import io.github.ddassets.cli.imports.RoundTripResult.Baselined;
import io.github.ddassets.cli.imports.RoundTripResult.Comparison;
import io.github.ddassets.cli.imports.RoundTripResult.Outcome;
import io.github.ddassets.core.baseline.BaselineFile;
import io.github.ddassets.core.baseline.FindingKey;
import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.config.TemplateRoot;
import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.RepoOverrides;
import io.github.ddassets.core.render.RenderedExample;
import io.github.ddassets.core.render.SpecRendering;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.processor.AssetsProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * The import round trip over a folder of integrations: import each into Java, compile the sources
 * with the processor in process (in batches, as a build would), and compare every regenerated file
 * with its original.
 */
final class CorpusRoundTrip {

  /** Integrations per compilation: an error in one stops the writing of all of its batch. */
  private static final int BATCH = 60;

  /**
   * What the round trip gave.
   *
   * @param results one per integration folder, by name
   * @param warnings the compiler's warnings on the imported sources (lint and processor)
   * @param millis how long it took
   */
  record Report(List<RoundTripResult> results, List<String> warnings, long millis) {}

  private final Path templates;
  private ConfigTemplates configTemplates;
  private final RepoOverrides overrides;
  private final Path work;
  private final boolean javadoc;

  /**
   * @param templates ddev's templates folder (the corpus examples were rendered with them), or null
   *     for the built-in templates alone
   * @param overrides the repository's overrides
   * @param work an empty folder for sources and class output
   * @param javadoc whether the import writes descriptions as Javadoc
   */
  CorpusRoundTrip(Path templates, RepoOverrides overrides, Path work, boolean javadoc) {
    this.templates = templates;
    this.overrides = overrides;
    this.work = work;
    this.javadoc = javadoc;
  }

  Report run(Path corpus) throws IOException {
    long start = System.nanoTime();
    List<TemplateRoot> roots = new ArrayList<>();
    if (templates != null) {
      roots.add(TemplateRoot.directory(templates, templates.toString()));
    }
    roots.add(TemplateRoot.builtIn());
    configTemplates = new ConfigTemplates(roots);
    IntegrationImporter importer = new IntegrationImporter(configTemplates, overrides, javadoc);
    List<IntegrationFolder> folders = IntegrationFolder.under(corpus);
    Map<String, List<String>> refused = new java.util.HashMap<>();
    Map<String, List<String>> defects = new java.util.HashMap<>();
    Map<String, List<String>> notes = new java.util.HashMap<>();
    List<Imported> imported = new ArrayList<>();
    Path sources = work.resolve("src");
    for (int i = 0; i < folders.size(); i++) {
      IntegrationFolder folder = folders.get(i);
      ImportResult result =
          importer.importFolder(
              folder, new DisplayPaths(corpus, "corpus"), "corpus.i" + i, Optional.empty());
      if (result.refused()) {
        refused.put(folder.name(), result.findings().stream().map(CorpusRoundTrip::rule).toList());
        continue;
      }
      defects.put(folder.name(), result.defects().stream().map(CorpusRoundTrip::rule).toList());
      notes.put(folder.name(), result.notes());
      ImportWriter.write(sources, result.files());
      List<Path> java =
          result.files().stream()
              .map(ImportedFile::path)
              .filter(path -> path.endsWith(".java"))
              .map(sources::resolve)
              .toList();
      imported.add(new Imported(folder, java));
    }

    List<String> warnings = new ArrayList<>();
    Map<String, Compiled> compiled = new java.util.HashMap<>();
    int batches = 0;
    // A folder imported with its defects is compiled alone: its build is meant to fail.
    List<Imported> clean = new ArrayList<>();
    for (Imported item : imported) {
      if (defects.get(item.folder().name()).isEmpty()) {
        clean.add(item);
        continue;
      }
      Path alone = work.resolve("classes-" + batches++);
      Compilation single = compile(sources, List.of(item), alone, List.of());
      warnings.addAll(single.warnings());
      if (single.errors().isEmpty()) {
        compiled.put(item.folder().name(), new Compiled(alone, single, null));
        continue;
      }
      // What a migrating author does before fixing the defects: record them as the build's
      // baseline, so the build writes its files, and compare those.
      Path recorded = work.resolve("classes-" + batches++);
      Path baseline = recorded.resolveSibling(recorded.getFileName() + "-baseline.json");
      Compilation underBaseline =
          compile(
              sources, List.of(item), recorded, List.of("-Addassets.writeBaseline=" + baseline));
      compiled.put(
          item.folder().name(),
          new Compiled(recorded, single, new Baselined(underBaseline.errors(), rules(baseline))));
    }
    for (int startAt = 0; startAt < clean.size(); startAt += BATCH) {
      List<Imported> batch = clean.subList(startAt, Math.min(clean.size(), startAt + BATCH));
      Path classes = work.resolve("classes-" + batches++);
      Compilation compilation = compile(sources, batch, classes, List.of());
      warnings.addAll(compilation.warnings());
      if (compilation.errors().isEmpty()) {
        batch.forEach(
            item -> compiled.put(item.folder().name(), new Compiled(classes, compilation, null)));
        continue;
      }
      // Find which integrations of the batch fail: each compiled alone.
      for (Imported item : batch) {
        Path alone = work.resolve("classes-" + batches++);
        Compilation single = compile(sources, List.of(item), alone, List.of());
        compiled.put(item.folder().name(), new Compiled(alone, single, null));
      }
    }

    List<RoundTripResult> results = new ArrayList<>();
    for (IntegrationFolder folder : folders) {
      String name = folder.name();
      if (refused.containsKey(name)) {
        results.add(
            new RoundTripResult(
                name,
                refused.get(name),
                List.of(),
                List.of(),
                List.of(),
                Set.of(),
                Optional.empty(),
                Map.of()));
        continue;
      }
      Compiled output = compiled.get(name);
      Map<RoundTripFile, Comparison> files = new EnumMap<>(RoundTripFile.class);
      if (output.wroteFiles()) {
        for (RoundTripFile kind : RoundTripFile.values()) {
          compare(folder, kind, output.classes()).ifPresent(value -> files.put(kind, value));
        }
      }
      results.add(
          new RoundTripResult(
              name,
              List.of(),
              defects.get(name),
              notes.get(name),
              output.plain().errors(),
              RoundTripResult.ruleIds(output.plain().warnings()),
              Optional.ofNullable(output.baselined()),
              files));
    }
    return new Report(results, warnings, (System.nanoTime() - start) / 1_000_000);
  }

  private record Imported(IntegrationFolder folder, List<Path> sources) {}

  /**
   * One integration's compilation.
   *
   * @param classes the class output of the compilation whose files are compared
   * @param plain the compilation as imported
   * @param baselined the compilation under a recorded baseline, when the plain one failed on the
   *     defects the import carried; null otherwise
   */
  private record Compiled(Path classes, Compilation plain, Baselined baselined) {

    boolean wroteFiles() {
      return baselined == null ? plain.errors().isEmpty() : baselined.errors().isEmpty();
    }
  }

  private record Compilation(List<String> errors, List<String> warnings) {}

  /** The rule ids a baseline file holds. */
  private static Set<String> rules(Path baseline) throws IOException {
    if (!Files.isRegularFile(baseline)) {
      return Set.of();
    }
    return BaselineFile.read(baseline).counts().keySet().stream()
        .map(FindingKey::rule)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private Compilation compile(Path sources, List<Imported> batch, Path classes, List<String> extra)
      throws IOException {
    Files.createDirectories(classes);
    Path generated = classes.resolveSibling(classes.getFileName() + "-generated");
    Files.createDirectories(generated);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      files.setLocationFromPaths(StandardLocation.SOURCE_PATH, List.of(sources));
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
      List<Path> paths = batch.stream().flatMap(item -> item.sources().stream()).toList();
      JavaCompiler.CompilationTask task =
          compiler.getTask(
              new StringWriter(),
              files,
              diagnostics,
              options(extra),
              null,
              files.getJavaFileObjectsFromPaths(paths));
      task.setProcessors(List.of(new AssetsProcessor()));
      task.call();
    }
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      String text = describe(diagnostic);
      switch (diagnostic.getKind()) {
        case ERROR -> errors.add(text);
        case WARNING, MANDATORY_WARNING -> warnings.add(text);
        default -> {}
      }
    }
    return new Compilation(errors, warnings);
  }

  private List<String> options(List<String> extra) {
    List<String> options = new ArrayList<>(extra);
    options.add("-Xlint:all,-processing");
    options.add("-implicit:none");
    options.add("-Addassets.profile=ddev");
    if (templates != null) {
      options.add("-Addassets.templates=" + templates);
    }
    return options;
  }

  private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
    String source =
        diagnostic.getSource() == null
            ? ""
            : Path.of(diagnostic.getSource().toUri()).getFileName()
                + ":"
                + diagnostic.getLineNumber()
                + ": ";
    return source + diagnostic.getMessage(null).lines().findFirst().orElse("");
  }

  private Optional<Comparison> compare(IntegrationFolder folder, RoundTripFile kind, Path classes) {
    Path original = kind.original(folder);
    if (!Files.isRegularFile(original)) {
      return Optional.empty();
    }
    String text = read(original);
    Path file = classes.resolve(kind.generated(folder.name()));
    if (!Files.isRegularFile(file)) {
      return Optional.of(new Comparison(Outcome.DIFFERENT, "not generated"));
    }
    String regenerated = read(file);
    if (kind.same(text, regenerated)) {
      return Optional.of(new Comparison(Outcome.IDENTICAL, ""));
    }
    Optional<String> canonical =
        (kind == RoundTripFile.EXAMPLE
                ? renderedExample(folder, regenerated)
                : kind.canonical(text))
            .filter(form -> !form.equals(text));
    if (canonical.isPresent() && canonical.get().equals(regenerated)) {
      return Optional.of(new Comparison(Outcome.CANONICAL, ""));
    }
    return Optional.of(
        new Comparison(
            Outcome.DIFFERENT,
            FirstDifference.of(canonical.orElse(text), regenerated)
                + (canonical.isPresent() ? " (against the canonical form)" : "")));
  }

  /**
   * The example file as the spec renders today: the canonical form of an example rendered before
   * the templates last changed (13 OpenMetrics examples predate the current exclude_metrics text);
   * without a spec, as the spec its {@code @param} blocks stand for renders.
   */
  private Optional<String> renderedExample(IntegrationFolder folder, String regenerated) {
    String spec;
    if (Files.isRegularFile(folder.spec())) {
      spec = read(folder.spec());
    } else {
      // Without a spec, the one its @param blocks stand for, if the regenerated example documents
      // the same options (sections, names, requirement, enabled state and examples).
      String original = read(folder.example(RoundTripFile.EXAMPLE.label()));
      if (!sameOptions(original, regenerated)) {
        return Optional.empty();
      }
      spec =
          ExampleSpec.of(
                  original, "conf.yaml.example", folder.name(), folder.name(), configTemplates)
              .text();
    }
    SpecRendering.Result rendered =
        SpecRendering.render(spec, "spec.yaml", folder.name(), configTemplates);
    return rendered.examples().stream()
        .filter(example -> example.exampleName().equals(RoundTripFile.EXAMPLE.label()))
        .map(RenderedExample::text)
        .findFirst();
  }

  /** Whether two examples document the same options, whatever their layout and wording. */
  static boolean sameOptions(String original, String regenerated) {
    return options(original).equals(options(regenerated));
  }

  /**
   * Each option's section, name, requirement and enabled state, in any order: the options of a
   * default template come in the template's order.
   */
  private static Set<List<Object>> options(String example) {
    return ExampleParams.parse(example, "conf.yaml.example").params().stream()
        .map(
            param ->
                List.<Object>of(param.section(), param.name(), param.required(), param.enabled()))
        .collect(Collectors.toCollection(java.util.HashSet::new));
  }

  private static String rule(Finding finding) {
    return finding.rule().id();
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
