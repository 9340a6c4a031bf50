package io.github.ddassets.core.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.BaseRepresenter;
import org.yaml.snakeyaml.representer.Represent;

/**
 * Turns Java values into SnakeYAML nodes the way PyYAML's {@code SafeRepresenter} turns the Python
 * values they stand for: {@code None}, {@code bool}, {@code int}, {@code float}, {@code str},
 * {@code datetime.date}, {@code list} and {@code dict}.
 *
 * <p>It starts from SnakeYAML's bare {@link BaseRepresenter} rather than its {@code
 * SafeRepresenter}, whose choices are not PyYAML's: a {@code |} literal block for any string with a
 * line break, {@code !!binary} for strings with control characters, {@code Double.toString} for
 * floats ({@code 1.0E-5}, {@code .NaN}), and many more Java types. Any other type is refused, as
 * PyYAML's safe dumper refuses it.
 *
 * <p>A representer keeps state while it works: use one per dump.
 */
final class PythonRepresenter extends BaseRepresenter {

  PythonRepresenter(FlowStyle flowStyle, ScalarStyle scalarStyle) {
    this.defaultFlowStyle = flowStyle;
    this.defaultScalarStyle = scalarStyle;
    this.nullRepresenter = new AsNull();
    representers.put(Boolean.class, new AsText(Tag.BOOL));
    representers.put(String.class, new AsText(Tag.STR));
    Represent integer = new AsText(Tag.INT);
    for (Class<?> type : List.of(Long.class, Integer.class, Short.class, Byte.class)) {
      representers.put(type, integer);
    }
    representers.put(BigInteger.class, integer);
    // A BigDecimal stands for a float that a YAML or JSON reader kept exact; a Float widens.
    Represent floating = new AsFloat();
    for (Class<?> type : List.of(Double.class, Float.class, BigDecimal.class)) {
      representers.put(type, floating);
    }
    representers.put(LocalDate.class, new AsText(Tag.TIMESTAMP));
    multiRepresenters.put(List.class, new AsSequence());
    multiRepresenters.put(Map.class, new AsMapping());
    multiRepresenters.put(null, new Refusal());
  }

  /** PyYAML's {@code None}. */
  private final class AsNull implements Represent {
    @Override
    public Node representData(Object data) {
      return representScalar(Tag.NULL, "null");
    }
  }

  /** A scalar written as its Java text, which is also PyYAML's for these types. */
  private final class AsText implements Represent {
    private final Tag tag;

    AsText(Tag tag) {
      this.tag = tag;
    }

    @Override
    public Node representData(Object data) {
      return representScalar(tag, data.toString());
    }
  }

  /** A float, written as Python's {@code repr} writes it. */
  private final class AsFloat implements Represent {
    @Override
    public Node representData(Object data) {
      return representScalar(Tag.FLOAT, PythonFloats.yamlText(((Number) data).doubleValue()));
    }
  }

  private final class AsSequence implements Represent {
    @Override
    public Node representData(Object data) {
      return representSequence(Tag.SEQ, (List<?>) data, FlowStyle.AUTO);
    }
  }

  private final class AsMapping implements Represent {
    @Override
    public Node representData(Object data) {
      return representMapping(Tag.MAP, (Map<?, ?>) data, FlowStyle.AUTO);
    }
  }

  /** Any other type, which PyYAML's safe dumper refuses. */
  private static final class Refusal implements Represent {
    @Override
    public Node representData(Object data) {
      throw new IllegalArgumentException(
          "PyYaml cannot dump a " + data.getClass().getName() + ": " + data);
    }
  }
}
