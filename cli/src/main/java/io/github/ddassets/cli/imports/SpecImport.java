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
 */
public record SpecImport(List<JavaFile> files, List<Finding> findings) {

  public SpecImport {
    files = List.copyOf(files);
    findings = List.copyOf(findings);
  }
}
