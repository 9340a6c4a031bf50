package io.github.ddassets.processor;

import io.github.ddassets.core.declare.AutoConfDeclaration;
import io.github.ddassets.core.declare.ConfigDeclaration;
import io.github.ddassets.core.declare.ConfigSection;
import io.github.ddassets.core.declare.LogsDeclaration;
import io.github.ddassets.core.declare.Owned;
import io.github.ddassets.core.declare.Vocabulary;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Collects the configuration declared on types ({@code @InitConfig}, {@code @InstanceConfig},
 * {@code @Logs}, {@code @AutoConf}), each with the check class it belongs to.
 */
final class ConfigCollector {

  static final String INIT_CONFIG = Vocabulary.InitConfig.ANNOTATION;
  static final String INSTANCE_CONFIG = Vocabulary.InstanceConfig.ANNOTATION;
  static final String LOGS = Vocabulary.Logs.ANNOTATION;
  static final String AUTO_CONF = Vocabulary.AutoConf.ANNOTATION;

  /** Every annotation this collector reads, {@code @Param} included (claimed, read via types). */
  static final List<String> ANNOTATIONS =
      List.of(INIT_CONFIG, INSTANCE_CONFIG, LOGS, AUTO_CONF, ParamReader.PARAM);

  private final Mirrors mirrors;
  private final ConfigReader reader;
  private final Elements elements;
  private final List<Owned<ConfigDeclaration>> configs = new ArrayList<>();
  private final List<Owned<LogsDeclaration>> logs = new ArrayList<>();
  private final List<Owned<AutoConfDeclaration>> autoConfs = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();

  ConfigCollector(Mirrors mirrors, ConfigReader reader, Elements elements) {
    this.mirrors = mirrors;
    this.reader = reader;
    this.elements = elements;
  }

  /** Reads the configuration annotations of one type. */
  void collect(TypeElement type) {
    Optional<AnnotationMirror> initConfig = Mirrors.find(type, INIT_CONFIG);
    if (initConfig.isPresent()) {
      config(type, initConfig.get(), ConfigSection.INIT_CONFIG);
    }
    Optional<AnnotationMirror> instanceConfig = Mirrors.find(type, INSTANCE_CONFIG);
    if (instanceConfig.isPresent()) {
      config(type, instanceConfig.get(), ConfigSection.INSTANCES);
    }
    Optional<AnnotationMirror> logsMirror = Mirrors.find(type, LOGS);
    if (logsMirror.isPresent()) {
      AnnotationMirror mirror = logsMirror.get();
      logs.add(owned(type, mirror, Vocabulary.Logs.CHECK, reader.logs(type, mirror)));
    }
    Optional<AnnotationMirror> autoConf = Mirrors.find(type, AUTO_CONF);
    if (autoConf.isPresent()) {
      AnnotationMirror mirror = autoConf.get();
      autoConfs.add(owned(type, mirror, Vocabulary.AutoConf.CHECK, reader.autoConf(type, mirror)));
    }
  }

  private void config(TypeElement type, AnnotationMirror mirror, ConfigSection section) {
    Optional<ConfigDeclaration> declared = reader.config(type, mirror, section, findings);
    if (declared.isEmpty()) {
      return;
    }
    String check =
        section == ConfigSection.INIT_CONFIG
            ? Vocabulary.InitConfig.CHECK
            : Vocabulary.InstanceConfig.CHECK;
    Owned<ConfigDeclaration> owned = owned(type, mirror, check, declared.get());
    if (owned.owner() != null) {
      TypeElement owner = elements.getTypeElement(owned.owner());
      if (owner != null) {
        String loaderPackage = elements.getPackageOf(owner).getQualifiedName().toString();
        Optional<String> problem =
            LoaderVisibility.problem(declared.get(), loaderPackage, elements);
        if (problem.isPresent()) {
          findings.add(Rule.SOURCE_CONFIG_SHAPE.at(declared.get().origin(), problem.get()));
        }
      }
    }
    configs.add(owned);
  }

  private <T> Owned<T> owned(
      TypeElement type, AnnotationMirror mirror, String check, T declaration) {
    return Owners.of(
        type, ElementOrigin.of(type, mirror), mirrors.read(mirror), check, true, declaration);
  }

  List<Owned<ConfigDeclaration>> configs() {
    return configs;
  }

  List<Owned<LogsDeclaration>> logs() {
    return logs;
  }

  List<Owned<AutoConfDeclaration>> autoConfs() {
    return autoConfs;
  }

  List<Finding> findings() {
    return findings;
  }
}
