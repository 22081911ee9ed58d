package dev.dynamodesk.ui.connection;

import dev.dynamodesk.ui.common.ContextCommand;
import dev.dynamodesk.ui.common.ContextMenus;
import dev.dynamodesk.ui.common.DialogService;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The left pane: every connection with its tables, a filter box and refresh. */
public final class ConnectionsSidebar extends VBox {
    private final ObservableList<ConnectionViewModel> connections;
    private final BiConsumer<ConnectionViewModel, String> openTable;
    private final TreeView<SidebarNode> tree = new TreeView<>(new TreeItem<>());
    private final TextField filter = new TextField();
    /** Connections the user just asked to open: shown expanded, whatever a double-click toggled. */
    private final java.util.Set<ConnectionViewModel> expandOnce = new java.util.HashSet<>();

    /** What the sidebar can ask the window to do with tables. */
    public interface TableCommands {
        void open(ConnectionViewModel connection, String table);

        void create(ConnectionViewModel connection);

        void delete(ConnectionViewModel connection, String table);

        /** Opens the connection's PartiQL console; with a table, starts a statement for it. */
        void console(ConnectionViewModel connection, String table);

        /** Opens a saved connection that is not connected (or failed). */
        void connect(ConnectionViewModel connection);

        void newConnection();

        void editConnection(ConnectionViewModel connection);

        void removeConnection(ConnectionViewModel connection);

        /** Runs the SSO login of the connection's profile, then connects. */
        void ssoLogin(ConnectionViewModel connection);

        void export(ConnectionViewModel connection, String table);

        void importInto(ConnectionViewModel connection, String table);

        /** Opens the connection's bulk change history (its journals, with revert). */
        void bulkHistory(ConnectionViewModel connection);

        /** Opens the connection's DynamoDB exports to S3 and imports from S3, account-wide. */
        void s3Jobs(ConnectionViewModel connection);

        /** Opens copy and compare for a table. */
        void copyOrCompare(ConnectionViewModel connection, String table);
    }

    private final TableCommands commands;

