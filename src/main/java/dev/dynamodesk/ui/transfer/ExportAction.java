package dev.dynamodesk.ui.transfer;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.ItemPage;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.dynamo.transfer.Exporter;
import dev.dynamodesk.transfer.ItemWriter;
import dev.dynamodesk.transfer.ItemWriters;
import dev.dynamodesk.ui.common.ErrorDialogs;
import dev.dynamodesk.ui.common.TaskRunner;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Export of a table or index from the window: a sample of items is read to offer the CSV columns,
 * the dialog asks, and the export runs in the background with progress and Stop. It writes to a
 * ".part" file that becomes the chosen file only when complete, so a stopped export leaves nothing half-written.
 */
public final class ExportAction {
    private static final int SAMPLE = 100;

    private final TaskRunner tasks;
    private final Supplier<Window> owner;
    private final Path folder;

    public ExportAction(TaskRunner tasks, Supplier<Window> owner, Path folder) {
        this.tasks = tasks;
        this.owner = owner;
        this.folder = folder;
    }

    public void export(ConnectionViewModel connection, String table) {
        DynamoServices services = connection.services();
        if (services == null) {
            return;
        }
        record Prepared(TableInfo info, Map<String, AttributeType> columns) {
        }
        tasks.task("Reading " + table + " for the export", context -> {
                    TableInfo info = services.tables().describe(table);
                    ItemPage sample = services.reader().readPage(QueryPlan.of(ItemQuery.scanAll(table), info), null, SAMPLE);
                    return new Prepared(info, columns(info, sample));
                })
                .quiet()
                .onSuccess(prepared -> ExportDialog.ask(owner.get(), prepared.info(), prepared.columns(), folder)
                        .ifPresent(choice -> run(services, prepared.info(), choice)))
                .onFailure(failure -> ErrorDialogs.show(owner.get(), "Export of " + table, failure))
                .start();
    }

    /** Keys first, then every attribute of the sample by how often it appears, each with its most common type. */
    static Map<String, AttributeType> columns(TableInfo info, ItemPage sample) {
        Map<String, Map<AttributeType, Integer>> seen = new HashMap<>();
        Map<String, Integer> frequency = new HashMap<>();
        for (Item item : sample.items()) {
            for (Map.Entry<String, DynamoValue> attribute : item.attributes().entrySet()) {
                frequency.merge(attribute.getKey(), 1, Integer::sum);
                seen.computeIfAbsent(attribute.getKey(), name -> new HashMap<>()).merge(attribute.getValue().type(), 1, Integer::sum);
            }
        }
        Map<String, AttributeType> columns = new LinkedHashMap<>();
        columns.put(info.partitionKey().name(), info.partitionKey().type());
        if (info.sortKey() != null) {
            columns.put(info.sortKey().name(), info.sortKey().type());
        }
        frequency.entrySet().stream()
                .filter(entry -> !columns.containsKey(entry.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> columns.put(entry.getKey(), seen.get(entry.getKey()).entrySet().stream()
                        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null)));
        return columns;
    }

    private void run(DynamoServices services, TableInfo info, ExportDialog.Choice choice) {
        Path target = choice.file().toAbsolutePath();
        tasks.task("Exporting " + info.name(), context -> {
                    ItemQuery query = ItemQuery.scanAll(info.name()).onIndex(choice.index());
                    return new Exporter(services.reader()).exportToFile(QueryPlan.of(query, info), choice.segments(), target,
                            out -> ItemWriters.open(choice.format(), out, choice.columns(), choice.typedHeader()),
                            info.approximateItemCount(), context.cancelled(), progress -> {
                                context.message(progress.describe());
                                context.progress(progress.items(), progress.expectedItems() > 0 ? progress.expectedItems() : -1);
                            });
                })
                .onSuccess(result -> {
                    Alert done = new Alert(Alert.AlertType.INFORMATION, "Exported " + Exporter.describe(result) + " to\n" + target,
                            ButtonType.OK);
                    done.setHeaderText("Export of " + info.name() + " finished");
                    done.getDialogPane().setId("exportDone");
                    done.initOwner(owner.get());
                    done.show();
                })
                .onFailure(failure -> ErrorDialogs.show(owner.get(), "Export of " + info.name(), failure))
                .start();
    }
}
