package dev.dynamodesk.ui.bulk;

import dev.dynamodesk.ui.common.DialogService;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A bulk change in a tab of its own; closing it while it writes asks first, and stops the run (the journal keeps what was done). */
public final class BulkChangeTab extends Tab {
    private final ConnectionViewModel connection;
    private final BulkChangeViewModel model;

    public BulkChangeTab(ConnectionViewModel connection, BulkChangeViewModel model) {
        super("Bulk: " + model.target().table());
        this.connection = connection;
        this.model = model;
        setId("tab-bulk-" + model.target().table());
        setGraphic(FontIcon.of(Feather.LAYERS));
        setTooltip(new Tooltip(connection.profile().name() + " · bulk change of " + model.target().table()));
        setContent(new BulkChangeView(model));
        setOnCloseRequest(event -> {
            if (model.running() && !DialogService.current().confirm(getTabPane() == null ? null : getTabPane().getScene().getWindow(),
                    DialogService.Question.of("confirmStopBulk", "Stop the run?", "The writes in flight finish and no more are"
                            + " sent; the journal keeps what was done, so it can still be reverted.").yes("Stop and close").asWarning())) {
                event.consume();
                return;
            }
            model.stop();
        });
    }

    public ConnectionViewModel connection() {
        return connection;
    }

    public BulkChangeViewModel model() {
        return model;
    }
}
