package io.github.ddassets.bench;

/**
 * Renders the source of one synthetic check class: an {@code @Integration} class with its
 * {@code @Metric} constants, maybe a {@code @ServiceCheck}, and a {@code collect} method that
 * submits every metric, as a real check would.
 */
final class CheckClassSource {

  /** The package of the generated classes. */
  static final String PACKAGE = "bench.gen";

  private CheckClassSource() {}

  /**
   * The source text of a check class.
   *
   * @param id the class's identity (class name, names of its constants)
   * @param owner the integration the class's constants belong to: {@code id} itself, or the class
   *     annotated with {@code @Integration} that the constants name with {@code check}
   * @param metrics the number of {@code @Metric} constants
   * @param serviceCheck whether the class declares a service check
   */
  static String render(CheckId id, CheckId owner, int metrics, boolean serviceCheck) {
    boolean isIntegration = id.equals(owner);
    StringBuilder out = new StringBuilder(metrics * 400 + 2048);
    out.append("package ")
        .append(PACKAGE)
        .append(";\n\n")
        .append("import io.github.ddassets.annotations.Curated;\n")
        .append("import io.github.ddassets.annotations.Integration;\n")
        .append("import io.github.ddassets.annotations.Metric;\n")
        .append("import io.github.ddassets.annotations.MetricType;\n")
        .append("import io.github.ddassets.annotations.Orientation;\n")
        .append("import io.github.ddassets.annotations.ServiceCheck;\n")
        .append("import io.github.ddassets.annotations.Status;\n")
        .append("import java.util.function.ObjDoubleConsumer;\n")
        .append("import java.util.function.ObjIntConsumer;\n\n")
        .append("/** Synthetic check ")
        .append(id.name())
        .append(" of the ddassets benchmark. */\n")
        .append(
            isIntegration
                ? "@Integration(name = \""
                    + id.name()
                    + "\", displayName = \""
                    + id.displayName()
                    + "\", metricPrefix = \""
                    + id.name()
                    + ".\")\n"
                : "")
        .append("public final class ")
        .append(id.className())
        .append(" {\n");
    for (int position = 0; position < metrics; position++) {
      appendMetric(out, id, owner, MetricShape.at(position, id.displayName()));
    }
    if (serviceCheck) {
      appendServiceCheck(out, id, owner);
    }
    appendCollect(out, metrics, serviceCheck, id);
    return out.append("}\n").toString();
  }

  private static void appendMetric(
      StringBuilder out, CheckId id, CheckId owner, MetricShape shape) {
    out.append('\n');
    if (shape.javadoc()) {
      out.append("  /** ").append(shape.description()).append(" */\n");
    }
    out.append("  @Metric(type = MetricType.").append(shape.type());
    if (!shape.unit().isEmpty()) {
      out.append(", unit = \"").append(shape.unit()).append('"');
    }
    if (!shape.perUnit().isEmpty()) {
      out.append(", perUnit = \"").append(shape.perUnit()).append('"');
    }
    if (!shape.orientation().equals("NEUTRAL")) {
      out.append(",\n      orientation = Orientation.").append(shape.orientation());
    }
    if (shape.interval() > 0) {
      out.append(", interval = ").append(shape.interval());
    }
    if (!shape.shortName().isEmpty()) {
      out.append(", shortName = \"").append(shape.shortName()).append('"');
    }
    if (!shape.curated().isEmpty()) {
      out.append(", curated = Curated.").append(shape.curated());
    }
    if (shape.sampleTags()) {
      out.append(",\n      sampleTags = {\"host\", \"").append(shape.group()).append("\"}");
    }
    if (!shape.javadoc()) {
      out.append(",\n      description = \"").append(shape.description()).append('"');
    }
    if (!id.equals(owner)) {
      out.append(", check = ").append(owner.className()).append(".class");
    }
    out.append(")\n  public static final String ")
        .append(shape.constantName())
        .append(" = \"")
        .append(owner.name())
        .append('.')
        .append(id.equals(owner) ? "" : id.name() + ".")
        .append(shape.suffix())
        .append("\";\n");
  }

  private static void appendServiceCheck(StringBuilder out, CheckId id, CheckId owner) {
    out.append("\n  /** Returns `CRITICAL` if the check cannot reach ")
        .append(id.displayName())
        .append(", `WARNING` if it answers slowly, otherwise `OK`. */\n")
        .append("  @ServiceCheck(name = \"")
        .append(id.displayName())
        .append(" can connect\",\n")
        .append("      statuses = {Status.OK, Status.WARNING, Status.CRITICAL},\n")
        .append("      groups = {\"host\", \"endpoint\"}, agentVersion = \"7.59.0\"")
        .append(id.equals(owner) ? "" : ", check = " + owner.className() + ".class")
        .append(")\n")
        .append("  public static final String CAN_CONNECT = \"")
        .append(owner.name())
        .append(id.equals(owner) ? "" : "." + id.name())
        .append(".can_connect\";\n");
  }

  private static void appendCollect(
      StringBuilder out, int metrics, boolean serviceCheck, CheckId id) {
    out.append("\n  /** Submits one sample of every metric")
        .append(serviceCheck ? " and the service check status" : "")
        .append(". */\n")
        .append(
            "  public void collect(ObjDoubleConsumer<String> metricSink, ObjIntConsumer<String>"
                + " checkSink) {\n");
    for (int position = 0; position < metrics; position++) {
      MetricShape shape = MetricShape.at(position, id.displayName());
      out.append("    metricSink.accept(")
          .append(shape.constantName())
          .append(", ")
          .append(position)
          .append(".5);\n");
    }
    if (serviceCheck) {
      out.append("    checkSink.accept(CAN_CONNECT, 0);\n");
    }
    out.append("  }\n");
  }
}
