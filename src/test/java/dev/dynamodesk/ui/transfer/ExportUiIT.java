package dev.dynamodesk.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.transfer.ImportLine;
import dev.dynamodesk.transfer.JsonLinesReader;
import dev.dynamodesk.transfer.ExportFormat;
import dev.dynamodesk.ui.AppUiTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Exporting a sample table from the window, as DynamoDB JSON lines and as CSV with a typed header. */
class ExportUiIT extends AppUiTest {
    private void exportSelected(String table, Path file, ExportFormat format, boolean typedHeader) throws Exception {
        robot.interact(() -> robot.lookup("#tableFilter").queryTextInputControl().clear());
        robot.clickOn("#tableFilter").write(table).type(KeyCode.DOWN);
        robot.clickOn("File").clickOn("Export table…");
        waitUntil(() -> robot.lookup("#exportDialog").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#exportFormat").queryAs(ChoiceBox.class).setValue(format);
            robot.lookup("#exportFile").queryAs(TextField.class).setText(file.toString());
            robot.lookup("#csvTypedHeader").queryAs(javafx.scene.control.CheckBox.class).setSelected(typedHeader);
        });
        // The dialog grows when CSV's rows appear: wait until the button is inside it again.
        waitUntil(() -> robot.lookup("#confirmExport").tryQuery()
                .map(button -> button.localToScene(button.getBoundsInLocal()).getMaxY() <= button.getScene().getHeight())
                .orElse(false));
        robot.clickOn("#confirmExport");
        waitUntil(() -> robot.lookup("#exportDone").tryQuery().isPresent());
        DialogPane done = robot.lookup("#exportDone").queryAs(DialogPane.class);
        assertThat(done.getContentText()).contains(file.toString());
        robot.clickOn(done.lookupButton(javafx.scene.control.ButtonType.OK));
    }

    @Test
    void aTableExportsToDynamoDbJsonLinesAndCsv() throws Exception {
        startSeeded();
        Path jsonl = home.resolve("events.jsonl");
        exportSelected("Events", jsonl, ExportFormat.DYNAMODB_JSON_LINES, false);
        List<ImportLine> lines = new ArrayList<>();
        try (JsonLinesReader reader = JsonLinesReader.dynamoJson(Files.newInputStream(jsonl))) {
            reader.forEachRemaining(lines::add);
        }
        assertThat(lines).hasSize(SAMPLE_EVENTS).allMatch(ImportLine::ok);
        assertThat(home.resolve("events.jsonl.part")).doesNotExist();

        Path csv = home.resolve("orders.csv");
        exportSelected("Orders", csv, ExportFormat.CSV, true);
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(rows.get(0)).startsWith("userId (S),orderId (S),").contains("total (N)");
        assertThat(rows).hasSize(1 + 55);
    }

    @Test
    void anExportImportsBackAfterTheTableNameIsTypedAndBadLinesAreReported() throws Exception {
        startSeeded();
        Path file = home.resolve("orders.jsonl");
        exportSelected("Orders", file, ExportFormat.DYNAMODB_JSON_LINES, false);
        Files.writeString(file, "{\"Item\": {\"orderId\": {\"S\": \"no user\"}}}\n", java.nio.file.StandardOpenOption.APPEND);

        robot.clickOn("File").clickOn("Import into table…");
        waitUntil(() -> robot.lookup("#importDialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#importFile").queryAs(TextField.class).setText(file.toString()));
        waitUntil(() -> robot.lookup("#importPreview").queryAs(javafx.scene.control.TextArea.class).getText().startsWith("line 1: {"));
        javafx.scene.Node confirm = robot.lookup("#confirmImport").query();
        assertThat(confirm.isDisabled()).as("the table holds items: its name must be typed").isTrue();
        robot.clickOn("#confirmImportName").write("Orders");
        waitUntil(() -> !confirm.isDisabled() && confirm.localToScene(confirm.getBoundsInLocal()).getMaxY() <= confirm.getScene().getHeight());
        robot.clickOn("#confirmImport");

        waitUntil(() -> robot.lookup("#importDone").tryQuery().isPresent());
        DialogPane done = robot.lookup("#importDone").queryAs(DialogPane.class);
        assertThat(done.getContentText()).contains("56 records read: 55 written, 1 refused.", "line 56:", "userId is missing",
                "orders.jsonl.failed.jsonl");
        assertThat(Files.readString(home.resolve("orders.jsonl.failed.jsonl"))).contains("no user");
        robot.clickOn(done.lookupButton(javafx.scene.control.ButtonType.OK));
    }
}
