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

    /** The sidebar's table names, read on the FX thread (the sidebar changes its rows there while tables load). */
    protected List<String> tableNames() {
        List<List<String>> read = new java.util.ArrayList<>(1);
        robot.interact(() -> {
            TreeView<SidebarNode> tree = robot.lookup("#connectionTree").queryAs(TreeView.class);
            read.add(tree.getRoot().getChildren().stream()
                    .flatMap(connection -> connection.getChildren().stream())
                    .map(TreeItem::getValue)
                    .filter(SidebarNode.Table.class::isInstance)
                    .map(node -> ((SidebarNode.Table) node).tableName())
                    .toList());
        });
        return read.get(0);
    }

    protected TreeCell<?> tableCell(String name) throws Exception {
        waitUntil(() -> robot.lookup(".tree-cell").match((TreeCell<?> cell) -> showsTable(cell, name)).tryQuery().isPresent());
        return robot.lookup(".tree-cell").match((TreeCell<?> cell) -> showsTable(cell, name)).query();
    }

    private static boolean showsTable(TreeCell<?> cell, String name) {
        return cell.getItem() instanceof SidebarNode.Table table && table.tableName().equals(name);
    }

    /** The sidebar's connection of that name, or null while it has no row. */
    protected dev.dynamodesk.ui.connection.ConnectionViewModel connection(String name) {
        TreeView<SidebarNode> tree = robot.lookup("#connectionTree").queryAs(TreeView.class);
        return tree.getRoot().getChildren().stream().map(item -> item.getValue().connection())
                .filter(c -> c.profile().name().equals(name)).findFirst().orElse(null);
    }

    /**
     * AWS files with one profile (its endpoint and a pair of test keys) and a saved connection named
     * {@code name} that uses it, written before the app starts: give what this returns to {@link #start(int,
     * dev.dynamodesk.connection.AwsConfigFiles)}.
     */
    protected dev.dynamodesk.connection.AwsConfigFiles savedProfileConnection(String name, String profile, java.net.URI endpoint,
                                                                            String region, String keyId, String secret) throws Exception {
        dev.dynamodesk.testing.AwsFiles aws = new dev.dynamodesk.testing.AwsFiles(home.resolve("aws"), """
                [profile %s]
                region = %s
                endpoint_url = %s
                """.formatted(profile, region, endpoint), """
                [%s]
                aws_access_key_id = %s
                aws_secret_access_key = %s
                """.formatted(profile, keyId, secret));
        java.nio.file.Path profiles = AppDirectories.under(home).configDir().resolve("profiles.json");
        java.nio.file.Files.createDirectories(profiles.getParent());
        java.nio.file.Files.writeString(profiles, """
                {"connections": [{"id": "%s1", "name": "%s", "region": "%s", "source": "profile",
                  "awsProfile": "%s", "colour": "blue", "environment": "DEVELOPMENT", "readOnly": false}]}
                """.formatted(profile, name, region, profile));
        return aws.files();
    }

    /** Starts the app with a saved connection to moto named {@code name}, and connects it (Enter on its row). */
    protected void startConnectedTo(dev.dynamodesk.testing.Backend moto, String name) throws Exception {
        start(0, savedProfileConnection(name, "moto", moto.endpoint(), "us-east-1", "differential", "tests"));
        waitUntil(() -> connection(name) != null && tableNames().size() >= 6);
        dev.dynamodesk.ui.connection.ConnectionViewModel connection = connection(name);
        TreeView<SidebarNode> tree = robot.lookup("#connectionTree").queryAs(TreeView.class);
        var row = tree.getRoot().getChildren().stream().filter(item -> item.getValue().connection() == connection).findFirst().orElseThrow();
        robot.interact(() -> {
            tree.getSelectionModel().select(row);
            tree.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> connection.stateProperty().get() == dev.dynamodesk.ui.connection.ConnectionViewModel.State.READY);
    }

    /** Opens the copy and compare page of a sidebar table (its right-click menu ▸ Copy or compare…) and waits for it. */
    protected void openCopyPage(String table) throws Exception {
        @SuppressWarnings("unchecked")
        TreeCell<Object> cell = (TreeCell<Object>) tableCell(table);
        robot.interact(() -> {
            cell.getTreeView().getSelectionModel().select(cell.getTreeItem());
            cell.getTreeView().getContextMenu().show(cell.getTreeView(), javafx.geometry.Side.BOTTOM, 0, 0);
            cell.getTreeView().getContextMenu().getItems().stream().filter(candidate -> "copyCompareHere".equals(candidate.getId()))
                    .findFirst().orElseThrow().fire();
            cell.getTreeView().getContextMenu().hide();
        });
        waitUntil(() -> robot.lookup("#copyCompareView").tryQuery().isPresent());
    }

    protected static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
