package dev.dynamodesk.ui.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.testing.ReferenceReader;
import dev.dynamodesk.testing.SameItems;
import dev.dynamodesk.ui.AppUiTest;
import dev.dynamodesk.ui.Screenshots;
import dev.dynamodesk.ui.shell.DynamoDeskApp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Side;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Copy a table to a new one (created as the source), check it with a client of the test's own,
 * change an item there, then compare: one difference, shown side by side.
 */
class CopyCompareUiIT extends AppUiTest {
    @Test
    void copyThenCompareShowsTheOneItemChangedSinceBothSides() throws Exception {
        DynamoDeskApp started = start(0);
        waitUntil(() -> tableNames().size() == 6 && robot.lookup("#taskStatus").queryAs(Label.class).getText().isEmpty());
        openCopyPage("Orders");
        robot.interact(() -> robot.lookup("#otherTable").queryTextInputControl().setText("OrdersCopy"));
        robot.clickOn("#createOtherTable");
        waitUntil(() -> robot.lookup("#createRequest").queryTextInputControl().getText().contains("\"TableName\" : \"OrdersCopy\""));
        robot.clickOn("#copyTable");
        waitUntil(() -> text("#copyCompareStatus").startsWith("Copied: read "));
        try (DynamoDbClient direct = new DynamoClientFactory().create(ConnectionProfile.builtInLocal()
                .withEndpoint(started.localEndpoint().orElseThrow()))) {
            assertThat(text("#copyCompareStatus")).contains("failed 0");
            SameItems.assertSame("the copy", ReferenceReader.scan(direct, "Orders"), ReferenceReader.scan(direct, "OrdersCopy"),
                    List.of("userId", "orderId"));
            Map<String, AttributeValue> first = direct.scan(b -> b.tableName("OrdersCopy").limit(1)).items().get(0);
            Map<String, AttributeValue> key = new HashMap<>(Map.of("userId", first.get("userId"), "orderId", first.get("orderId")));
            direct.updateItem(u -> u.tableName("OrdersCopy").key(key).updateExpression("SET #s = :s")
                    .expressionAttributeNames(Map.of("#s", "status")).expressionAttributeValues(Map.of(":s", AttributeValue.fromS("CHANGED"))));
        }
        robot.clickOn("#compareTables");
        waitUntil(() -> text("#copyCompareStatus").contains("different 1,") || text("#copyCompareStatus").contains("different 1 "));
        assertThat(text("#copyCompareStatus")).startsWith("only in Orders 0, only in OrdersCopy 0, different 1, same ");
        TableView<DifferenceRow> differences = robot.lookup("#differences").queryAs(TableView.class);
        assertThat(differences.getItems()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(DifferenceRow.Kind.DIFFERENT);
            assertThat(row.changes()).singleElement().satisfies(change -> assertThat(change.name()).isEqualTo("status"));
        });
        robot.interact(() -> differences.getSelectionModel().select(0));
        TableView<String[]> detail = robot.lookup("#differenceDetail").queryAs(TableView.class);
        waitUntil(() -> !detail.getItems().isEmpty());
        assertThat(detail.getItems()).filteredOn(row -> row[0].equals("status")).singleElement()
                .satisfies(row -> assertThat(row[2]).isEqualTo("S CHANGED"));
        Screenshots.save(robot, detail, "copy-compare");
        robot.interact(() -> robot.lookup("#differenceAttribute").queryTextInputControl().setText("total"));
        waitUntil(() -> differences.getItems().isEmpty());
        robot.interact(() -> robot.lookup("#differenceAttribute").queryTextInputControl().setText("status"));
        waitUntil(() -> differences.getItems().size() == 1);

