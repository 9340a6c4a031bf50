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
    this.nullRepresenter = data -> representScalar(Tag.NULL, "null");
    representers.put(Boolean.class, data -> representScalar(Tag.BOOL, data.toString()));
    representers.put(String.class, data -> representScalar(Tag.STR, (String) data));
    Represent integer = data -> representScalar(Tag.INT, data.toString());
    for (Class<?> type : List.of(Long.class, Integer.class, Short.class, Byte.class)) {
      representers.put(type, integer);
    }
    representers.put(BigInteger.class, integer);
    // A BigDecimal stands for a float that a YAML or JSON reader kept exact; a Float widens.
    Represent floating =
        data -> representScalar(Tag.FLOAT, PythonFloats.yamlText(((Number) data).doubleValue()));
    for (Class<?> type : List.of(Double.class, Float.class, BigDecimal.class)) {
      representers.put(type, floating);
    }
    representers.put(LocalDate.class, data -> representScalar(Tag.TIMESTAMP, data.toString()));
    multiRepresenters.put(
        List.class, data -> representSequence(Tag.SEQ, (List<?>) data, FlowStyle.AUTO));
    multiRepresenters.put(
        Map.class, data -> representMapping(Tag.MAP, (Map<?, ?>) data, FlowStyle.AUTO));
    multiRepresenters.put(null, PythonRepresenter::refuse);
  }

  private static Node refuse(Object data) {
    throw new IllegalArgumentException(
        "PyYaml cannot dump a " + data.getClass().getName() + ": " + data);
  }
}
