package dev.dynamodesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.config.AppDirectories;
import dev.dynamodesk.config.AppSettings;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.ui.AppUiTest;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Starts the real app on an in-memory DynamoDB Local and uses it as a person would. */
class MainWindowUiIT extends AppUiTest {
    @Test
    void showsTheSampleTablesAndOpensOneWithItsItems() throws Exception {
        start(0);
        waitUntil(() -> tableNames().contains("UserData") && tableNames().size() == 6);
        assertThat(tableNames()).containsExactly("App", "Events", "ExampleTable", "Orders", "TypeShowcase", "UserData");
        assertThat(stage().getTitle()).isEqualTo("Dynamo Desk — Local (embedded)");
        assertThat(robot.lookup("#statusEndpoint").queryAs(Label.class).getText()).startsWith("http://127.0.0.1:");

        robot.doubleClickOn(tableCell("UserData"));
        TableView<Item> grid = robot.lookup("#itemGrid").queryTableView();
        waitUntil(() -> grid.getItems().size() == 25 && !grid.getColumns().isEmpty());
        assertThat(grid.getColumns().get(0).getText()).isEqualTo("userId");
        assertThat(grid.getItems()).extracting(item -> item.get("userId").toString()).isNotEmpty();
        assertThat(robot.lookup("#gridStatus").queryAs(Label.class).getText()).startsWith("25 items · all loaded");
        assertThat(robot.lookup("#tabs").queryAs(TabPane.class).getTabs()).hasSize(1);

        // Opening it again selects the same tab instead of a second one.
        robot.doubleClickOn(tableCell("UserData"));
        assertThat(robot.lookup("#tabs").queryAs(TabPane.class).getTabs()).hasSize(1);
    }

    @Test
    void scrollingLoadsTheNextPagesUntilTheEnd() throws Exception {
        start(0);
        // Events are written in the background after the small tables; wait for all of them.
        waitUntil(() -> robot.lookup("#taskStatus").queryAs(Label.class).getText().isEmpty() && tableNames().contains("Events"));
        robot.clickOn("#tableFilter").write("Even").type(KeyCode.ENTER);
        TableView<Item> grid = robot.lookup("#itemGrid").queryTableView();
        waitUntil(() -> grid.getItems().size() >= CHUNK);
        robot.interact(() -> grid.scrollTo(grid.getItems().size() - 1));
        waitUntil(() -> grid.getItems().size() >= 2 * CHUNK);
        robot.interact(() -> grid.scrollTo(grid.getItems().size() - 1));
        waitUntil(() -> grid.getItems().size() == SAMPLE_EVENTS);
        waitUntil(() -> robot.lookup("#gridStatus").queryAs(Label.class).getText().startsWith("130 items · all loaded"));
        assertThat(grid.getColumns().get(0).getText()).isEqualTo("source");
        assertThat(grid.getColumns().get(1).getText()).isEqualTo("ts");
    }

    @Test
    void switchesToTheDarkThemeAndRemembersIt() throws Exception {
        start(0);
        robot.clickOn("View").clickOn("Dark theme");
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        FxToolkit.cleanupApplication(app);
        app = null;
        String saved = Files.readString(AppDirectories.under(home).settingsFile());
        assertThat(saved).contains("\"theme\" : \"DARK\"");

        start(0);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        robot.clickOn("View").clickOn("Dark theme");
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
    }

    @Test
    void explainsWhyLocalCouldNotStartAndKeepsWorking() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            start(busy.getLocalPort());
            waitUntil(() -> robot.lookup("#errorDialog").tryQuery().isPresent());
            DialogPane dialog = robot.lookup("#errorDialog").queryAs(DialogPane.class);
            assertThat(dialog.getHeaderText()).isEqualTo("Local (embedded)");
            assertThat(dialog.getContentText()).contains("DynamoDB Local could not start")
                    .contains("127.0.0.1:" + busy.getLocalPort());
            robot.clickOn(dialog.lookupButton(ButtonType.OK));
            assertThat(tableNames()).isEmpty();
            assertThat(robot.lookup(".hint-row").queryAs(TreeCell.class).getText()).contains("Not connected");
            robot.clickOn("View").clickOn("Dark theme");
            assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        }
    }

    @Test
    void startsWithDefaultsWhenTheSettingsFileIsCorrupt() throws Exception {
        Path settings = AppDirectories.under(home).settingsFile();
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, "{ this is not json");
        start(0);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains("settings.json could not be read").contains("settings.corrupt-");
        try (var files = Files.list(settings.getParent())) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .anySatisfy(name -> assertThat(name).startsWith("settings.corrupt-"));
        }
        assertThat(AppSettings.defaults().theme()).isEqualTo(AppSettings.Theme.LIGHT);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
    }

    private Stage stage() {
        return (Stage) robot.lookup("#mainRoot").query().getScene().getWindow();
    }
}
