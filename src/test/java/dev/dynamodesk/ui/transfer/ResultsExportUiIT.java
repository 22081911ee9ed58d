package dev.dynamodesk.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.transfer.ImportLine;
import dev.dynamodesk.transfer.JsonLinesReader;
import dev.dynamodesk.ui.AppUiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;

/** What the builder and the console show can be exported as it is: a query's results, a SELECT's results. */
class ResultsExportUiIT extends AppUiTest {
    private static List<ImportLine> read(Path file) throws Exception {
        List<ImportLine> lines = new ArrayList<>();
        try (JsonLinesReader reader = JsonLinesReader.dynamoJson(Files.newInputStream(file))) {
            reader.forEachRemaining(lines::add);
        }
        return lines;
    }

    private void confirmExport(Path file) throws Exception {
        robot.interact(() -> robot.lookup("#exportFile").queryAs(TextField.class).setText(file.toString()));
        robot.clickOn("#confirmExport");
        waitUntil(() -> robot.lookup("#exportDone").tryQuery().isPresent());
        DialogPane done = robot.lookup("#exportDone").queryAs(DialogPane.class);
        robot.clickOn(done.lookupButton(javafx.scene.control.ButtonType.OK));
    }

    @Test
    void theBuildersQueryIsOfferedAsTheCurrentResults() throws Exception {
        startSeeded();
        openTable("Orders");
        waitUntil(() -> robot.lookup("#gridStatus").queryAs(Label.class).getText().contains("all loaded"));
        robot.clickOn("#partitionValue").write("u-1001");
        robot.clickOn("#runQuery");
        waitUntil(() -> robot.lookup("#gridStatus").queryAs(Label.class).getText().contains("all loaded"));
        int shown = robot.lookup("#itemGrid").queryTableView().getItems().size();

        robot.clickOn("File").clickOn("Export table…");
        waitUntil(() -> robot.lookup("#exportDialog").tryQuery().isPresent());
        assertThat((String) robot.lookup("#exportSource").queryAs(ChoiceBox.class).getValue()).isEqualTo("Current results: Query");
        Path file = home.resolve("u-1001.jsonl");
        confirmExport(file);

        List<ImportLine> lines = read(file);
        assertThat(lines).hasSize(shown).allSatisfy(line -> assertThat(line.item().get("userId").toString()).contains("u-1001"));
    }

    @Test
    void aConsoleSelectExportsEveryItemItReturns() throws Exception {
        startSeeded();
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#statementEditor").tryQuery().isPresent());
        CodeArea editor = robot.lookup("#statementEditor").queryAs(CodeArea.class);
        robot.interact(() -> {
            editor.replaceText("SELECT * FROM Events WHERE \"type\" = 'login'");
            editor.moveTo(editor.getLength());
            editor.requestFocus();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        // A full read of Events: the console asks first.
        waitUntil(() -> robot.lookup("#fullScanQuestion").tryQuery().isPresent());
        robot.clickOn("Run anyway");
        waitUntil(() -> robot.lookup("#runSummary").queryAs(Label.class).getText().contains("items"));

        robot.clickOn("#exportResults");
        waitUntil(() -> robot.lookup("#exportResultsDialog").tryQuery().isPresent());
        Path file = home.resolve("clicks.jsonl");
        confirmExport(file);

        long expected = robot.lookup("#resultGrid").queryTableView().getItems().size();
        List<ImportLine> lines = read(file);
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.item().get("type").toString()).contains("login"));
        assertThat((long) lines.size()).isGreaterThanOrEqualTo(expected);
    }
}
