package dev.dynamodesk.ui.browser;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.TableDetails;
import dev.dynamodesk.ui.common.NewestRequest;
import dev.dynamodesk.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** A table's details for the info pane, read in the background; a newer read wins. */
public final class TableInfoModel {
    private final String tableName;
    private final DynamoServices services;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<TableDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyObjectWrapper<ErrorMessages.UserError> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    /** Refresh twice, and only the second answer is shown. */
    private final NewestRequest describing = new NewestRequest();

    public TableInfoModel(String tableName, DynamoServices services, TaskRunner tasks) {
        this.tableName = tableName;
        this.services = services;
        this.tasks = tasks;
    }

    public String tableName() {
        return tableName;
    }

    public ReadOnlyObjectProperty<TableDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ErrorMessages.UserError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public void refresh() {
        loading.set(true);
        tasks.task("Describing " + tableName, context -> services.describer().describe(tableName))
                .quiet()
                .newestOf(describing)
                .onSuccess(result -> {
                    loading.set(false);
                    error.set(null);
                    details.set(result);
                })
                .onFailure(failure -> {
                    loading.set(false);
                    error.set(ErrorMessages.describe(failure));
                })
                .onCancelled(() -> loading.set(false))
                .start();
    }
}
