package dev.dynamodesk.ui.shell;

import dev.dynamodesk.config.AppSettings;
import dev.dynamodesk.config.AppSettings.Theme;
import dev.dynamodesk.ui.browser.GridSettings;
import dev.dynamodesk.ui.browser.ItemGridViewModel;
import dev.dynamodesk.ui.browser.QueryLibrary;
import dev.dynamodesk.ui.browser.TableTab;
import dev.dynamodesk.ui.browser.admin.TableActions;
import dev.dynamodesk.ui.common.ArrivesLater;
import dev.dynamodesk.ui.common.DialogService;
import dev.dynamodesk.ui.common.TaskRunner;
import dev.dynamodesk.ui.connection.ConnectionActions;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import dev.dynamodesk.ui.connection.ConnectionsSidebar;
import dev.dynamodesk.ui.console.ConsoleLibrary;
import dev.dynamodesk.ui.console.ConsoleTab;
import dev.dynamodesk.ui.console.ConsoleView;
import dev.dynamodesk.ui.console.ConsoleViewModel;
import dev.dynamodesk.ui.console.FullScanQuestion;
import dev.dynamodesk.ui.editor.ItemEditors;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.util.List;
import java.util.Optional;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The main window: connections and their tables on the left, tabs in the centre, the status bar
 * at the bottom, and the menus. Opens table tabs and remembers its size and theme.
 */
final class MainWindow {
    static final String TITLE = "Dynamo Desk";

    private final Stage stage;
    private final TaskRunner tasks;
    private final SettingsKeeper settings;
    private final GridSettings gridSettings;
    private final QueryLibrary queries;
    private final ConsoleLibrary consoles;
    private final TableActions tableActions;
    private final ItemEditors editors;
    private final BooleanProperty previewSaves = new SimpleBooleanProperty(this, "previewSaves");
    private final ObservableList<ConnectionViewModel> connections = FXCollections.observableArrayList();
    private final Workspace workspace = new Workspace(connections);
    private final WorkspaceTabs workspaceTabs;
    /** The connection in use, as the workspace says (the status bar and the title follow it). */
    private final ObjectProperty<ConnectionViewModel> activeConnection = new SimpleObjectProperty<>(this, "activeConnection");
    private final TabPane tabs = new TabPane();
    private final SplitPane split;
    private final ConnectionsSidebar sidebar;
    private final Scene scene;
    private final TabMarks tabMarks;
    private final TransferCommands transfers;
    private final DataCommands bulk;
    private final HelpCommands help;
    private final dev.dynamodesk.ui.entity.EntityModelStore entityModels;
    private final WindowCommands commands = new WindowCommands();
    /** The dark theme is on: the View menu's check item and the settings follow it. */
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    /** Made after the window shows; a command given before that runs when they arrive. */
    private final ArrivesLater<ConnectionActions> connectionActions = new ArrivesLater<>();

