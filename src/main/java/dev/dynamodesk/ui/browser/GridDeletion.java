package dev.dynamodesk.ui.browser;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.ui.common.TaskRunner;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * The grid's delete: the chosen items deleted by key in batches in the background, then how many
 * were deleted and, for those that were not, why; the grid is told which keys failed so that it
 * takes out only the rows that are gone.
 */
final class GridDeletion {
    private GridDeletion() {
    }

    static void start(TaskRunner tasks, DynamoServices services, TableInfo table, List<Item> items, StringProperty notice,
                      ObjectProperty<ErrorMessages.UserError> error, Consumer<Set<Item>> deletedExceptKeys) {
        notice.set("Deleting " + LoadFigures.count(items.size()) + (items.size() == 1 ? " item…" : " items…"));
        tasks.task("Deleting from " + table.name(), context -> services.deleter().delete(table.name(), table, items,
                        context.cancelled(), done -> context.progress(done, items.size())))
                .onSuccess(outcome -> {
                    deletedExceptKeys.accept(outcome.failed().keySet());
                    String text = "Deleted " + LoadFigures.count(outcome.deleted()) + (outcome.deleted() == 1 ? " item." : " items.");
                    if (!outcome.failed().isEmpty()) {
                        text += " " + LoadFigures.count(outcome.failed().size()) + " could not be deleted: "
                                + outcome.failed().values().iterator().next();
                    }
                    notice.set(text);
                })
                .onFailure(failure -> {
                    notice.set("Nothing was deleted: " + ErrorMessages.summary(failure));
                    error.set(ErrorMessages.describe(failure));
                })
                .onCancelled(() -> notice.set("Deleting was stopped; refresh to see what is left."))
                .start();
    }
}
