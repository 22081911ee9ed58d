package dev.dynamodesk.ui.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.ui.AppUiTest;
import dev.dynamodesk.ui.Screenshots;
import dev.dynamodesk.ui.common.RecordingDialogs;
import dev.dynamodesk.ui.shell.DynamoDeskApp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Side;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A bulk change as a person makes one: select rows, set an attribute, dry run (the count and the
 * before/after shown, nothing written), run, then revert it from the connection's history. The
 * table is read with a client of the test's own, not through the app.
 */
class BulkChangeUiIT extends AppUiTest {
    @Test
    void selectedRowsAreChangedAfterADryRunAndRevertedFromTheHistory() throws Exception {
        DynamoDeskApp started = start(0);
        waitUntil(() -> tableNames().size() == 6 && robot.lookup("#taskStatus").queryAs(Label.class).getText().isEmpty());
        openTable("Orders");
        waitUntil(() -> status().contains("all loaded") && grid().getItems().size() >= 3);
        try (DynamoDbClient direct = new DynamoClientFactory().create(ConnectionProfile.builtInLocal()
                .withEndpoint(started.localEndpoint().orElseThrow()));
             RecordingDialogs dialogs = RecordingDialogs.answering(true)) {
            Map<String, Map<String, AttributeValue>> before = orders(direct);
            robot.interact(() -> grid().getSelectionModel().selectRange(0, 3));
            List<Item> picked = List.copyOf(grid().getSelectionModel().getSelectedItems());
            fire(grid(), grid().getContextMenu(), "changeInBulk");
            waitUntil(() -> robot.lookup("#bulkChangeView").tryQuery().isPresent());

            robot.clickOn("#bulkPath0").write("status");
            robot.clickOn("#bulkValue0").write("BULK-TEST");
            robot.clickOn("#bulkDryRun");
            BulkChangeView view = robot.lookup("#bulkChangeView").queryAs(BulkChangeView.class);
            // Both set in one FX event; read here, off it, the label can show before the table is filled.
            waitUntil(() -> text("#bulkSummary").startsWith("Dry run: would change 3, unchanged 0, would fail 0 (read 3")
                    && view.shownExamples().size() == 3);
            assertThat(view.shownExamples()).hasSize(3).allSatisfy(row -> {
                assertThat(row[0]).isEqualTo("status (3)");
                assertThat(row[3]).isEqualTo("S BULK-TEST");
            });
            assertThat(orders(direct)).as("a dry run writes nothing").isEqualTo(before);
            Screenshots.save(robot, view, "bulk-change");

            robot.clickOn("#bulkRun");
            waitUntil(() -> text("#bulkCounts").equals("changed 3, unchanged 0, skipped (changed since read) 0, failed 0"));
            assertThat(text("#bulkJournal")).startsWith("Journal: ").endsWith("-Orders-update.jsonl");
            Map<String, Map<String, AttributeValue>> after = orders(direct);
            for (Item item : picked) {
                String key = ((StringValue) item.get("userId")).value() + "|" + ((StringValue) item.get("orderId")).value();
                Map<String, AttributeValue> expected = new HashMap<>(before.get(key));
                expected.put("status", AttributeValue.fromS("BULK-TEST"));
                assertThat(after.get(key)).as(key).isEqualTo(expected);
            }
            assertThat(after.values().stream().filter(item -> item.get("status").s().equals("BULK-TEST"))).hasSize(3);
            // The table's tab shows the table as the run left it.
            waitUntil(() -> grid().getItems().stream().filter(item -> new StringValue("BULK-TEST").equals(item.get("status"))).count() == 3);

            // Revert from the connection's history.
            @SuppressWarnings("unchecked")
            TreeCell<Object> cell = (TreeCell<Object>) tableCell("Orders");
            robot.interact(() -> cell.getTreeView().getSelectionModel().select(cell.getTreeItem().getParent()));
            fire(cell.getTreeView(), cell.getTreeView().getContextMenu(), "bulkHistoryHere");
            waitUntil(() -> robot.lookup("#bulkRuns").tryQuery().isPresent()
                    && !robot.lookup("#bulkRuns").queryAs(TableView.class).getItems().isEmpty());
            TableView<?> runs = robot.lookup("#bulkRuns").queryAs(TableView.class);
            robot.interact(() -> runs.getSelectionModel().select(0));
            robot.clickOn("#bulkPreviewRevert");
            waitUntil(() -> text("#bulkHistoryStatus").startsWith("Revert: would revert 3, unchanged (already as before the run) 0"));
            Screenshots.save(robot, robot.lookup("#bulkHistoryView").query(), "bulk-history");
            robot.clickOn("#bulkHistoryRevert");
            waitForText("#bulkHistoryStatus", "Reverted: changed 3, unchanged 0, skipped (changed since read) 0, failed 0");
            assertThat(dialogs.asked).extracting(question -> question.id()).contains("confirmHistoryRevert");
            assertThat(orders(direct)).isEqualTo(before);
            waitUntil(() -> runs.getItems().size() == 2); // the revert keeps a journal of its own
        }
    }

