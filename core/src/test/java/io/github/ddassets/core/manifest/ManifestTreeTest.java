package io.github.ddassets.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.testing.ManifestFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestTreeTest {

  @Test
  void putInAnyOrder_buildsTheCanonicalOrder() {
    ObjectNode root = ManifestTree.empty();
    ManifestTree.put(root, "/assets/integration/metrics/prefix", "acme.");
    ManifestTree.put(root, "/assets/integration/source_type_name", "Acme");
    ManifestTree.put(root, "/tile/title", "Acme");
    ManifestTree.put(root, "/app_id", "acme");
    ManifestTree.put(root, "/manifest_version", "2.0.0");
    ManifestTree.put(root, "/assets/integration/metrics/check", ManifestFixtures.json("[]"));

    assertThat(root.toString())
        .isEqualTo(
            "{\"manifest_version\":\"2.0.0\",\"app_id\":\"acme\",\"tile\":{\"title\":\"Acme\"},"
                + "\"assets\":{\"integration\":{\"source_type_name\":\"Acme\","
                + "\"metrics\":{\"prefix\":\"acme.\",\"check\":[]}}}}");
  }

  @Test
  void existingKey_keepsItsPlace() {
    ObjectNode root =
        (ObjectNode) ManifestFixtures.json("{\"b\": 1, \"tile\": {}, \"app_id\": \"x\"}");

    ManifestTree.put(root, "/app_id", "acme");

    assertThat(fieldNames(root)).containsExactly("b", "tile", "app_id");
    assertThat(root.get("app_id").textValue()).isEqualTo("acme");
  }

  @Test
  void newKnownKey_goesRightAfterItsCanonicalPredecessor_unknownKeysStayPut() {
    ObjectNode root =
        (ObjectNode) ManifestFixtures.json("{\"app_id\": \"acme\", \"x-note\": 1, \"tile\": {}}");

    ManifestTree.put(root, "/owner", "team");
    ManifestTree.put(root, "/x-other", "y");

    ManifestTree.put(root, "/manifest_version", "2.0.0");

    assertThat(fieldNames(root))
        .containsExactly("manifest_version", "app_id", "owner", "x-note", "tile", "x-other");
  }

  @Test
  void indexIntoAList_replacesOrAppends() {
    ObjectNode root =
        (ObjectNode) ManifestFixtures.json("{\"tile\": {\"media\": [{\"caption\": \"a\"}]}}");

    ManifestTree.put(root, "/tile/media/0/media_type", "image");
    ManifestTree.put(root, "/tile/media/1", ManifestFixtures.json("{\"caption\": \"b\"}"));

    assertThat(root.toString())
        .isEqualTo(
            "{\"tile\":{\"media\":[{\"media_type\":\"image\",\"caption\":\"a\"},"
                + "{\"caption\":\"b\"}]}}");
  }

  @Test
  void pointerThroughAString_orPastTheEndOfAList_orAtTheRoot_isRefused() {
    ObjectNode root = (ObjectNode) ManifestFixtures.json("{\"tile\": \"x\", \"list\": []}");

    assertThatThrownBy(() -> ManifestTree.put(root, "/tile/title", "Acme"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("/tile/title: `tile` holds a value that is neither an object nor a list");
    assertThatThrownBy(() -> ManifestTree.put(root, "/list/1", "x"))
        .hasMessage("/list/1: `1` is not an index of the list");
    assertThatThrownBy(() -> ManifestTree.put(root, "", "x"))
        .hasMessage("cannot replace the manifest's root");
  }

  @Test
  void remove_dropsTheObjectsLeftEmpty() {
    ObjectNode root =
        (ObjectNode)
            ManifestFixtures.json(
                "{\"assets\": {\"integration\": {\"metrics\": {\"prefix\": \"a.\"}}, \"logs\":"
                    + " {}}}");

    assertThat(ManifestTree.remove(root, "/assets/integration/metrics/prefix")).isTrue();
    assertThat(root.toString()).isEqualTo("{\"assets\":{\"logs\":{}}}");
    assertThat(ManifestTree.remove(root, "/assets/integration/metrics/prefix")).isFalse();
  }

  @Test
  void remove_ofAListItem_keepsTheList() {
    ObjectNode root =
        (ObjectNode) ManifestFixtures.json("{\"tile\": {\"media\": [{\"caption\": \"a\"}]}}");

    assertThat(ManifestTree.remove(root, "/tile/media/0/caption")).isTrue();
    assertThat(root.toString()).isEqualTo("{\"tile\":{\"media\":[{}]}}");
    assertThat(ManifestTree.remove(root, "/tile/media/0")).isTrue();
    assertThat(root.toString()).isEqualTo("{\"tile\":{\"media\":[]}}");
    assertThat(ManifestTree.remove(root, "/tile/media/3")).isFalse();
  }

  @Test
  void keyWithASlash_isEscapedInPointers() {
    ObjectNode root = ManifestTree.empty();

    ManifestTree.put(root, ManifestPointers.child("/assets/dashboards", "A/B ~ C"), "d.json");

    assertThat(root.toString()).isEqualTo("{\"assets\":{\"dashboards\":{\"A/B ~ C\":\"d.json\"}}}");
    assertThat(ManifestPointers.child("/assets/dashboards", "A/B ~ C"))
        .isEqualTo("/assets/dashboards/A~1B ~0 C");
    assertThat(ManifestPointers.segments("/assets/dashboards/A~1B ~0 C"))
        .containsExactly("assets", "dashboards", "A/B ~ C");
  }

  static List<String> fieldNames(ObjectNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
