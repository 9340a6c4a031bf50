package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How generated files are laid out where hand-written files differ from ddassets' own layout
 * without declaring anything more: key order, an empty key, an empty file, the way an example is
 * shown. None of these flags changes what the Agent loads or what Datadog shows about the
 * integration; each is there so that an integration imported with {@code ddassets import} writes
 * back its files byte for byte, and the import writes them for that reason only. A check written
 * from scratch has no use for them.
 *
 * <p>Each flag applies to one kind of element, and setting it elsewhere is a compile error ({@code
 * source-layout-misplaced}):
 *
 * <ul>
 *   <li>on the {@link Integration} class: {@link #emptyServiceChecks()}, {@link
 *       #emptyServiceChecksObject()}, {@link #metricsInDeclarationOrder()}, {@link
 *       #sampleTagsColumn()}, {@link #unnamedSpec()};
 *   <li>on an {@link InitConfig} or {@link InstanceConfig} type: {@link #templatesFirst()};
 *   <li>on an {@link InitConfig}, {@link InstanceConfig} or {@link AutoConf} type: {@link
 *       #emptyOptions()}, naming templates of that annotation;
 *   <li>on the type that carries {@link Logs}: {@link #serviceFirst()};
 *   <li>on a parameter (a record component or field of a configuration type): {@link
 *       #compactExample()};
 *   <li>on a parameter whose value holds a nested record (the record itself, or a {@code List},
 *       {@code Set} or {@code Map} of it): {@link #requiredOnProperties()}.
 * </ul>
 *
 * <pre>{@code
 * @InstanceConfig(check = AcmeCheck.class, templates = @Template("instances/default"))
 * @Layout(templatesFirst = true, emptyOptions = "instances/default")
 * public record AcmeInstance(
 *     @Param(example = "[orders, payments]") @Layout(compactExample = true) List<String> queues) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Layout {

  /**
   * On the {@link Integration} class: writes an empty {@code assets/service_checks.json} although
   * the manifest has no {@code assets.integration} and so does not name it, as in folders made from
   * ddev's templates (which create the file for every integration). Without it, such an integration
   * writes no service_checks.json; one that owns {@code assets.integration} always writes it.
   */
  boolean emptyServiceChecks() default false;

  /**
   * On the {@link Integration} class: writes a {@code service_checks.json} without service checks
   * as an empty object, {@code {}}, rather than an empty list, {@code []}, as a few hand-written
   * folders have it (ddev reads either as no service checks). Once the integration declares a
   * service check, the file is the list of them, with or without this flag.
   */
  boolean emptyServiceChecksObject() default false;

  /**
   * On the {@link Integration} class: writes the rows of {@code metadata.csv} in the order the
   * metrics are declared (by class, then by position in it) rather than sorted by metric name, as a
   * hand-written file may order them. ddev in integrations-extras accepts either; integrations-core
   * requires sorted rows, so a check there leaves this flag out.
   */
  boolean metricsInDeclarationOrder() default false;

  /**
   * On the {@link Integration} class: writes the {@code sample_tags} column of {@code metadata.csv}
   * although no metric declares sample tags, as in files made from a template that has the column.
   */
  boolean sampleTagsColumn() default false;

  /**
   * On the {@link Integration} class: leaves the manifest's {@code
   * assets.integration.configuration} as the base manifest has it, {@code {}}, instead of naming
   * the generated spec.yaml, as in folders whose manifest does not name their spec (ddev accepts
   * it).
   */
  boolean unnamedSpec() default false;

  /**
   * On an {@link InitConfig} or {@link InstanceConfig} type: writes its templates before its own
   * options rather than after them.
   */
  boolean templatesFirst() default false;

  /**
   * On an {@link InitConfig}, {@link InstanceConfig} or {@link AutoConf} type: the templates, by
   * their {@link Template#value()}, whose reference is written with an empty {@code options:} key,
   * as some hand-written specs have it (ddev ignores it). Each name is one of the templates of that
   * annotation.
   */
  String[] emptyOptions() default {};

  /**
   * On the type that carries {@link Logs}: every log source writes {@code service} before {@code
   * source}, as many hand-written specs order them.
   */
  boolean serviceFirst() default false;

  /**
   * On a parameter: shows its list example with one flow-style item per line ({@code - [0, 1]}),
   * written to the spec as {@code compact_example: true}.
   */
  boolean compactExample() default false;

  /**
   * On a parameter whose value holds a nested record (the record, or a list, set or map of it):
   * writes {@code required: true} on each required component's own entry of {@code properties} (and
   * {@code required: false} on a component whose {@code @Param(required = false)} is written out)
   * instead of listing the required components in the object's {@code required}, as ddev's spec
   * format also allows. It applies to the records the parameter holds directly; a record nested in
   * one of their components follows that component's own flag.
   */
  boolean requiredOnProperties() default false;
}
