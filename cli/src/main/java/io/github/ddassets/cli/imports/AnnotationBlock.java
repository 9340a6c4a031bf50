package io.github.ddassets.cli.imports;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A nested annotation written as hand-written code lays it out: on one line when short, else one
 * attribute per line, and a long array one item per line. JavaPoet writes nested annotations on a
 * single line whatever their length.
 */
final class AnnotationBlock {

  /** Beyond this many characters, a nested annotation or an array is broken over lines. */
  private static final int SHORT = 60;

  private final ClassName type;
  private final Map<String, List<CodeBlock>> members = new LinkedHashMap<>();

  private final List<String> order;

  /**
   * @param type the annotation type
   * @param order the attributes in the order to write them (others follow in the order added)
   */
  AnnotationBlock(ClassName type, String... order) {
    this.type = type;
    this.order = List.of(order);
  }

  /** Adds a value to an attribute; an attribute given several values is an array. */
  AnnotationBlock add(String member, String format, Object... args) {
    members.computeIfAbsent(member, key -> new ArrayList<>()).add(CodeBlock.of(format, args));
    return this;
  }

  boolean isEmpty() {
    return members.isEmpty();
  }

  /**
   * The annotation as a value of another annotation's attribute.
   *
   * @param nested whether that annotation is itself nested: JavaPoet indents the values of a
   *     top-level annotation's attributes, not those of a code block's
   */
  CodeBlock block(boolean nested) {
    List<String> names = new ArrayList<>(members.keySet());
    names.sort(Comparator.comparingInt(name -> rank(name)));
    List<CodeBlock> attributes = new ArrayList<>();
    for (String name : names) {
      attributes.add(CodeBlock.of("$L = $L", name, value(members.get(name), true)));
    }
    CodeBlock inline = CodeBlock.of("@$T($L)", type, CodeBlock.join(attributes, ", "));
    if (length(inline) <= SHORT) {
      return inline;
    }
    return broken(CodeBlock.of("@$T(", type), attributes, ")", nested);
  }

  /**
   * One value, or an array of them: inline when short, else one item per line.
   *
   * @param nested whether the attribute belongs to a nested annotation (see {@link #block})
   */
  static CodeBlock value(List<CodeBlock> values, boolean nested) {
    if (values.size() == 1) {
      return values.get(0);
    }
    CodeBlock inline = CodeBlock.of("{$L}", CodeBlock.join(values, ", "));
    if (length(inline) <= SHORT) {
      return inline;
    }
    return broken(CodeBlock.of("{"), values, "}", nested);
  }

  private static CodeBlock broken(
      CodeBlock open, List<CodeBlock> items, String close, boolean nested) {
    CodeBlock.Builder block = CodeBlock.builder().add(open).add("\n");
    if (nested) {
      block.add("$>$>");
    }
    block.add(CodeBlock.join(items, ",\n"));
    if (nested) {
      block.add("$<$<");
    }
    return block.add(close).build();
  }

  private int rank(String name) {
    int index = order.indexOf(name);
    return index < 0 ? order.size() : index;
  }

  /** The length as written: the annotation types are imported, so they show as simple names. */
  private static int length(CodeBlock block) {
    return block.toString().replace(AnnotationTypes.PACKAGE + ".", "").length();
  }
}
