package dev.dynamodesk.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.dynamo.partiql.Completions;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.ui.AppUiTest;
import java.util.Collection;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;

/** The PartiQL console driven as a person would: typing, completing, running, reading results. */
class ConsoleUiIT extends AppUiTest {

    private CodeArea editor() {
        return robot.lookup("#statementEditor").queryAs(CodeArea.class);
    }

    private TableView<Item> results() {
        return robot.lookup("#resultGrid").queryTableView();
    }

    private String summary() {
        return robot.lookup("#runSummary").queryAs(Label.class).getText();
    }

    private void openConsole(String script) throws Exception {
        startSeeded();
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#statementEditor").tryQuery().isPresent());
        robot.interact(() -> {
            editor().replaceText(script);
            editor().moveTo(editor().getLength());
            editor().requestFocus();
        });
    }

    private void runAtCaret() {
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    }

    @Test
    void typeCompleteATableNameRunAndSeeRows() throws Exception {
        openConsole("");
        robot.write("SELECT * FROM Ord");
        robot.press(KeyCode.CONTROL).type(KeyCode.SPACE).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#completionList").tryQuery().isPresent()
                && !robot.lookup("#completionList").queryAs(ListView.class).getItems().isEmpty());
        ListView<Completions.Suggestion> list = robot.lookup("#completionList").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(Completions.Suggestion::label).containsExactly("Orders");
        robot.type(KeyCode.ENTER);
        assertThat(editor().getText()).isEqualTo("SELECT * FROM Orders");

        robot.write(" WHERE userId = 'u-1001'");
        assertThat(editor().getText()).isEqualTo("SELECT * FROM Orders WHERE userId = 'u-1001'");
        runAtCaret();
        waitUntil(() -> summary().contains("items"));
        assertThat(results().getItems()).isNotEmpty()
                .allSatisfy(item -> assertThat(item.get("userId")).isEqualTo(new StringValue("u-1001")));
        assertThat(summary()).contains("1 request");
        // Keywords are highlighted once the background pass is done.
        waitUntil(() -> editor().getStyleAtPosition(3).contains("pq-keyword"));
        Collection<String> tableStyle = editor().getStyleAtPosition(16);
        assertThat(tableStyle).doesNotContain("pq-keyword");
        // What ran is in the history.
        ListView<?> history = robot.lookup("#historyList").queryAs(ListView.class);
        assertThat(history.getItems()).hasSize(1);
    }

    @Test
    void aFullTableReadAsksFirstAndAMistakeIsShownInTheScript() throws Exception {
        String script = "SELECT * FROM Events;\nSELECT * FROM Ordrs WHERE userId = 'u-1001'";
        openConsole(script);
        robot.interact(() -> editor().moveTo(3));
        runAtCaret();
        waitUntil(() -> robot.lookup("#fullScanQuestion").tryQuery().isPresent());
        assertThat(robot.lookup("#fullScanQuestionText").queryAs(Label.class).getText()).contains("Events").contains("no WHERE clause");
        robot.clickOn("Cancel");
        waitUntil(() -> robot.lookup("#consoleMessage").queryAs(Label.class).getText().contains("Not run"));

        robot.interact(() -> editor().moveTo(editor().getLength()));
        runAtCaret();
        waitUntil(() -> robot.lookup("#problemText").tryQuery().isPresent());
        assertThat(robot.lookup("#problemText").queryAs(Label.class).getText()).contains("Ordrs").contains("Did you mean Orders?");
        robot.clickOn("#goToProblem");
        int at = script.indexOf("Ordrs");
        waitUntil(() -> editor().getCaretPosition() == at);
        assertThat(robot.lookup("#statementEditor").queryAs(CodeArea.class).getCaretPosition()).isEqualTo(at);
        assertThat(robot.lookup("#runList").queryAs(ListView.class).getItems()).hasSize(1);
    }

    @Test
    void parametersComeFromThePanelAndFindReplaceWorks() throws Exception {
        openConsole("SELECT * FROM Orders WHERE userId = ?");
        waitUntil(() -> robot.lookup("#parameterValue1").tryQuery().filter(field -> field.getScene() != null).isPresent());
        robot.clickOn("#parameterValue1").write("u-1002");
        robot.interact(() -> editor().requestFocus());
        runAtCaret();
        waitUntil(() -> summary().contains("items"));
        assertThat(results().getItems()).isNotEmpty()
                .allSatisfy(item -> assertThat(item.get("userId")).isEqualTo(new StringValue("u-1002")));

        // The statement at the caret, with the panel's value, as a program.
        javafx.scene.control.MenuButton code = robot.lookup("#consoleCode").queryAs(javafx.scene.control.MenuButton.class);
        robot.interact(() -> code.getItems().stream().filter(item -> "copyStatementCode-JAVASCRIPT".equals(item.getId()))
                .findFirst().orElseThrow().fire());
        robot.interact(() -> assertThat(javafx.scene.input.Clipboard.getSystemClipboard().getString())
                .contains("new ExecuteStatementCommand({").contains("Statement: \"SELECT * FROM Orders WHERE userId = ?\"")
                .contains("Parameters: [{\"S\": \"u-1002\"}]").contains("endpoint: \"http://127.0.0.1:"));

        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#findBar").query().isVisible());
        robot.interact(() -> {
            robot.lookup("#findText").queryAs(TextField.class).setText("orders");
            robot.lookup("#replaceText").queryAs(TextField.class).setText("\"Orders\"");
        });
        robot.clickOn("#replaceAll");
        assertThat(editor().getText()).isEqualTo("SELECT * FROM \"Orders\" WHERE userId = ?");
        assertThat(robot.lookup("#findCount").queryAs(Label.class).getText()).isEqualTo("Replaced 1");
    }
}
