package dev.dynamodesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.config.AppDirectories;
import dev.dynamodesk.local.LocalRuntime;
import dev.dynamodesk.ui.browser.GridSettings;
import dev.dynamodesk.ui.connection.SidebarNode;
import dev.dynamodesk.ui.shell.AppOptions;
import dev.dynamodesk.ui.shell.DynamoDeskApp;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real app on an in-memory DynamoDB Local, seeded with the sample tables (a small
 * Events table), and drives it as a person would. Fails a class whose run logged a CSS problem.
 */
public abstract class AppUiTest {
    protected static final int SAMPLE_EVENTS = 130;
    protected static final int CHUNK = 50;
    /** CSS problems (a misspelt colour, a bad value) only show up as JavaFX log warnings: collect them. */
    private static final List<String> CSS_PROBLEMS = new CopyOnWriteArrayList<>();

    @TempDir
    protected Path home;
    protected final FxRobot robot = new FxRobot();
    protected Application app;

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
            app = null;
        }
    }

    /** Set by tests of a new user's first run, before starting the app. */
    protected boolean gettingStartedAsNewUser;

    protected DynamoDeskApp start(int localPort) throws Exception {
        // Never the AWS files of the machine running the tests.
        return start(localPort, dev.dynamodesk.connection.AwsConfigFiles.of(java.util.Map.of(), home.resolve("no-aws")));
    }

    protected DynamoDeskApp start(int localPort, dev.dynamodesk.connection.AwsConfigFiles aws) throws Exception {
        // Getting started opens by itself on a first run; tests that are not about it start as a returning user.
        java.nio.file.Path settingsFile = AppDirectories.under(home).settingsFile();
        if (!gettingStartedAsNewUser && !java.nio.file.Files.exists(settingsFile)) {
            java.nio.file.Files.createDirectories(settingsFile.getParent());
            java.nio.file.Files.writeString(settingsFile, "{\"gettingStartedSeen\": true}");
        }
        AppOptions options = new AppOptions(AppDirectories.under(home),
                new LocalRuntime.Settings(true, localPort, SAMPLE_EVENTS), new GridSettings(CHUNK, 20_000, 2), aws);
        app = FxToolkit.setupApplication(() -> new DynamoDeskApp(options));
        return (DynamoDeskApp) app;
    }

    /** Starts the app and waits until the sample tables, Events included, are all written. */
    protected void startSeeded() throws Exception {
        start(0);
        waitUntil(() -> tableNames().size() == 6 && robot.lookup("#taskStatus").queryAs(Label.class).getText().isEmpty());
    }

    /** Opens a table the keyboard way: the filter box, then Enter. */
    protected void openTable(String name) throws Exception {
        robot.interact(() -> robot.lookup("#tableFilter").queryTextInputControl().clear());
        robot.clickOn("#tableFilter").write(name).type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#tab-" + name).tryQuery().isPresent() || tabTitled(name));
    }

    private boolean tabTitled(String name) {
        return robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class).getTabs().stream()
                .anyMatch(tab -> name.equals(tab.getText()));
    }

    protected List<String> tableNames() {
        TreeView<SidebarNode> tree = robot.lookup("#connectionTree").queryAs(TreeView.class);
        return tree.getRoot().getChildren().stream()
                .flatMap(connection -> connection.getChildren().stream())
                .map(TreeItem::getValue)
                .filter(SidebarNode.Table.class::isInstance)
                .map(node -> ((SidebarNode.Table) node).tableName())
                .toList();
    }

    protected TreeCell<?> tableCell(String name) throws Exception {
        waitUntil(() -> robot.lookup(".tree-cell").match((TreeCell<?> cell) -> showsTable(cell, name)).tryQuery().isPresent());
        return robot.lookup(".tree-cell").match((TreeCell<?> cell) -> showsTable(cell, name)).query();
    }

    private static boolean showsTable(TreeCell<?> cell, String name) {
        return cell.getItem() instanceof SidebarNode.Table table && table.tableName().equals(name);
    }

    protected static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