        // Apply the difference to the copy: it holds the source's value again, journaled.
        try (dev.dynamodesk.ui.common.RecordingDialogs dialogs = dev.dynamodesk.ui.common.RecordingDialogs.answering(true)) {
            robot.interact(() -> differences.getSelectionModel().select(0));
            robot.clickOn("#applyDifferences");
            waitUntil(() -> text("#copyCompareStatus").startsWith("Applied to OrdersCopy: changed 1, unchanged 0, skipped"));
            assertThat(dialogs.asked).extracting(question -> question.id()).contains("confirmApplyDifferences");
        }
        robot.clickOn("#compareTables");
        waitUntil(() -> text("#copyCompareStatus").startsWith("only in Orders 0, only in OrdersCopy 0, different 0, same 55"));
    }

    @Test
    void selectedRowsOfTheGridAreCopiedToANewTable() throws Exception {
        DynamoDeskApp started = start(0);
        waitUntil(() -> tableNames().size() == 6 && robot.lookup("#taskStatus").queryAs(Label.class).getText().isEmpty());
        openTable("Orders");
        TableView<dev.dynamodesk.item.Item> grid = robot.lookup("#itemGrid").queryTableView();
        waitUntil(() -> robot.lookup("#gridStatus").queryAs(Label.class).getText().contains("all loaded"));
        robot.interact(() -> {
            grid.getSelectionModel().selectRange(2, 5);
            grid.getContextMenu().show(grid, Side.BOTTOM, 0, 0);
            grid.getContextMenu().getItems().stream().filter(item -> "copyRowsTo".equals(item.getId())).findFirst().orElseThrow().fire();
            grid.getContextMenu().hide();
        });
        waitUntil(() -> robot.lookup("#copyCompareView").tryQuery().isPresent());
        assertThat(text("#copyingWhat")).startsWith("Copy copies 3 selected items");
        robot.interact(() -> robot.lookup("#otherTable").queryTextInputControl().setText("OrdersFew"));
        robot.clickOn("#createOtherTable");
        robot.interact(() -> robot.lookup("#copyRate").queryTextInputControl().setText("fast"));
        robot.clickOn("#copyTable");
        waitUntil(() -> text("#copyCompareProblem") != null && text("#copyCompareProblem").startsWith("Rate: "));
        robot.interact(() -> robot.lookup("#copyRate").queryTextInputControl().setText("1000"));
        robot.clickOn("#copyTable");
        waitUntil(() -> text("#copyCompareStatus").startsWith("Copied: "));
        assertThat(text("#copyCompareStatus")).startsWith("Copied: read 3, written 3, skipped (already in the target) 0, failed 0");
        try (DynamoDbClient direct = new DynamoClientFactory().create(ConnectionProfile.builtInLocal()
                .withEndpoint(started.localEndpoint().orElseThrow()))) {
            var copied = ReferenceReader.scan(direct, "OrdersFew");
            assertThat(copied).hasSize(3);
            var source = ReferenceReader.scan(direct, "Orders");
            assertThat(source).containsAll(copied);
        }
    }

    @Test
    void theGridsQueryIsComparedWithTheSameQueryTheWholeTableOrAnotherQueryThere() throws Exception {
        DynamoDeskApp started = start(0);
        waitUntil(() -> tableNames().size() == 6 && robot.lookup("#taskStatus").queryAs(Label.class).getText().isEmpty());
        long ofOne;
        long ofOther;
        long all;
        try (DynamoDbClient direct = new DynamoClientFactory().create(ConnectionProfile.builtInLocal()
                .withEndpoint(started.localEndpoint().orElseThrow()))) {
            // The other table, made and filled by the test's own client: Orders with one item of u-1001 changed.
            direct.createTable(c -> c.tableName("OrdersAll").billingMode("PAY_PER_REQUEST")
                    .keySchema(k -> k.attributeName("userId").keyType("HASH"), k -> k.attributeName("orderId").keyType("RANGE"))
                    .attributeDefinitions(a -> a.attributeName("userId").attributeType("S"), a -> a.attributeName("orderId").attributeType("S")));
            List<Map<String, AttributeValue>> orders = direct.scan(b -> b.tableName("Orders")).items();
            orders.forEach(item -> direct.putItem(p -> p.tableName("OrdersAll").item(item)));
            Map<String, AttributeValue> changed = orders.stream().filter(item -> item.get("userId").s().equals("u-1001")).findFirst()
                    .orElseThrow();
            direct.updateItem(u -> u.tableName("OrdersAll").key(Map.of("userId", changed.get("userId"), "orderId", changed.get("orderId")))
                    .updateExpression("SET #s = :s").expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("CHANGED"))));
            all = orders.size();
            ofOne = orders.stream().filter(item -> item.get("userId").s().equals("u-1001")).count();
            ofOther = orders.stream().filter(item -> item.get("userId").s().equals("u-1002")).count();
        }
        assertThat(ofOne).isGreaterThan(1);
        assertThat(ofOther).isPositive();
        openTable("Orders");
        waitUntil(() -> robot.lookup("#gridStatus").queryAs(Label.class).getText().contains("all loaded"));
        robot.clickOn("#partitionValue").write("u-1001");
        robot.clickOn("#runQuery");
        TableView<dev.dynamodesk.item.Item> grid = robot.lookup("#itemGrid").queryTableView();
        waitUntil(() -> robot.lookup("#gridStatus").queryAs(Label.class).getText().contains("all loaded") && grid.getItems().size() == ofOne);
        robot.interact(() -> {
            grid.getContextMenu().show(grid, Side.BOTTOM, 0, 0);
            grid.getContextMenu().getItems().stream().filter(item -> "copyMatchingTo".equals(item.getId())).findFirst().orElseThrow().fire();
            grid.getContextMenu().hide();
        });
        waitUntil(() -> robot.lookup("#copyCompareView").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#otherTable").queryTextInputControl().setText("OrdersAll"));

        // The grid's query on both sides: the one item changed, nothing else.
        robot.clickOn("#compareTables");
        waitUntil(() -> text("#copyCompareStatus").startsWith("only in "));
        assertThat(text("#copyCompareStatus")).startsWith(String.format("only in Orders 0, only in OrdersAll 0, different 1, same %d", ofOne - 1));

        // The query's results against the whole other table: every other user's orders are only there.
        robot.interact(() -> robot.lookup("#compareOtherSide").queryAs(javafx.scene.control.ComboBox.class)
                .setValue(ComparedSides.Other.WHOLE_TABLE));
        robot.clickOn("#compareTables");
        waitUntil(() -> text("#copyCompareStatus").startsWith("only in "));
        assertThat(text("#copyCompareStatus")).startsWith(String.format("only in Orders 0, only in OrdersAll %d, different 1, same %d",
                all - ofOne, ofOne - 1));

        // Two different queries: u-1001's orders here, u-1002's there.
        robot.interact(() -> robot.lookup("#compareOtherWhere").queryTextInputControl().setText("userId = u-1002"));
        robot.clickOn("#compareTables");
        waitUntil(() -> text("#copyCompareStatus").startsWith("only in "));
        assertThat(text("#copyCompareStatus")).startsWith(String.format("only in Orders %d, only in OrdersAll %d, different 0, same 0",
                ofOne, ofOther));

        // The whole tables, and a condition that is not one.
        robot.interact(() -> {
            robot.lookup("#compareThisSide").queryAs(javafx.scene.control.ComboBox.class).getSelectionModel().select(0);
            robot.lookup("#compareOtherWhere").queryTextInputControl().setText("");
        });
        robot.clickOn("#compareTables");
        waitUntil(() -> text("#copyCompareStatus").startsWith("only in "));
        assertThat(text("#copyCompareStatus")).startsWith(String.format("only in Orders 0, only in OrdersAll 0, different 1, same %d",
                all - 1));
        robot.interact(() -> robot.lookup("#compareThisWhere").queryTextInputControl().setText("status ="));
        robot.clickOn("#compareTables");
        waitUntil(() -> text("#copyCompareProblem") != null && !text("#copyCompareProblem").isEmpty());
        assertThat(text("#copyCompareProblem")).contains("This side's condition 'status =' is not PATH OPERATOR VALUE");
    }

    @Test
    void aStoppedCopyIsResumedFromWhereItGotToOrStartedOver() throws Exception {
        DynamoDeskApp started = start(0);
        waitUntil(() -> tableNames().size() == 6 && robot.lookup("#taskStatus").queryAs(Label.class).getText().isEmpty());
        openCopyPage("Orders");
        robot.interact(() -> {
            robot.lookup("#otherTable").queryTextInputControl().setText("OrdersSlow");
            robot.lookup("#copyRate").queryTextInputControl().setText("8");
        });
        robot.clickOn("#createOtherTable");
        try (DynamoDbClient direct = new DynamoClientFactory().create(ConnectionProfile.builtInLocal()
                .withEndpoint(started.localEndpoint().orElseThrow()))) {
            robot.clickOn("#copyTable");
            // Stopped once some items are there (8 a second: the 55 take about 7 s).
            waitUntil(() -> direct.listTables().tableNames().contains("OrdersSlow")
                    && direct.scan(b -> b.tableName("OrdersSlow")).count() >= 8);
            robot.clickOn("#stopCopyCompare");
            waitUntil(() -> text("#copyCompareStatus").startsWith("Stopped: ") && text("#stoppedCopy") != null);
            int before = direct.scan(b -> b.tableName("OrdersSlow")).count();
            assertThat(before).isBetween(8, 54);
            assertThat(text("#copyCompareStatus")).contains("not confirmed (stopped: written again on resume)");
            assertThat(text("#stoppedCopy")).startsWith("A copy of this to Local (embedded) · OrdersSlow stopped on ")
                    .contains("segments still to copy");
            assertThat(robot.lookup("#copyTable").queryButton().isVisible()).isFalse();
            Screenshots.save(robot, robot.lookup("#copyCompareView").query(), "copy-stopped");

            // Resume: the rest is copied, not created again; the note goes once the copy is complete.
            robot.interact(() -> {
                robot.lookup("#createOtherTable").queryAs(javafx.scene.control.CheckBox.class).setSelected(false);
                robot.lookup("#copyRate").queryTextInputControl().setText("");
            });
            robot.clickOn("#resumeCopy");
            waitUntil(() -> text("#copyCompareStatus").startsWith("Copied: ") && text("#stoppedCopy") == null);
            long readOnResume = Long.parseLong(text("#copyCompareStatus").replaceAll("^Copied: read (\\d+),.*$", "$1"));
            assertThat(readOnResume).as("a resumed copy reads only what its segments had left").isLessThan(55);
            SameItems.assertSame("the resumed copy", ReferenceReader.scan(direct, "Orders"), ReferenceReader.scan(direct, "OrdersSlow"),
                    List.of("userId", "orderId"));
            assertThat(robot.lookup("#copyTable").queryButton().isVisible()).isTrue();

            // Stopped again, then started over: every item read and written again.
            robot.interact(() -> robot.lookup("#copyRate").queryTextInputControl().setText("8"));
            robot.clickOn("#copyTable");
            waitUntil(() -> !robot.lookup("#copyCompareProgress").query().isVisible() || text("#copyCompareStatus").startsWith("Copying"));
            Thread.sleep(1500);
            robot.clickOn("#stopCopyCompare");
            waitUntil(() -> text("#stoppedCopy") != null);
            robot.interact(() -> robot.lookup("#copyRate").queryTextInputControl().setText(""));
            robot.clickOn("#startCopyOver");
            waitUntil(() -> text("#copyCompareStatus").startsWith("Copied: ") && text("#stoppedCopy") == null);
            assertThat(text("#copyCompareStatus")).startsWith("Copied: read 55, written 55,");
            SameItems.assertSame("the copy started over", ReferenceReader.scan(direct, "Orders"),
                    ReferenceReader.scan(direct, "OrdersSlow"), List.of("userId", "orderId"));
        }
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
