package io.github.ddassets.processor;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Where a host compiler can place a diagnostic. javac places one on any element. Eclipse's compiler
 * (ECJ 3.43, Eclipse 2025-09) places classes, interfaces, enums, their fields, methods and
 * parameters, but nothing of a record: not the record type, its components, their fields, accessors
 * or constructor parameters, so a finding there prints with no file and no line. On such a host a
 * finding on a record moves to the nearest element the host places: the class that encloses the
 * record, else the check class the record belongs to; the message then names the record and the
 * component.
 */
final class HostPlacement {

  /** Element kinds every host places (ECJ's messager handles exactly these type kinds). */
  private static final Set<ElementKind> PLACED_TYPES =
      Set.of(
          ElementKind.CLASS, ElementKind.INTERFACE, ElementKind.ENUM, ElementKind.ANNOTATION_TYPE);

  /**
   * Where to report instead.
   *
   * @param target an element the host places
   * @param note what the message adds so that the reader finds the record, such as {@code (record
   *     test.Instance, component `port`)}
   */
  record Relocation(Element target, String note) {}

  private final boolean placesRecords;
  private final Elements elements;
  private Map<String, String> recordOwners = Map.of();

  private HostPlacement(boolean placesRecords, Elements elements) {
    this.placesRecords = placesRecords;
    this.elements = elements;
  }

  /** The placement of the compiler that runs this processor. */
  static HostPlacement of(ProcessingEnvironment environment) {
    // Any host but javac is treated as one that may not place records (the safe choice).
    return new HostPlacement(Hosts.isJavac(environment), environment.getElementUtils());
  }

  /**
   * Tells which check class each configuration record belongs to, for records the host cannot place
   * and no class encloses.
   *
   * @param owners the check class's qualified name by the record's qualified name
   */
  void recordOwners(Map<String, String> owners) {
    recordOwners = Map.copyOf(owners);
  }

  /**
   * Where to report a finding on an element this host cannot place.
   *
   * @param element the element the finding belongs to
   * @return the element to report on instead and what to add to the message, or empty to report on
   *     the element itself
   */
  Optional<Relocation> relocate(Element element) {
    if (placesRecords) {
      return Optional.empty();
    }
    Optional<TypeElement> record = recordOf(element);
    if (record.isEmpty()) {
      return Optional.empty();
    }
    String note =
        element.equals(record.get())
            ? " (record " + record.get().getQualifiedName() + ")"
            : " (record "
                + record.get().getQualifiedName()
                + ", component `"
                + element.getSimpleName()
                + "`)";
    Optional<Element> target = placeableNear(record.get());
    return target.isPresent() ? Optional.of(new Relocation(target.get(), note)) : Optional.empty();
  }

  /** The record an element is or belongs to. */
  private static Optional<TypeElement> recordOf(Element element) {
    Element candidate =
        switch (element.getKind()) {
          case RECORD -> element;
          case RECORD_COMPONENT, FIELD, METHOD, CONSTRUCTOR -> element.getEnclosingElement();
          case PARAMETER -> element.getEnclosingElement().getEnclosingElement();
          default -> null;
        };
    return candidate instanceof TypeElement type && type.getKind() == ElementKind.RECORD
        ? Optional.of(type)
        : Optional.empty();
  }

  /** The enclosing class of a nested record, else the check class it belongs to. */
  private Optional<Element> placeableNear(TypeElement record) {
    for (Element enclosing = record.getEnclosingElement();
        enclosing != null;
        enclosing = enclosing.getEnclosingElement()) {
      if (PLACED_TYPES.contains(enclosing.getKind())) {
        return Optional.of(enclosing);
      }
    }
    String owner = recordOwners.get(record.getQualifiedName().toString());
    return Optional.ofNullable(owner == null ? null : elements.getTypeElement(owner));
  }
}
