package dev.dynamodesk.ui.transfer;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.ItemPage;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.dynamo.partiql.BoundStatement;
import dev.dynamodesk.dynamo.transfer.ExportResult;
import dev.dynamodesk.dynamo.transfer.Exporter;
import dev.dynamodesk.dynamo.transfer.StatementExporter;
import dev.dynamodesk.transfer.CsvColumn;
import dev.dynamodesk.transfer.CsvColumns;
import dev.dynamodesk.transfer.ExportFormat;
import dev.dynamodesk.transfer.SampledCsvWriter;
import dev.dynamodesk.transfer.ItemWriters;
import dev.dynamodesk.ui.common.DialogService;
import dev.dynamodesk.ui.common.TaskRunner;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
        export(connection, table, null);
    }

    /**
     * @param current the scan or query the table's tab shows, offered as "current results" when it
     *                is more than a plain scan of the table; null for none
     */
    public void export(ConnectionViewModel connection, String table, QueryPlan current) {
        DynamoServices services = connection.services();
        if (services == null) {
            return;
        }
        record Prepared(TableInfo info, Map<String, AttributeType> columns, java.util.Optional<String> largeTable) {
        }
        tasks.task("Reading " + table + " for the export", context -> {
                    TableInfo info = services.tables().describe(table);
                    ItemPage sample = services.reader().readPage(QueryPlan.of(ItemQuery.scanAll(table), info), null, SAMPLE);
                    // A table too big for one machine is pointed to DynamoDB's own export, which needs PITR.
                    var pitr = LargeTableAdvice.large(info)
                            ? dev.dynamodesk.dynamo.TableDetails.Fact.ask(() -> services.operations().pointInTimeRecoveryOn(table)) : null;
                    return new Prepared(info, columns(info, sample), LargeTableAdvice.of(info, pitr));
                })
                .quiet()
                .onSuccess(prepared -> ExportDialog.ask(owner.get(), prepared.info(), prepared.columns(), folder, describe(current),
                                prepared.largeTable())
                        .ifPresent(choice -> run(services, prepared.info(), choice, choice.currentResults() ? current : null)))
                .onFailure(failure -> DialogService.current().error(owner.get(), "Export of " + table, failure))
                .start();
    }

    /** The sample's CSV columns ({@link CsvColumns}), as attribute name to type (null where the sample's types differ). */
    static Map<String, AttributeType> columns(TableInfo info, ItemPage sample) {
        List<CsvColumn> keys = new ArrayList<>();
        keys.add(new CsvColumn(info.partitionKey().name(), info.partitionKey().type()));
        if (info.sortKey() != null) {
            keys.add(new CsvColumn(info.sortKey().name(), info.sortKey().type()));
        }
        Map<String, AttributeType> columns = new LinkedHashMap<>();
        CsvColumns.fromSample(sample.items(), keys).forEach(column -> columns.put(column.name(), column.type()));
        return columns;
    }

    /** Exports every item a console SELECT returns, asking the format and file first. */
    public void exportStatement(ConnectionViewModel connection, BoundStatement statement) {
        DynamoServices services = connection.services();
        if (services == null) {
            return;
        }
        String table = statement.shape().table() == null ? "results" : statement.shape().table().name();
        ResultsExportDialog.ask(owner.get(), statement.text(), folder, table + "-results").ifPresent(choice ->
                tasks.task("Exporting the results of a statement", context -> {
                            List<String> keys = statement.shape().table() == null ? List.of()
                                    : keyNames(services, statement.shape().table().name());
                            return Exporter.toFile(choice.file(), choice.format(), true, out -> choice.format() == ExportFormat.CSV
                                            ? new SampledCsvWriter(out, keys, 1_000)
                                            : ItemWriters.open(choice.format(), out, List.of(), false),
                                    writer -> new StatementExporter(services.partiql()).export(statement, writer,
                                            context.cancelled(), progress -> context.message(progress.describe())));
                        })
                        .onSuccess(result -> done(result, choice.file().toAbsolutePath(), "Export of the results finished"))
                        .onFailure(failure -> DialogService.current().error(owner.get(), "Export of the results", failure))
                        .start());
    }

    private static List<String> keyNames(DynamoServices services, String table) {
        try {
            return services.tables().describe(table).keyNames();
        } catch (RuntimeException e) {
            return List.of(); // the statement will say what is wrong with the table
        }
    }

    /** "Query of index GSI1, filtered", or null for a plain scan of the whole table (nothing to offer). */
    static String describe(QueryPlan plan) {
        if (plan == null || !plan.isQuery() && plan.query().indexName() == null && plan.filterExpression() == null
                && plan.projectionExpression() == null) {
            return null;
        }
        ItemQuery query = plan.query();
        return (plan.isQuery() ? "Query" : "Scan") + (query.indexName() == null ? "" : " of index " + query.indexName())
                + (plan.filterExpression() == null ? "" : ", filtered")
                + (plan.projectionExpression() == null ? "" : ", some attributes");
    }

    private void run(DynamoServices services, TableInfo info, ExportDialog.Choice choice, QueryPlan current) {
        Path target = choice.file().toAbsolutePath();
        tasks.task("Exporting " + info.name(), context -> {
                    QueryPlan plan = current != null ? current : QueryPlan.of(ItemQuery.scanAll(info.name()).onIndex(choice.index()), info);
                    return new Exporter(services.reader()).exportToFile(plan, choice.segments(), target, choice.format(), true,
                            out -> ItemWriters.open(choice.format(), out, choice.columns(), choice.typedHeader()),
                            info.approximateItemCount(), context.cancelled(), progress -> {
                                context.message(progress.describe());
                                context.progress(progress.items(), progress.expectedItems() > 0 ? progress.expectedItems() : -1);
                            });
                })
                .onSuccess(result -> done(result, target, "Export of " + info.name() + " finished"))
                .onFailure(failure -> DialogService.current().error(owner.get(), "Export of " + info.name(), failure))
                .start();
    }

    private void done(ExportResult result, Path target, String header) {
        DialogService.current().tell(owner.get(), DialogService.Notice.info("exportDone", header,
                String.format("Exported %,d item%s to%n%s%n%n%s.", result.items(), result.items() == 1 ? "" : "s", target,
                        capitalised(result.describe()))));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
