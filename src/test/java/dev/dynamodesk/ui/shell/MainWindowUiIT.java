package dev.dynamodesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.config.AppDirectories;
import dev.dynamodesk.config.AppSettings;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.local.LocalRuntime;
import dev.dynamodesk.ui.browser.GridSettings;
import dev.dynamodesk.ui.connection.SidebarNode;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real app on an in-memory DynamoDB Local and uses it as a person would. */
class MainWindowUiIT {
    private static final int SAMPLE_EVENTS = 130;
    private static final int PAGE_SIZE = 50;

    @TempDir
    Path home;
    private final FxRobot robot = new FxRobot();
    private Application app;

    /** CSS problems (a misspelt colour, a bad value) only show up as JavaFX log warnings: collect them. */
    private static final List<String> CSS_PROBLEMS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        java.util.logging.Logger.getLogger("javafx").addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getMessage();
                if (message != null && (message.contains("Could not resolve") || message.contains("CSS Error"))) {
                    CSS_PROBLEMS.add(message);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void noCssProblems() {
        assertThat(CSS_PROBLEMS).as("CSS warnings from JavaFX").isEmpty();
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    private DynamoDeskApp start(int localPort) throws Exception {
        AppOptions options = new AppOptions(AppDirectories.under(home),
                new LocalRuntime.Settings(true, localPort, SAMPLE_EVENTS), new GridSettings(PAGE_SIZE, 20_000, 2));
        app = FxToolkit.setupApplication(() -> new DynamoDeskApp(options));
        return (DynamoDeskApp) app;
    }

    @Test
    void showsTheSampleTablesAndOpensOneWithItsItems() throws Exception {
        start(0);
        waitUntil(() -> tableNames().contains("UserData") && tableNames().size() == 6);
        assertThat(tableNames()).containsExactly("App", "Events", "ExampleTable", "Orders", "TypeShowcase", "UserData");
        assertThat(stage().getTitle()).isEqualTo("Dynamo Desk — Local (embedded)");
        assertThat(robot.lookup("#statusEndpoint").queryAs(Label.class).getText()).startsWith("http://127.0.0.1:");

        robot.doubleClickOn(tableCell("UserData"));
        TableView<Item> grid = robot.lookup("#itemGrid").queryTableView();
        waitUntil(() -> grid.getItems().size() == 25);
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
        robot.clickOn("#tableFilter").write("Even").type(javafx.scene.input.KeyCode.ENTER);
        TableView<Item> grid = robot.lookup("#itemGrid").queryTableView();
        waitUntil(() -> grid.getItems().size() >= PAGE_SIZE);
        robot.interact(() -> grid.scrollTo(grid.getItems().size() - 1));
        waitUntil(() -> grid.getItems().size() >= 2 * PAGE_SIZE);
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
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            start(busy.getLocalPort());
            waitUntil(() -> robot.lookup("#errorDialog").tryQuery().isPresent());
            DialogPane dialog = robot.lookup("#errorDialog").queryAs(DialogPane.class);
            assertThat(dialog.getHeaderText()).isEqualTo("Local (embedded)");
            assertThat(dialog.getContentText()).contains("DynamoDB Local could not start")
                    .contains("127.0.0.1:" + busy.getLocalPort());
            robot.clickOn(dialog.lookupButton(javafx.scene.control.ButtonType.OK));
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

    private List<String> tableNames() {
        TreeView<SidebarNode> tree = robot.lookup("#connectionTree").queryAs(TreeView.class);
        return tree.getRoot().getChildren().stream()
                .flatMap(connection -> connection.getChildren().stream())
                .map(TreeItem::getValue)
                .filter(SidebarNode.Table.class::isInstance)
                .map(node -> ((SidebarNode.Table) node).tableName())
                .toList();
    }

    private TreeCell<?> tableCell(String name) throws Exception {
        waitUntil(() -> robot.lookup(".tree-cell").match((TreeCell<?> cell) -> name.equals(cell.getText())).tryQuery().isPresent());
        return robot.lookup(".tree-cell").match((TreeCell<?> cell) -> name.equals(cell.getText())).query();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
