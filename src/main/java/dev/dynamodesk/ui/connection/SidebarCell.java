package dev.dynamodesk.ui.connection;

import javafx.beans.value.ChangeListener;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Renders a connection (icon, name, state) or one of its tables in the sidebar tree. */
final class SidebarCell extends TreeCell<SidebarNode> {
    private final ChangeListener<Object> refresh = (observable, old, now) -> render(getItem());
    /** A table row redraws itself when its own count arrives (not the whole tree: that would eat clicks). */
    private final MapChangeListener<String, Long> countChanged = change -> {
        if (getItem() instanceof SidebarNode.Table table && table.tableName().equals(change.getKey())) {
            render(table);
        }
    };
    private ConnectionViewModel watched;
    private ConnectionViewModel watchedCounts;

    @Override
    protected void updateItem(SidebarNode node, boolean empty) {
        super.updateItem(node, empty);
        unwatch();
        getStyleClass().removeAll("connection-row", "table-row", "hint-row");
        if (empty || node == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        if (node instanceof SidebarNode.Table table) {
            watchedCounts = table.connection();
            watchedCounts.itemCounts().addListener(countChanged);
        }
        if (node instanceof SidebarNode.Connection connection) {
            watched = connection.connection();
            watched.stateProperty().addListener(refresh);
            watched.detailProperty().addListener(refresh);
            watched.errorProperty().addListener(refresh);
        }
        render(node);
    }

    private void render(SidebarNode node) {
        if (node instanceof SidebarNode.Connection connection) {
            renderConnection(connection.connection());
        } else if (node instanceof SidebarNode.Table table) {
            getStyleClass().add("table-row");
            setText(null);
            Label name = new Label(table.tableName());
            Long count = table.connection().itemCounts().get(table.tableName());
            HBox row = new HBox(6, icon(Feather.GRID, "table-icon"), name);
            row.getStyleClass().add("table-cell-content");
            if (count != null) {
                Label items = new Label(compact(count));
                items.getStyleClass().add("table-count");
                row.getChildren().add(items);
            }
            setGraphic(row);
            setTooltip(new Tooltip(table.tableName() + (count == null ? "" : " — about " + count + " items (DynamoDB's estimate)")
                    + "\nDouble-click or Enter to open"));
        } else if (node instanceof SidebarNode.Hint hint) {
            getStyleClass().add("hint-row");
            setText(hint.text());
            setGraphic(null);
            // Why a connection failed, whole, on hover (the row has room for a few words only).
            var error = hint.connection().errorProperty().get();
            setTooltip(error != null ? new javafx.scene.control.Tooltip(error.summary()) : null);
        }
    }

    private void renderConnection(ConnectionViewModel connection) {
        getStyleClass().add("connection-row");
        setText(null);
        Label name = new Label(connection.profile().name());
        name.getStyleClass().add("connection-name");
        Label detail = new Label(connection.detailProperty().get());
        detail.getStyleClass().add("connection-detail");
        Region dot = new Region();
        dot.getStyleClass().addAll("status-dot", "status-" + connection.stateProperty().get().name().toLowerCase());
        HBox row = new HBox(6, icon(Feather.DATABASE, "connection-icon"));
        var profile = connection.profile();
        ConnectionColourDot.of(profile).ifPresent(row.getChildren()::add);
        row.getChildren().add(name);
        if (profile.production()) {
            Label prod = new Label("PROD");
            prod.getStyleClass().add("production-badge");
            row.getChildren().add(prod);
        }
        if (profile.readOnly()) {
            row.getChildren().add(icon(Feather.LOCK, "read-only-badge"));
        }
        row.getChildren().addAll(dot, detail);
        row.getStyleClass().add("connection-cell");
        if (connection.errorProperty().get() != null) {
            row.getChildren().add(icon(Feather.ALERT_TRIANGLE, "warning-icon"));
            setTooltip(new Tooltip(connection.errorProperty().get().summary()));
        } else {
            setTooltip(new Tooltip(profile.name() + " · " + profile.region() + " · " + profile.credentials().describe()
                    + "\n" + (connection.services() == null && !profile.embeddedLocal() ? "endpoint known once connected"
                    : profile.endpointLabel())
                    + (profile.production() ? "\nPRODUCTION" : "") + (profile.readOnly() ? "\nRead-only: only reads leave the app" : "")));
        }
        setGraphic(row);
    }

    /** 1234 as "1.2k", 20000 as "20k": the sidebar has little room. */
    static String compact(long count) {
        if (count < 1_000) {
            return Long.toString(count);
        }
        if (count < 1_000_000) {
            return count < 10_000 ? String.format("%.1fk", count / 1_000.0) : (count / 1_000) + "k";
        }
        return count < 10_000_000 ? String.format("%.1fM", count / 1_000_000.0) : (count / 1_000_000) + "M";
    }

    private void unwatch() {
        if (watchedCounts != null) {
            watchedCounts.itemCounts().removeListener(countChanged);
            watchedCounts = null;
        }
        if (watched != null) {
            watched.stateProperty().removeListener(refresh);
            watched.detailProperty().removeListener(refresh);
            watched.errorProperty().removeListener(refresh);
            watched = null;
        }
    }

    private static FontIcon icon(Feather glyph, String styleClass) {
        FontIcon icon = FontIcon.of(glyph);
        icon.getStyleClass().add(styleClass);
        return icon;
    }
}