    @Test
    void aConsoleSelectsRowsAreChangedThroughTheirTable() throws Exception {
        startSeeded();
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.E).release(javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#statementEditor").tryQuery().isPresent());
        org.fxmisc.richtext.CodeArea editor = robot.lookup("#statementEditor").queryAs(org.fxmisc.richtext.CodeArea.class);
        robot.interact(() -> {
            // Only two attributes selected: the bulk change reads each item again whole by its key.
            editor.replaceText("SELECT userId, orderId FROM Orders WHERE userId = 'u-1002'");
            editor.moveTo(editor.getLength());
            editor.requestFocus();
        });
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.ENTER).release(javafx.scene.input.KeyCode.CONTROL);
        TableView<Item> results = robot.lookup("#resultGrid").queryTableView();
        waitUntil(() -> !results.getItems().isEmpty());
        int rows = results.getItems().size();
        fire(results, results.getContextMenu(), "changeResultsInBulk");
        waitUntil(() -> robot.lookup("#bulkChangeView").tryQuery().isPresent());
        robot.clickOn("#bulkModeDelete");
        robot.clickOn("#bulkDryRun");
        waitUntil(() -> text("#bulkSummary").startsWith(String.format("Dry run: would delete %d, unchanged 0, would fail 0", rows)));
    }

    /** Monocle does not turn a right click into a context-menu request: show the menu and fire its item as that would. */
    private void fire(javafx.scene.Node owner, javafx.scene.control.ContextMenu menu, String id) {
        robot.interact(() -> {
            menu.show(owner, Side.BOTTOM, 0, 0);
            MenuItem item = menu.getItems().stream().filter(candidate -> id.equals(candidate.getId())).findFirst().orElseThrow();
            assertThat(item.isDisable()).as(id + " enabled").isFalse();
            item.fire();
            menu.hide();
        });
    }

    /** Waits for a label to start with {@code start}; says what it and the problem line show when it does not. */
    private void waitForText(String id, String start) throws Exception {
        try {
            waitUntil(() -> text(id).startsWith(start));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(id + " shows \"" + text(id) + "\"; problems: " + robot.lookup(".form-problem").queryAll().stream()
                    .map(node -> ((Label) node).getText()).toList(), e);
        }
    }

    private Map<String, Map<String, AttributeValue>> orders(DynamoDbClient direct) {
        Map<String, Map<String, AttributeValue>> items = new HashMap<>();
        direct.scanPaginator(b -> b.tableName("Orders")).items()
                .forEach(item -> items.put(item.get("userId").s() + "|" + item.get("orderId").s(), item));
        return items;
    }

    private TableView<Item> grid() {
        return robot.lookup("#itemGrid").queryTableView();
    }

    private String status() {
        return robot.lookup("#gridStatus").queryAs(Label.class).getText();
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
