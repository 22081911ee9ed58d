package dev.dynamodesk.ui.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.ui.AppUiTest;
import dev.dynamodesk.ui.Screenshots;
import dev.dynamodesk.ui.shell.DynamoDeskApp;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import dev.dynamodesk.item.AttributeValues;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The operations panel on the built-in DynamoDB Local: a stream turned on with its view type and
 * TTL on an attribute, each through its form with the request shown first, checked with the
 * test's own client; tags, which Local lacks, say so and offer nothing. Then the stream's live tail
 * shows another client's put and update with their images.
 */
class OperationsUiIT extends AppUiTest {
    @Test
    @SuppressWarnings("unchecked")
    void aStreamAndTimeToLiveAreTurnedOnFromTheOperationsPanelAndTheTailShowsAnotherClientsWrites() throws Exception {
        DynamoDeskApp started = start(0);
        waitUntil(() -> tableNames().size() == 6 && robot.lookup("#taskStatus").queryAs(Label.class).getText().isEmpty());
        openTable("Orders");
        robot.clickOn("#showInfo");
        waitUntil(() -> robot.lookup("#operation-stream").tryQuery().isPresent());
        assertThat(text("#operation-stream")).isEqualTo("DISABLED");
        assertThat(text("#operation-tags")).isEqualTo("not available (Tagging is not currently supported in DynamoDB Local.)");
        assertThat(robot.lookup("#editTags").tryQuery()).isEmpty();

        clickWhenShown("#changeStream");
        waitUntil(() -> robot.lookup("#streamDialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#streamDialog").queryAs(DialogPane.class);
        robot.clickOn("#streamOn");
        ComboBox<String> view = robot.lookup("#streamViewType").queryComboBox();
        robot.interact(() -> view.setValue("NEW_AND_OLD_IMAGES"));
        TextArea preview = robot.from(dialog).lookup(".request-json").queryAs(TextArea.class);
        waitUntil(() -> preview.getText().contains("\"StreamViewType\" : \"NEW_AND_OLD_IMAGES\""));
        assertThat(preview.getText()).startsWith("// UpdateTable").contains("\"StreamEnabled\" : true");
        robot.clickOn("#sendOperation");
        waitUntil(() -> text("#operation-stream").startsWith("NEW_AND_OLD_IMAGES ("));

        clickWhenShown("#changeTtl");
        waitUntil(() -> robot.lookup("#ttlDialog").tryQuery().isPresent());
        robot.clickOn("#ttlOn");
        robot.interact(() -> robot.lookup("#ttlAttribute").queryTextInputControl().setText("deliverBy"));
        robot.clickOn("#sendOperation");
        waitUntil(() -> text("#operation-time-to-live").endsWith(" on deliverBy"));
        Screenshots.saveShowing(robot, "#operationsPane", "operations");

        // Exports to S3: Local lists none and has no point-in-time recovery; the form says so and sends nothing.
        waitUntil(() -> text("#operation-s3-jobs").contains("Exports not listed: An unknown operation was requested."));
        clickWhenShown("#exportToS3");
        waitUntil(() -> robot.lookup("#exportS3Dialog").tryQuery().isPresent());
        DialogPane s3 = robot.lookup("#exportS3Dialog").queryAs(DialogPane.class);
        robot.interact(() -> robot.lookup("#exportS3Url").queryTextInputControl().setText("s3://exports/orders"));
        waitUntil(() -> robot.from(s3).lookup(".form-problem").queryAs(Label.class).getText()
                .startsWith("This endpoint has no point-in-time recovery, so no export to S3: An unknown operation was requested."));
        assertThat(s3.lookupButton(s3.getButtonTypes().get(1)).isDisabled()).isTrue();
        robot.interact(() -> ((javafx.stage.Stage) s3.getScene().getWindow()).close());

        // Import from S3 into a new table: the ImportTable request shown, sent, and Local's refusal in its words.
        clickWhenShown("#importFromS3");
        waitUntil(() -> robot.lookup("#importS3Dialog").tryQuery().isPresent());
        DialogPane importing = robot.lookup("#importS3Dialog").queryAs(DialogPane.class);
        robot.interact(() -> {
            robot.lookup("#importS3Url").queryTextInputControl().setText("s3://exports/orders");
            robot.lookup("#importS3Partition").queryTextInputControl().setText("userId:S");
            robot.lookup("#importS3Sort").queryTextInputControl().setText("orderId:S");
        });
        TextArea request = robot.from(importing).lookup(".request-json").queryAs(TextArea.class);
        waitUntil(() -> request.getText().startsWith("// ImportTable"));
        assertThat(request.getText()).contains("\"S3Bucket\" : \"exports\"").contains("\"TableName\" : \"Orders-imported\"")
                .contains("\"AttributeName\" : \"orderId\"");
        robot.clickOn("#sendOperation");
        waitUntil(() -> text("#operationProblem").contains("An unknown operation was requested"));
        try (DynamoDbClient check = new DynamoClientFactory().create(ConnectionProfile.builtInLocal()
                .withEndpoint(started.localEndpoint().orElseThrow()))) {
            assertThat(check.listTables().tableNames()).doesNotContain("Orders-imported");
        }

        try (DynamoDbClient direct = new DynamoClientFactory().create(ConnectionProfile.builtInLocal()
                .withEndpoint(started.localEndpoint().orElseThrow()))) {
            var table = direct.describeTable(b -> b.tableName("Orders")).table();
            assertThat(table.streamSpecification().streamEnabled()).isTrue();
            assertThat(table.streamSpecification().streamViewTypeAsString()).isEqualTo("NEW_AND_OLD_IMAGES");
            assertThat(text("#operation-stream")).isEqualTo("NEW_AND_OLD_IMAGES (" + table.latestStreamArn() + ")");
            var ttl = direct.describeTimeToLive(b -> b.tableName("Orders")).timeToLiveDescription();
            assertThat(ttl.attributeName()).isEqualTo("deliverBy");
            assertThat(text("#operation-time-to-live")).isEqualTo(ttl.timeToLiveStatusAsString() + " on deliverBy");

            // The live tail: another client's put and update appear with their images.
            clickWhenShown("#tailStream");
            waitUntil(() -> robot.lookup("#streamTailView").tryQuery().isPresent());
            robot.clickOn("#startTail");
            waitUntil(() -> text("#tailStatus").startsWith("Following the stream from now"));
            Thread.sleep(1_500); // the tail has its shard iterators at LATEST
            Map<String, AttributeValue> order = Map.of("userId", AttributeValue.fromS("u-tail"), "orderId", AttributeValue.fromS("o-1"),
                    "total", AttributeValue.fromN("10.50"), "tags", AttributeValue.fromSs(List.of("new", "gift")));
            direct.putItem(b -> b.tableName("Orders").item(order));
            direct.updateItem(b -> b.tableName("Orders").key(Map.of("userId", order.get("userId"), "orderId", order.get("orderId")))
                    .updateExpression("SET #t = :t").expressionAttributeNames(Map.of("#t", "total"))
                    .expressionAttributeValues(Map.of(":t", AttributeValue.fromN("12.00"))));
            TableView<dev.dynamodesk.dynamo.ops.StreamTail.Change> records = robot.lookup("#tailRecords").queryAs(TableView.class);
            waitUntil(() -> records.getItems().size() == 2);
            assertThat(records.getItems()).extracting(change -> change.eventName()).containsExactly("INSERT", "MODIFY");
            assertThat(records.getItems().get(0).newImage()).isEqualTo(AttributeValues.toItem(order));
            assertThat(records.getItems().get(1).oldImage()).isEqualTo(AttributeValues.toItem(order));
            assertThat(records.getItems().get(1).newImage()).isEqualTo(AttributeValues.toItem(
                    direct.getItem(b -> b.tableName("Orders").key(Map.of("userId", order.get("userId"), "orderId", order.get("orderId"))))
                            .item()));
            robot.interact(() -> records.getSelectionModel().select(1));
            TableView<String[]> images = robot.lookup("#tailImages").queryAs(TableView.class);
            waitUntil(() -> !images.getItems().isEmpty());
            // The one attribute that differs, first; DynamoDB Local's stream gives the put's 10.50 as 10.5 (the same number).
            assertThat(images.getItems().get(0)[0]).isEqualTo("total");
            assertThat(new java.math.BigDecimal(images.getItems().get(0)[1].substring(2))).isEqualByComparingTo("10.50");
            assertThat(images.getItems().get(0)[2]).isEqualTo("N 12.00");
            assertThat(images.getItems().stream().filter(row -> "true".equals(row[3]))).hasSize(1);
            robot.interact(() -> robot.lookup("#tailFilter").queryTextInputControl().setText("u-nobody"));
            waitUntil(() -> records.getItems().isEmpty());
            robot.interact(() -> robot.lookup("#tailFilter").queryTextInputControl().setText("u-tail"));
            waitUntil(() -> records.getItems().size() == 2);
            assertThat(dev.dynamodesk.ui.ops.StreamTailViewModel.keyText(records.getItems().get(0))).contains("userId = u-tail")
                    .contains("orderId = o-1");
            robot.interact(() -> records.getSelectionModel().select(1));
            waitUntil(() -> !images.getItems().isEmpty());
            Screenshots.saveShowing(robot, "#streamTailView", "stream-tail");

            // Exported as JSON lines: read back with the test's own parser, the images as the other client wrote them.
            StreamTailViewModel tail = robot.lookup(".tab-pane").queryAllAs(javafx.scene.control.TabPane.class).stream()
                    .flatMap(pane -> pane.getTabs().stream()).filter(StreamTailTab.class::isInstance).map(tab -> ((StreamTailTab) tab).model())
                    .findFirst().orElseThrow();
            java.nio.file.Path exported = home.resolve("orders-stream.jsonl");
            robot.interact(() -> tail.export(exported));
            waitUntil(() -> text("#tailStatus").startsWith("Exported 2 records to "));
            List<String> lines = java.nio.file.Files.readAllLines(exported).stream().filter(line -> !line.isBlank()).toList();
            assertThat(lines).hasSize(2);
            var insert = dev.dynamodesk.testing.ReferenceReader.JSON.readTree(lines.get(0));
            var modify = dev.dynamodesk.testing.ReferenceReader.JSON.readTree(lines.get(1));
            assertThat(insert.path("eventName").asText()).isEqualTo("INSERT");
            assertThat(modify.path("eventName").asText()).isEqualTo("MODIFY");
            assertThat(dev.dynamodesk.testing.Typed.dynamoJsonItem(insert.path("newImage"))).isEqualTo(dev.dynamodesk.testing.Typed.item(order));
            assertThat(dev.dynamodesk.testing.Typed.dynamoJsonItem(modify.path("oldImage"))).isEqualTo(dev.dynamodesk.testing.Typed.item(order));
            assertThat(dev.dynamodesk.testing.Typed.dynamoJsonItem(modify.path("newImage")).get("total"))
                    .isEqualTo(dev.dynamodesk.testing.Typed.of(AttributeValue.fromN("12.00")));
            robot.clickOn("#stopTail");
            waitUntil(() -> text("#tailStatus").startsWith("Stopped."));
        }
    }

    @Test
    void theSampleEventsTtlColumnSaysWhenEachItemExpires() throws Exception {
        start(0);
        waitUntil(() -> tableNames().size() == 6 && robot.lookup("#taskStatus").queryAs(Label.class).getText().isEmpty());
        openTable("Events");
        TableView<dev.dynamodesk.item.Item> grid = robot.lookup("#itemGrid").queryTableView();
        waitUntil(() -> !grid.getItems().isEmpty() && grid.getColumns().stream().anyMatch(c -> "expiresAt".equals(c.getUserData()))
                && robot.lookup(".table-cell").match((javafx.scene.control.TableCell<?, ?> cell) -> cell.getTableColumn() != null
                && "expiresAt".equals(cell.getTableColumn().getUserData()) && cell.getText() != null && cell.getText().contains(" · "))
                .tryQuery().isPresent());
        javafx.scene.control.TableCell<?, ?> cell = robot.lookup(".table-cell").match((javafx.scene.control.TableCell<?, ?> shown) ->
                shown.getTableColumn() != null && "expiresAt".equals(shown.getTableColumn().getUserData()) && shown.getText() != null
                        && shown.getText().contains(" · ")).query();
        Screenshots.saveShowing(robot, "#itemGrid", "events-ttl");
        // The date and the days left, worked out here with java.time from the number itself.
        long seconds = Long.parseLong(cell.getText().substring(0, cell.getText().indexOf(' ')));
        java.time.Instant at = java.time.Instant.ofEpochSecond(seconds);
        String date = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault()).format(at);
        long days = java.time.Duration.between(java.time.Instant.now(), at).toDays();
        assertThat(cell.getText()).isIn(seconds + " (" + date + " · expires in " + days + " d)",
                seconds + " (" + date + " · expires in " + (days + 1) + " d)");
        assertThat(grid.getItems().stream().map(item -> item.get("expiresAt")).filter(java.util.Objects::nonNull).map(v -> v.toString()))
                .anyMatch(text -> text.contains(Long.toString(seconds)));

        // The item editor says the same when the TTL attribute is picked.
        robot.interact(() -> {
            grid.getSelectionModel().clearAndSelect(0);
            grid.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#itemTree").tryQuery().isPresent());
        javafx.scene.control.TreeTableView<?> tree = robot.lookup("#itemTree").queryAs(javafx.scene.control.TreeTableView.class);
        long first = Long.parseLong(grid.getItems().get(0).get("expiresAt").toString().replaceAll("[^0-9]", ""));
        robot.interact(() -> {
            for (int i = 0; i < tree.getExpandedItemCount(); i++) {
                Object node = tree.getTreeItem(i).getValue();
                if (node != null && node.toString().contains("expiresAt")) {
                    tree.getSelectionModel().clearAndSelect(i);
                }
            }
        });
        waitUntil(() -> text("#editorStatus").startsWith("expiresAt is the table's time to live: "));
        String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault())
                .format(java.time.Instant.ofEpochSecond(first));
        assertThat(text("#editorStatus")).contains(when + " · expires in ");
    }

    /** The panel's rows are made again on each read of the settings: wait for the button of the latest. */
    private void clickWhenShown(String id) throws Exception {
        waitUntil(() -> robot.lookup(id).tryQuery().isPresent());
        robot.clickOn(id);
    }

    /** A label's text, or "" while it is not there (the panel's rows are made again on each read). */
    private String text(String id) {
        return robot.lookup(id).tryQueryAs(Label.class).map(Label::getText).map(String::valueOf).orElse("");
    }
}