    MainWindow(Stage stage, TaskRunner tasks, SettingsKeeper settings, QueryLibrary queries, ConsoleLibrary consoles,
            GridSettings gridSettings, java.nio.file.Path journals) {
        this.queries = queries;
        this.consoles = consoles;
        this.stage = stage;
        this.tasks = tasks;
        this.settings = settings;
        this.gridSettings = gridSettings;
        this.entityModels = new dev.dynamodesk.ui.entity.EntityModelStore(journals.getParent().resolve("entity-models"));

        tableActions = new TableActions(tasks, () -> stage, this::openTable, this::closeTable);
        previewSaves.set(settings.current().previewSaves());
        previewSaves.addListener((observable, old, preview) -> settings.update(s -> s.withPreviewSaves(preview), tasks));
        editors = new ItemEditors(tasks, previewSaves, tab -> {
            tabs.getTabs().add(tab);
            tabs.getSelectionModel().select(tab);
        });
        tabMarks = new TabMarks(tabs, connections);
        sidebar = new ConnectionsSidebar(connections, new ConnectionsSidebar.TableCommands() {
            @Override
            public void open(ConnectionViewModel connection, String table) {
                openTable(connection, table);
            }

            @Override
            public void create(ConnectionViewModel connection) {
                tableActions.create(connection);
            }

            @Override
            public void delete(ConnectionViewModel connection, String table) {
                tableActions.delete(connection, table);
            }

            @Override
            public void console(ConnectionViewModel connection, String table) {
                openConsole(connection, table);
            }

            @Override
            public void connect(ConnectionViewModel connection) {
                withConnectionActions(actions -> actions.connect(connection));
            }

            @Override
            public void newConnection() {
                withConnectionActions(ConnectionActions::newConnection);
            }

            @Override
            public void editConnection(ConnectionViewModel connection) {
                withConnectionActions(actions -> actions.edit(connection));
            }

            @Override
            public void export(ConnectionViewModel connection, String table) {
                transfers.export(connection, table);
            }

            @Override
            public void importInto(ConnectionViewModel connection, String table) {
                transfers.importInto(connection, table);
            }

            @Override
            public void ssoLogin(ConnectionViewModel connection) {
                withConnectionActions(actions -> actions.ssoLogin(connection));
            }

            @Override
            public void bulkHistory(ConnectionViewModel connection) {
                bulk.history(connection);
            }

            @Override
            public void s3Jobs(ConnectionViewModel connection) {
                bulk.s3Jobs(connection);
            }

            @Override
            public void copyOrCompare(ConnectionViewModel connection, String table) {
                bulk.copyOrCompare(connection, table, connections, null);
            }

            @Override
            public void removeConnection(ConnectionViewModel connection) {
                closeTabsOf(connection);
                withConnectionActions(actions -> actions.remove(connection));
            }
        });
        transfers = new TransferCommands(tasks, () -> stage, sidebar, () -> tabs.getSelectionModel().getSelectedItem(),
                activeConnection::get, connections);
        connections.addListener((javafx.collections.ListChangeListener<ConnectionViewModel>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watchConnection);
            }
            tabMarks.refreshAll();
        });
        help = new HelpCommands(tabs, stage, settings, tasks, commands);
        tabs.setId("tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        // The workspace follows the tabs, whoever opened or closed them; the window follows the workspace.
        workspaceTabs = new WorkspaceTabs(tabs, workspace);
        bulk = new DataCommands(tasks, tabs, workspace, workspaceTabs, journals);
        activeConnection.bind(workspace.activeConnectionProperty());
        // The empty state lies above the (empty) tab pane, so that its links can be clicked.
        split = new SplitPane(sidebar, new StackPane(tabs,
                EmptyState.create(tabs.getTabs(), commands)));
        split.setId("mainSplit");
        SplitPane.setResizableWithParent(sidebar, false);
        // Set once the window has its size; a divider set on an unsized pane is lost.
        stage.setOnShown(event -> split.setDividerPositions(settings.current().sidebarDivider()));

        BorderPane root = new BorderPane();
        root.setId("mainRoot");
        root.getStyleClass().add("main-root");
        bindCommands();
        dark.set(settings.current().theme() == Theme.DARK);
        dark.addListener((observable, was, on) -> setTheme(on ? Theme.DARK : Theme.LIGHT));
        root.setTop(MainMenu.create(commands, dark));
        root.setCenter(split);
        root.setBottom(new StatusBar(activeConnection, tasks));

        scene = new Scene(root);
        Themes.addAppStylesheet(scene);
        Themes.apply(settings.current().theme(), scene);
        stage.setScene(scene);
        stage.setTitle(TITLE);
        AppIcons.applyTo(stage);
        stage.setOnCloseRequest(event -> {
            if (!closeAllTabs()) {
                event.consume();
            }
        });
        activeConnection.addListener((observable, old, connection) -> updateTitle());
        WindowPlacement.place(stage, settings.current());
    }

    Scene scene() {
        return scene;
    }

    void addConnection(ConnectionViewModel connection) {
        connections.add(connection);
    }

    ObservableList<ConnectionViewModel> connections() {
        return connections;
    }

    /** Set once the app has built its connection services (after the window exists). */
    void useConnectionActions(ConnectionActions actions) {
        connectionActions.arrive(actions);
    }

    private void withConnectionActions(java.util.function.Consumer<ConnectionActions> action) {
        connectionActions.whenReady(action);
    }

    private void watchConnection(ConnectionViewModel connection) {
        // A connection that cannot be used says why at once; its row keeps the details.
        connection.stateProperty().addListener((observable, old, state) -> {
            if (state == ConnectionViewModel.State.FAILED && connection.errorProperty().get() != null) {
                DialogService.current().error(stage, connection.profile().name(), connection.errorProperty().get());
            }
        });
        connection.profileProperty().addListener((observable, old, now) -> {
            updateTitle();
            tabMarks.refreshAll();
        });
    }

    /** Closes every tab of a connection (before it is removed). */
    private void closeTabsOf(ConnectionViewModel connection) {
        for (WorkspacePage page : workspace.pagesOf(connection)) {
            close(workspaceTabs.tabOf(page));
        }
    }

    /** Opens a table in a tab, or selects its tab when already open. */
    void openTable(ConnectionViewModel connection, String tableName) {
        Optional<WorkspacePage> open = workspace.tablePage(connection, tableName);
        if (open.isPresent()) {
            tabs.getSelectionModel().select(workspaceTabs.tabOf(open.get()));
            return;
        }
        if (connection.services() == null) {
            return;
        }
        ItemGridViewModel model = new ItemGridViewModel(tableName, connection.profile(), connection.services(), tasks,
                gridSettings);
        TableTab tab = new TableTab(connection, model, settings.tableLayouts(tasks), queries, tableActions,
                new GridItemOpener(connection, model, editors, bulk, connections), entityModels);
        // Accounts with many tables get no counts up front; an opened table tells its own.
        model.tableProperty().addListener((observable, old, info) -> {
            if (info != null && info.approximateItemCount() >= 0) {
                connection.itemCounts().put(tableName, info.approximateItemCount());
            }
        });
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        model.open();
    }

    /**
     * Opens the connection's PartiQL console, or selects it when open; with a table, a statement
     * for it is started at the end of the script.
     */
    void openConsole(ConnectionViewModel connection, String table) {
        if (connection == null || connection.services() == null) {
            return;
        }
        ConsoleTab console = workspace.consolePage(connection).map(page -> (ConsoleTab) workspaceTabs.tabOf(page)).orElse(null);
        if (console == null) {
            ConsoleViewModel model = new ConsoleViewModel(connection, tasks, consoles,
                    reasons -> FullScanQuestion.ask(stage, reasons));
            ConsoleView view = new ConsoleView(model, tasks,
                    (opened, saved) -> editors.open(connection, opened.table(), opened.info(), opened.item(), saved));
            view.onExport(statement -> transfers.exportStatement(connection, statement));
            view.onChangeInBulk((resultTable, rows) -> bulk.changeRows(connection, resultTable, rows));
            console = new ConsoleTab(connection, view);
            tabs.getTabs().add(console);
        }
        tabs.getSelectionModel().select(console);
        if (table != null) {
            console.view().startStatementFor(table);
        }
        ConsoleView view = console.view();
        Platform.runLater(view::focusEditor);
    }

    /** Closes a tab as its close button would: it may refuse (unsaved edits). */
    private boolean close(Tab tab) {
        Event request = new Event(Tab.TAB_CLOSE_REQUEST_EVENT);
        if (tab.getOnCloseRequest() != null) {
            tab.getOnCloseRequest().handle(request);
            if (request.isConsumed()) {
                return false;
            }
        }
        tabs.getTabs().remove(tab);
        if (tab.getOnClosed() != null) {
            tab.getOnClosed().handle(new Event(Tab.CLOSED_EVENT));
        }
        return true;
    }

    /** Before the window closes: every tab with unsaved edits is asked; one refusal keeps the window. */
    boolean closeAllTabs() {
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            if (!close(tab)) {
                return false;
            }
        }
        return true;
    }

    /** Closes the tabs of a table that no longer exists. */
    void closeTable(ConnectionViewModel connection, String tableName) {
        workspace.tablePage(connection, tableName).map(workspaceTabs::tabOf).ifPresent(tab -> {
            tabs.getTabs().remove(tab);
            if (tab.getOnClosed() != null) {
                tab.getOnClosed().handle(null);
            }
        });
    }

    /** The first time the app starts, Getting started opens by itself. */
    void showGettingStartedOnFirstRun() {
        help.gettingStartedOnFirstRun();
    }

    private void openSampleTable() {
        connections.stream().filter(connection -> connection.profile().embeddedLocal()).findFirst().ifPresent(local -> {
            if (local.services() == null) {
                DialogService.current().tell(stage, DialogService.Notice.info("localStarting", null, "The built-in DynamoDB "
                        + "Local is still starting (its status is in the bar at the bottom). Try again in a moment."));
            } else {
                openTable(local, "UserData");
            }
        });
    }

    void showWarning(String text) {
        DialogService.current().tell(stage, DialogService.Notice.warning("fileProblem", "A file of yours could not be read", text));
    }

    /** Writes the window's size, position and divider into the settings (on exit). */
    void rememberLayout() {
        AppSettings.WindowBounds bounds = WindowPlacement.of(stage);
        double divider = split.getDividerPositions().length > 0 ? split.getDividerPositions()[0] : AppSettings.DEFAULT_DIVIDER;
        settings.updateNow(current -> current.withWindow(bounds, divider));
    }

    private Optional<TableTab> openTableTab() {
        return tabs.getSelectionModel().getSelectedItem() instanceof TableTab tab ? Optional.of(tab) : Optional.empty();
    }

    /** What each of the window's commands does; the menu bar and Getting started are built from them. */
    private void bindCommands() {
        commands.bind(WindowCommand.NEW_CONNECTION, () -> withConnectionActions(ConnectionActions::newConnection))
                .bind(WindowCommand.EDIT_CONNECTION, () -> sidebar.selectedConnection()
                        .ifPresent(connection -> withConnectionActions(actions -> actions.edit(connection))))
                .bind(WindowCommand.REMOVE_CONNECTION, () -> sidebar.selectedConnection().ifPresent(connection -> {
                    closeTabsOf(connection);
                    withConnectionActions(actions -> actions.remove(connection));
                }))
                .bind(WindowCommand.IMPORT_AWS_PROFILES, () -> withConnectionActions(ConnectionActions::importAwsProfiles))
                .bind(WindowCommand.OPEN_CONSOLE, () -> openConsole(activeConnection.get(), null))
                .bind(WindowCommand.EXPORT_TABLE, transfers::exportFromWindow)
                .bind(WindowCommand.IMPORT_TABLE, transfers::importIntoSelected)
                .bind(WindowCommand.IMPORT_NEW_TABLE, transfers::importIntoNewTable)
                .bind(WindowCommand.SAVE_ENTITY_MODEL, () -> openTableTab().ifPresent(TableTab::saveEntityModel))
                .bind(WindowCommand.LOAD_ENTITY_MODEL, () -> openTableTab().ifPresent(TableTab::loadEntityModel))
                .bind(WindowCommand.CLOSE_TAB, () -> {
                    Tab tab = tabs.getSelectionModel().getSelectedItem();
                    if (tab != null) {
                        close(tab);
                    }
                })
                .bind(WindowCommand.EXIT, () -> {
                    if (closeAllTabs()) {
                        stage.close();
                    }
                })
                .bind(WindowCommand.FIND_TABLE, () -> sidebar.filterField().requestFocus())
                .bind(WindowCommand.REFRESH, this::refreshCurrent)
                .bind(WindowCommand.GETTING_STARTED, help::gettingStarted)
                .bind(WindowCommand.SHORTCUTS, help::shortcuts)
                .bind(WindowCommand.ABOUT, help::about)
                .bind(WindowCommand.OPEN_SAMPLE_TABLE, this::openSampleTable);
        commands.checkAllBound();
    }

    private void setTheme(Theme theme) {
        Themes.apply(theme, scene);
        settings.update(current -> current.withTheme(theme), tasks);
    }

    private void refreshCurrent() {
        if (tabs.getSelectionModel().getSelectedItem() instanceof TableTab tableTab) {
            tableTab.model().refresh();
        } else {
            sidebar.refreshAll();
        }
    }

    private void updateTitle() {
        ConnectionViewModel connection = activeConnection.get();
        stage.setTitle(connection == null ? TITLE : TITLE + " — " + connection.profile().name()
                + (connection.profile().production() ? " — PRODUCTION" : "")
                + (connection.profile().readOnly() ? " (read-only)" : ""));
    }
}
