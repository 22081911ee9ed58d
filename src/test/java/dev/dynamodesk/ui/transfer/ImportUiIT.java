package dev.dynamodesk.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.ui.AppUiTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** A CSV file into a new table: the key asked for, columns renamed, typed and skipped, the preview following along. */
class ImportUiIT extends AppUiTest {
    @Test
    void aCsvFileGoesIntoANewTableWithTheColumnsMappedAsTheUserSays() throws Exception {
        startSeeded();
        Path file = Files.writeString(home.resolve("people.csv"),
                "User Id,age,secret,tags (SS),zip\r\nu1,42,hunter2,\"[\"\"a\"\",\"\"b\"\"]\",02134\r\nu2,7,swordfish,,10001\r\n",
                StandardCharsets.UTF_8);
        robot.clickOn("#tableFilter").write("Orders").type(KeyCode.DOWN);
        robot.clickOn("File").clickOn("Import into new table…");
        waitUntil(() -> robot.lookup("#importDialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#importFile").queryAs(TextField.class).setText(file.toString()));
        waitUntil(() -> robot.lookup("#csvMapping").tryQuery().isPresent());

        ChoiceBox<?> format = robot.lookup("#importFormat").queryAs(ChoiceBox.class);
        assertThat(format.getValue()).isEqualTo(dev.dynamodesk.transfer.ExportFormat.CSV);
        assertThat(typeOf(1)).as("every age is a number").isEqualTo(AttributeType.N);
        assertThat(typeOf(3)).as("typed header").isEqualTo(AttributeType.SS);
        assertThat(typeOf(4)).as("02134 would lose its zero as a number").isEqualTo(AttributeType.S);
        robot.clickOn("#newTableName").write("People");
        robot.clickOn("#newTablePartitionKey").write("userId");
        waitUntil(() -> preview().startsWith("line 2: ✗ the key attribute userId is missing"));
        robot.interact(() -> {
            robot.lookup("#mappingAttribute-0").queryAs(TextField.class).setText("userId");
            setType(2, null);
        });
        waitUntil(() -> preview().startsWith("line 2: {\"userId\":{\"S\":\"u1\"},\"age\":{\"N\":\"42\"},\"tags\":{\"SS\":[\"a\",\"b\"]},\"zip\":{\"S\":\"02134\"}}"));
        assertThat(preview()).doesNotContain("hunter2");

        robot.interact(() -> robot.lookup("#mappingAttribute-4").queryAs(TextField.class).setText("age"));
        waitUntil(() -> robot.lookup("#importPreviewStatus").queryAs(Label.class).getText().contains("both fill age"));
        Node confirm = robot.lookup("#confirmImport").query();
        assertThat(confirm.isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#mappingAttribute-4").queryAs(TextField.class).setText("zip"));
        waitUntil(() -> !confirm.isDisabled() && confirm.localToScene(confirm.getBoundsInLocal()).getMaxY() <= confirm.getScene().getHeight());
        robot.clickOn("#confirmImport");

        waitUntil(() -> robot.lookup("#importDone").tryQuery().isPresent());
        DialogPane done = robot.lookup("#importDone").queryAs(DialogPane.class);
        assertThat(done.getContentText()).contains("2 records read: 2 written.");
        robot.clickOn(done.lookupButton(javafx.scene.control.ButtonType.OK));
        robot.interact(() -> robot.lookup("#tableFilter").queryTextInputControl().clear());
        waitUntil(() -> tableNames().contains("People"));
    }

    @Test
    void aDownloadedExportFolderIsImportedByItsManifest() throws Exception {
        startSeeded();
        // An export as DynamoDB writes it to S3, made here by hand: manifests, and one gzipped data file of {"Item": …} lines.
        Path root = Files.createDirectories(home.resolve("export/AWSDynamoDB/01700000000000-abcdef12/data"));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            lines.append("{\"Item\":{\"id\":{\"S\":\"e-").append(i).append("\"},\"n\":{\"N\":\"").append(i)
                    .append(".50\"},\"tags\":{\"SS\":[\"x\",\"y\"]}}}\n");
        }
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(root.resolve("part-0001.json.gz")))) {
            gz.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        }
        Path exportRoot = root.getParent();
        Files.writeString(exportRoot.resolve("manifest-files.json"), "{\"itemCount\":25,\"dataFileS3Key\":\"p/AWSDynamoDB/"
                + "01700000000000-abcdef12/data/part-0001.json.gz\"}\n");
        Files.writeString(exportRoot.resolve("manifest-summary.json"), "{\"version\":\"2020-06-30\",\"itemCount\":25,"
                + "\"outputFormat\":\"DYNAMODB_JSON\"}");

        openTable("Orders");
        robot.clickOn("File").clickOn("Import into new table…");
        waitUntil(() -> robot.lookup("#importDialog").tryQuery().isPresent());
        robot.clickOn("#newTableName").write("FromExport");
        robot.clickOn("#newTablePartitionKey").write("id");
        robot.interact(() -> robot.lookup("#importFile").queryAs(TextField.class).setText(home.resolve("export").toString()));
        waitUntil(() -> preview().startsWith("line 1: {\"id\":{\"S\":\"e-0\"}"));
        Node confirm = robot.lookup("#confirmImport").query();
        waitUntil(() -> !confirm.isDisabled() && confirm.localToScene(confirm.getBoundsInLocal()).getMaxY() <= confirm.getScene().getHeight());
        robot.clickOn("#confirmImport");
        waitUntil(() -> robot.lookup("#importDone").tryQuery().isPresent());
        DialogPane done = robot.lookup("#importDone").queryAs(DialogPane.class);
        assertThat(done.getContentText()).contains("25 records read: 25 written.");
        robot.clickOn(done.lookupButton(javafx.scene.control.ButtonType.OK));
        try (var direct = new dev.dynamodesk.connection.DynamoClientFactory().create(dev.dynamodesk.connection.ConnectionProfile
                .builtInLocal().withEndpoint(((dev.dynamodesk.ui.shell.DynamoDeskApp) app).localEndpoint().orElseThrow()))) {
            var items = direct.scan(b -> b.tableName("FromExport")).items();
            assertThat(items).hasSize(25);
            var third = items.stream().filter(item -> item.get("id").s().equals("e-3")).findFirst().orElseThrow();
            assertThat(new java.math.BigDecimal(third.get("n").n())).isEqualByComparingTo("3.50");
            assertThat(third.get("tags").ss()).containsExactlyInAnyOrder("x", "y");
        }
    }

    private AttributeType typeOf(int column) {
        return (AttributeType) robot.lookup("#mappingType-" + column).queryAs(ChoiceBox.class).getValue();
    }

    @SuppressWarnings("unchecked")
    private void setType(int column, AttributeType type) {
        ((ChoiceBox<AttributeType>) robot.lookup("#mappingType-" + column).queryAs(ChoiceBox.class)).setValue(type);
    }

    private String preview() {
        return robot.lookup("#importPreview").queryAs(TextArea.class).getText();
    }

    @Test
    void aLargeImportShowsItsProgressAndStopsWhenAsked() throws Exception {
        startSeeded();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            lines.append("{\"Item\": {\"id\": {\"S\": \"item-").append(i).append("\"}, \"n\": {\"N\": \"").append(i)
                    .append("\"}}}\n");
        }
        Path file = Files.writeString(home.resolve("many.jsonl"), lines, StandardCharsets.UTF_8);
        openTable("Orders");
        robot.clickOn("File").clickOn("Import into new table…");
        waitUntil(() -> robot.lookup("#importDialog").tryQuery().isPresent());
        robot.clickOn("#newTableName").write("Many");
        robot.clickOn("#newTablePartitionKey").write("id");
        robot.interact(() -> robot.lookup("#importFile").queryAs(TextField.class).setText(file.toString()));
        waitUntil(() -> preview().startsWith("line 1: {\"id\":{\"S\":\"item-0\"}"));
        Node confirm = robot.lookup("#confirmImport").query();
        waitUntil(() -> !confirm.isDisabled() && confirm.localToScene(confirm.getBoundsInLocal()).getMaxY() <= confirm.getScene().getHeight());
        robot.clickOn("#confirmImport");

        waitUntil(() -> robot.lookup("#taskStatus").queryAs(Label.class).getText().matches("Importing into Many: [0-9,]+ items written \\([1-9][0-9]% of the file\\)"));
        dev.dynamodesk.ui.Screenshots.save(robot, robot.lookup("#taskStatus").query(), "import-progress");
        robot.clickOn("#stopTask");
        waitUntil(() -> robot.lookup("#importStopped").tryQuery().isPresent());
        String said = robot.lookup("#importStopped").queryAs(DialogPane.class).getContentText();
        long written = Long.parseLong(said.substring(0, said.indexOf(' ')).replace(",", ""));
        assertThat(written).isPositive().isLessThan(60_000);
        assertThat(said).contains("the rest of the file was not imported");
    }
}
