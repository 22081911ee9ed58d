package dev.dynamodesk.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.cli.MultiAttributeKeyFixture;
import dev.dynamodesk.dynamo.query.Operator;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.testing.Backend;
import dev.dynamodesk.testing.Boto3Query;
import dev.dynamodesk.testing.Typed;
import dev.dynamodesk.ui.AppUiTest;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Multi-attribute index keys in the window, on moto (which implements them): the builder shows a
 * field for every partition attribute and a condition for every sort attribute of the chosen
 * index; what it runs equals boto3's own query item by item and in order; a rule broken is said
 * under the builder before anything is sent. Then a table made in the create dialog with an index
 * keyed on 2 + 2 attributes: the previewed KeySchema is what moto then describes.
 */
class MultiAttributeKeyUiIT extends AppUiTest {
    private TableView<Item> grid() {
        return robot.lookup("#itemGrid").queryTableView();
    }

    private String status() {
        return robot.lookup("#gridStatus").queryAs(Label.class).getText();
    }

    private void type(String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    @Test
    void theBuilderQueriesAnIndexKeyedOnSeveralAttributesAsBoto3Does() throws Exception {
        Assumptions.assumeTrue(Boto3Query.available(), "python3 with boto3 is not installed: the reference cannot run");
        try (Backend moto = MultiAttributeKeyFixture.motoWithTable()) {
            DynamoDbClient client = moto.client();
            startConnectedTo(moto, "Moto");
            openTable("Multi");
            waitUntil(() -> status().contains("all loaded"));

            ComboBox<String> index = robot.lookup("#queryIndex").queryComboBox();
            robot.interact(() -> index.setValue("multi"));
            // The index's whole key: a second partition field and a second sort condition appear.
            waitUntil(() -> robot.lookup("#partition2Value").queryAs(TextField.class).isVisible());
            assertThat(robot.lookup("#sort2Operator").queryAs(ComboBox.class).getParent().isVisible()).isTrue();
            assertThat(robot.lookup("#partition3Value").queryAs(TextField.class).getParent().isVisible()).isFalse();
            type("#partitionValue", "x");
            type("#partition2Value", "2.50");
            robot.interact(() -> robot.lookup("#sortOperator").queryComboBox().setValue(Operator.EQ));
            type("#sortValue", "c3");
            robot.interact(() -> robot.lookup("#sort2Operator").queryComboBox().setValue(Operator.GT));
            type("#sort2Value", "10.5");
            assertThat(robot.lookup("#queryMode").queryAs(Label.class).getText()).isEqualTo("Query");
            robot.clickOn("#runQuery");
            waitUntil(() -> status().contains("all loaded") && !grid().getItems().isEmpty());

            Map<String, Boto3Query.Answer> reference = Boto3Query.run(moto.endpoint(), "Multi", List.of(new Boto3Query.Case("builder",
                    "multi", List.of(List.of("a", "eq", "x"), List.of("b", "eq", Map.of("N", "2.50")), List.of("c", "eq", "c3"),
                    List.of("d", "gt", Map.of("N", "10.5"))), true)));
            List<Map<String, Typed>> shown = grid().getItems().stream().map(item -> Typed.item(AttributeValues.fromItem(item))).toList();
            assertThat(shown).isNotEmpty().containsExactlyElementsOf(reference.get("builder").items());
            // The index's key attributes come right after the table's key in the grid.
            assertThat(grid().getColumns().stream().map(column -> column.getText()).toList().subList(0, 5))
                    .containsExactly("id", "a", "b", "c", "d");
            dev.dynamodesk.ui.Screenshots.saveShowing(robot, "#queryBuilder", "multi-attribute-query");

            // A condition on d without one on c: said under the builder, and nothing is sent.
            List<Map<String, Typed>> before = shown;
            robot.interact(() -> robot.lookup("#sortOperator").queryComboBox().setValue(null));
            robot.clickOn("#runQuery");
            waitUntil(() -> robot.lookup("#queryProblems .label").tryQuery().isPresent());
            assertThat(robot.lookup("#queryProblems .label").queryAs(Label.class).getText())
                    .startsWith("A condition on the sort-key attribute d needs one on c first");
            assertThat(grid().getItems().stream().map(item -> Typed.item(AttributeValues.fromItem(item))).toList()).isEqualTo(before);

            // A partition value missing: named.
            robot.interact(() -> robot.lookup("#sort2Operator").queryComboBox().setValue(null));
            type("#partition2Value", "");
            robot.clickOn("#runQuery");
            waitUntil(() -> robot.lookup("#queryProblems .label").queryAs(Label.class).getText().contains("b is missing"));
        }
    }

    @Test
    void theCreateDialogMakesAnIndexKeyedOnTwoAndTwoAttributes() throws Exception {
        try (Backend moto = Backend.start(Backend.Kind.MOTO)) {
            startConnectedTo(moto, "Moto");
            robot.clickOn("#newTable");
            waitUntil(() -> robot.lookup("#createTableDialog").tryQuery().isPresent());
            DialogPane dialog = robot.lookup("#createTableDialog").queryAs(DialogPane.class);
            Button create = (Button) dialog.lookupButton(dialog.getButtonTypes().get(1));
            robot.clickOn("#tableName").write("Matches");
            robot.clickOn("#partitionKeyName").write("matchId");
            robot.clickOn("#addGlobalIndex");
            TextField indexName = robot.from(dialog).lookup(".index-row .text-field").queryAs(TextField.class);
            robot.clickOn(indexName).write("byRound");
            robot.write("\t").write("tournament");
            robot.clickOn("#addPartitionAttribute");
            robot.clickOn("#morePartition2").write("region");
            robot.clickOn("#addSortAttribute");
            List<TextField> fields = robot.from(dialog).lookup(".index-row .text-field").queryAllAs(TextField.class).stream().toList();
            TextField sortName = fields.stream().filter(field -> "sort key (optional)".equals(field.getPromptText())).findFirst().orElseThrow();
            robot.clickOn(sortName).write("round");
            robot.clickOn("#moreSort2").write("score");
            ComboBox<AttributeType> scoreType = robot.lookup("#moreSort2").queryAs(TextField.class).getParent()
                    .lookupAll(".combo-box").stream().map(node -> (ComboBox<AttributeType>) node).findFirst().orElseThrow();
            robot.interact(() -> scoreType.setValue(AttributeType.N));

            TextArea preview = robot.from(dialog).lookup(".request-json").queryAs(TextArea.class);
            waitUntil(() -> preview.getText().contains("\"AttributeName\" : \"score\""));
            String json = preview.getText().replaceAll("\\s+", " ");
            assertThat(json).contains("\"IndexName\" : \"byRound\"")
                    .containsSubsequence("\"AttributeName\" : \"tournament\", \"KeyType\" : \"HASH\"",
                            "\"AttributeName\" : \"region\", \"KeyType\" : \"HASH\"", "\"AttributeName\" : \"round\", \"KeyType\" : \"RANGE\"",
                            "\"AttributeName\" : \"score\", \"KeyType\" : \"RANGE\"");
            dev.dynamodesk.ui.Screenshots.saveShowing(robot, "#createTableDialog", "multi-attribute-create");

            // An attribute added and left unnamed is refused, saying so.
            robot.clickOn("#addSortAttribute");
            waitUntil(() -> create.isDisabled());
            assertThat(robot.from(dialog).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText))
                    .anySatisfy(text -> assertThat(text).contains("Name every key attribute of the index byRound"));
            robot.interact(() -> ((Button) robot.lookup("#moreSort3").queryAs(TextField.class).getParent().getChildrenUnmodifiable()
                    .get(3)).fire());
            waitUntil(() -> !create.isDisabled());
            robot.clickOn(create);
            waitUntil(() -> moto.client().listTables().tableNames().contains("Matches"));
            var described = moto.client().describeTable(b -> b.tableName("Matches")).table();
            assertThat(described.globalSecondaryIndexes().get(0).keySchema()).extracting(e -> e.attributeName() + ":" + e.keyTypeAsString())
                    .containsExactly("tournament:HASH", "region:HASH", "round:RANGE", "score:RANGE");
            assertThat(described.attributeDefinitions()).extracting(d -> d.attributeName() + ":" + d.attributeTypeAsString())
                    .contains("score:N", "region:S");
            waitUntil(() -> tableNames().contains("Matches"));
        }
    }
}
