package io.github.ddassets.cli.imports;

import com.palantir.javapoet.JavaFile;
import io.github.ddassets.core.rules.Finding;
import java.util.List;

/**
 * The Java that declares one integration's configuration, imported from its {@code spec.yaml}.
 *
 * @param files top-level config types ({@code @InitConfig}, {@code @InstanceConfig}, {@code @Logs},
 *     {@code @AutoConf}...), each naming the check class with {@code check = ...}
 * @param findings why the spec could not be imported; when not empty, {@code files} is empty
 * @param defects the errors ddev reports in the spec that came along: stated as they are (the
 *     build refuses them at the annotation value), or left out (a key ddev does not know)
 */
public record SpecImport(List<JavaFile> files, List<Finding> findings, List<Finding> defects) {

  public SpecImport {
    files = List.copyOf(files);
    findings = List.copyOf(findings);
    defects = List.copyOf(defects);
  }

  /** A spec that could not be imported. */
  static SpecImport refused(List<Finding> findings) {
    return new SpecImport(List.of(), findings, List.of());
  }
}