    public ConnectionsSidebar(ObservableList<ConnectionViewModel> connections, TableCommands commands) {
        this.connections = connections;
        this.commands = commands;
        this.openTable = commands::open;
        getStyleClass().add("sidebar");
        setId("sidebar");

        Label title = new Label("CONNECTIONS");
        title.getStyleClass().add("sidebar-title");
        Button refresh = new Button(null, FontIcon.of(Feather.REFRESH_CW));
        refresh.setId("refreshTables");
        refresh.getStyleClass().addAll("flat", "button-icon", "small");
        refresh.setTooltip(new Tooltip("Refresh the table lists (F5)"));
        refresh.setOnAction(event -> refreshAll());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button newTable = new Button(null, FontIcon.of(Feather.PLUS));
        newTable.setId("newTable");
        newTable.getStyleClass().addAll("flat", "button-icon", "small");
        newTable.setTooltip(new Tooltip("Create a table"));
        newTable.setOnAction(event -> selectedConnection().or(() -> connections.stream().findFirst())
                .ifPresent(commands::create));
        Button newConnection = new Button(null, FontIcon.of(Feather.LINK));
        newConnection.setId("newConnection");
        newConnection.getStyleClass().addAll("flat", "button-icon", "small");
        newConnection.setTooltip(new Tooltip("New connection (Ctrl+Shift+N)"));
        newConnection.setOnAction(event -> commands.newConnection());
        HBox header = new HBox(4, title, spacer, newConnection, newTable, refresh);
        header.getStyleClass().add("sidebar-header");

        filter.setId("tableFilter");
        filter.setPromptText("Filter tables");
        filter.getStyleClass().add("small");
        filter.textProperty().addListener((observable, old, now) -> rebuild());
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            } else if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) {
                selectFirstTable();
                tree.requestFocus();
                if (event.getCode() == KeyCode.ENTER) {
                    activateSelection();
                }
            }
        });
        HBox filterRow = new HBox(filter);
        HBox.setHgrow(filter, Priority.ALWAYS);
        filterRow.getStyleClass().add("sidebar-filter");

        tree.setId("connectionTree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new SidebarCell());
        tree.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                activateSelection();
            }
        });
        tree.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                activateSelection();
            }
        });
        tree.setContextMenu(contextMenu());
        VBox.setVgrow(tree, Priority.ALWAYS);

        getChildren().addAll(header, filterRow, tree);
        connections.addListener((ListChangeListener<ConnectionViewModel>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
            }
            rebuild();
        });
        connections.forEach(this::watch);
        rebuild();
    }

    public void refreshAll() {
        connections.forEach(ConnectionViewModel::refreshTables);
    }

    public TextField filterField() {
        return filter;
    }

    private void watch(ConnectionViewModel connection) {
        connection.tables().addListener((ListChangeListener<String>) change -> rebuild());
        connection.stateProperty().addListener((observable, old, now) -> rebuild());
    }

    /** Rebuilds the tree from the view models; keeps which connections are collapsed and the selection. */
    private void rebuild() {
        SidebarNode selected = tree.getSelectionModel().getSelectedItem() == null ? null
                : tree.getSelectionModel().getSelectedItem().getValue();
        String needle = filter.getText() == null ? "" : filter.getText().trim().toLowerCase(Locale.ROOT);
        TreeItem<SidebarNode> root = tree.getRoot();
        var collapsed = root.getChildren().stream().filter(item -> !item.isExpanded())
                .map(item -> item.getValue().connection()).toList();
        root.getChildren().clear();
        TreeItem<SidebarNode> toSelect = null;
        for (ConnectionViewModel connection : connections) {
            TreeItem<SidebarNode> connectionItem = new TreeItem<>(new SidebarNode.Connection(connection));
            connectionItem.setExpanded(!collapsed.contains(connection) || expandOnce.remove(connection));
            if (connectionItem.getValue().equals(selected)) {
                toSelect = connectionItem; // a connection row stays selected when its tables or state change
            }
            for (String table : connection.tables()) {
                if (needle.isEmpty() || table.toLowerCase(Locale.ROOT).contains(needle)) {
                    TreeItem<SidebarNode> tableItem = new TreeItem<>(new SidebarNode.Table(connection, table));
                    connectionItem.getChildren().add(tableItem);
                    if (tableItem.getValue().equals(selected)) {
                        toSelect = tableItem;
                    }
                }
            }
            if (connectionItem.getChildren().isEmpty()) {
                hint(connection, needle).ifPresent(text ->
                        connectionItem.getChildren().add(new TreeItem<>(new SidebarNode.Hint(connection, text))));
            }
            root.getChildren().add(connectionItem);
        }
        if (toSelect != null) {
            tree.getSelectionModel().select(toSelect);
        }
    }

    private static Optional<String> hint(ConnectionViewModel connection, String needle) {
        return switch (connection.stateProperty().get()) {
            case DISCONNECTED -> Optional.of("Not connected — double-click to connect");
            case CONNECTING -> Optional.of("Waiting for the server — right-click ▸ Stop connecting");
            case FAILED -> Optional.of(connection.needsSsoLogin() ? "SSO login needed — right-click ▸ Log in with SSO"
                    : problemInBrief(connection));
            case READY -> Optional.of(needle.isEmpty() ? "No tables yet" : "No table matches \"" + needle + "\"");
        };
    }

    /** Why the connection failed, in a few words ("No answer in time"); the whole message is one click away. */
    private static String problemInBrief(ConnectionViewModel connection) {
        String headline = connection.problemHeadline();
        return (headline == null ? "Not connected" : headline) + " — right-click ▸ Show problem…";
    }

    /** From the filter box: the first table that matches, so Enter opens it at once. */
    private void selectFirstTable() {
        for (TreeItem<SidebarNode> connection : tree.getRoot().getChildren()) {
            for (TreeItem<SidebarNode> child : connection.getChildren()) {
                if (child.getValue() instanceof SidebarNode.Table) {
                    connection.setExpanded(true);
                    tree.getSelectionModel().select(child);
                    return;
                }
            }
        }
    }

    private void activateSelection() {
        TreeItem<SidebarNode> item = tree.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        if (item.getValue() instanceof SidebarNode.Table table) {
            openTable.accept(table.connection(), table.tableName());
        } else if (item.getValue() instanceof SidebarNode.Connection connection) {
            ConnectionViewModel model = connection.connection();
            var state = model.stateProperty().get();
            boolean saved = !model.savedProfile().embeddedLocal();
            if (saved && (state == ConnectionViewModel.State.DISCONNECTED || state == ConnectionViewModel.State.FAILED)) {
                expandOnce.add(model);
                commands.connect(model);
            } else if (model.errorProperty().get() != null) {
                showError(model);
            }
        }
    }

    private ContextMenu contextMenu() {
        return ContextMenus.of(contextCommands());
    }

    /** The tree's right-click commands, each with when it is enabled for the row it was opened on. */
    List<ContextCommand> contextCommands() {
        BooleanSupplier onTable = () -> selectedTable().isPresent();
        BooleanSupplier writable = () -> selectedConnection()
                .map(c -> c.services() != null && !c.services().guard().readOnly()).orElse(false);
        BooleanSupplier savedConnection = () -> selectedConnection().map(c -> !c.savedProfile().embeddedLocal()).orElse(false);
        return List.of(
                ContextCommand.of("openTable", "Open table", this::activateSelection).enabledWhen(onTable),
                ContextCommand.of("openConsoleHere", "Open PartiQL console", this::openConsoleHere)
                        .enabledWhen(() -> selectedConnection().map(c -> c.services() != null).orElse(false)),
                ContextCommand.of("exportTable", "Export table…",
                        () -> selectedTable().ifPresent(table -> commands.export(table.connection(), table.tableName())))
                        .enabledWhen(onTable),
                ContextCommand.of("copyCompareHere", "Copy or compare…",
                        () -> selectedTable().ifPresent(table -> commands.copyOrCompare(table.connection(), table.tableName())))
                        .enabledWhen(onTable),
                ContextCommand.of("importTable", "Import into table…",
                        () -> selectedTable().ifPresent(table -> commands.importInto(table.connection(), table.tableName())))
                        .enabledWhen(() -> onTable.getAsBoolean() && writable.getAsBoolean()),
                ContextCommand.of("refreshTables", "Refresh tables",
                        () -> selectedConnection().ifPresent(ConnectionViewModel::refreshTables)),
                ContextCommand.of("createTableHere", "New table…", () -> selectedConnection().ifPresent(commands::create))
                        .enabledWhen(writable),
                ContextCommand.of("deleteTableHere", "Delete table…",
                        () -> selectedTable().ifPresent(table -> commands.delete(table.connection(), table.tableName())))
                        .enabledWhen(() -> onTable.getAsBoolean() && writable.getAsBoolean()),
                ContextCommand.of("bulkHistoryHere", "Bulk change history…",
                        () -> selectedConnection().ifPresent(commands::bulkHistory)).enabledWhen(writable),
                ContextCommand.of("s3JobsHere", "S3 exports and imports…",
                        () -> selectedConnection().ifPresent(commands::s3Jobs))
                        .enabledWhen(() -> selectedConnection().map(c -> c.services() != null).orElse(false)),
                ContextCommand.of("showProblem", "Show problem…", () -> selectedConnection().ifPresent(this::showError))
                        .enabledWhen(() -> selectedConnection().map(c -> c.errorProperty().get() != null).orElse(false)),
                ContextMenus.SEPARATOR,
                ContextCommand.of("connectConnection", "Connect", () -> selectedConnection().ifPresent(commands::connect))
                        .enabledWhen(savedConnection)
                        .textWhenShown(() -> selectedConnection().map(c -> c.services() == null ? "Connect" : "Reconnect")
                                .orElse("Connect")),
                ContextCommand.of("stopConnecting", "Stop connecting",
                        () -> selectedConnection().ifPresent(ConnectionViewModel::stopConnecting))
                        .enabledWhen(() -> selectedConnection()
                                .map(c -> c.stateProperty().get() == ConnectionViewModel.State.CONNECTING).orElse(false)),
                ContextCommand.of("ssoLoginHere", "Log in with SSO…", () -> selectedConnection().ifPresent(commands::ssoLogin))
                        .enabledWhen(() -> selectedConnection().map(ConnectionViewModel::needsSsoLogin).orElse(false)),
                ContextCommand.of("editConnection", "Edit connection…",
                        () -> selectedConnection().ifPresent(commands::editConnection)).enabledWhen(savedConnection),
                ContextCommand.of("removeConnection", "Remove connection…",
                        () -> selectedConnection().ifPresent(commands::removeConnection)).enabledWhen(savedConnection),
                ContextCommand.of("newConnectionHere", "New connection…", commands::newConnection));
    }

    private void openConsoleHere() {
        var selection = tree.getSelectionModel().getSelectedItem();
        if (selection != null) {
            String table = selection.getValue() instanceof SidebarNode.Table node ? node.tableName() : null;
            commands.console(selection.getValue().connection(), table);
        }
    }

    /** The selected table row, if a table is selected. */
    public Optional<SidebarNode.Table> selectedTable() {
        var selection = tree.getSelectionModel().getSelectedItem();
        return selection != null && selection.getValue() instanceof SidebarNode.Table table ? Optional.of(table) : Optional.empty();
    }

    /** The connection of the selected row (a connection or one of its tables). */
    public Optional<ConnectionViewModel> selectedConnection() {
        var selection = tree.getSelectionModel().getSelectedItem();
        return selection == null ? Optional.empty() : Optional.of(selection.getValue().connection());
    }

    private void showError(ConnectionViewModel connection) {
        var error = connection.errorProperty().get();
        if (error != null) {
            DialogService.current().error(getScene() == null ? null : getScene().getWindow(), connection.profile().name(), error);
        }
    }

    public TreeView<SidebarNode> tree() {
        return tree;
    }
}
