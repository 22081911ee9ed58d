package dev.dynamodesk.ui.copy;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.admin.CreateTableSpec;
import dev.dynamodesk.dynamo.copy.CopyCheckpoints;
import dev.dynamodesk.dynamo.copy.CopyResult;
import dev.dynamodesk.dynamo.copy.TableCopier;
import dev.dynamodesk.dynamo.copy.TableSchemas;
import dev.dynamodesk.dynamo.query.InvalidQueryException;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.ui.common.TaskContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The background half of one copy from a table to a table of another connection (or another table
 * here): the target made or checked, then the items copied, going on from the checkpoints of a
 * copy of the same items to the same place that stopped (or died) unless asked to start over.
 */
final class CopyWork {
    private static final java.time.format.DateTimeFormatter STOPPED_AT = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(java.time.ZoneId.systemDefault());
    private final DynamoServices from;
    private final String sourceName;
    private final String table;
    private final DynamoServices into;
    private final ConnectionProfile target;
    private final String name;
    /** Only what the grid's query reads, or only these rows (read again whole by key); both null: the whole table. */
    private final QueryPlan onlyPlan;
    private final List<Item> onlyRows;
    private final Path copies;
    private final TransformChoice transforms;
    private volatile dev.dynamodesk.transform.TransformReport report;

    CopyWork(DynamoServices from, String sourceName, String table, DynamoServices into, ConnectionProfile target, String name,
             QueryPlan onlyPlan, List<Item> onlyRows, Path copies, TransformChoice transforms) {
        this.transforms = transforms;
        this.from = from;
        this.sourceName = sourceName;
        this.table = table;
        this.into = into;
        this.target = target;
        this.name = name;
        this.onlyPlan = onlyPlan;
        this.onlyRows = onlyRows;
        this.copies = copies;
    }

    /**
     * What is left of an earlier copy of the same items to the same place, said in a sentence; empty
     * when there is none (or the copy is of selected rows, which keeps no checkpoints).
     */
    Optional<String> stoppedEarlier() throws InvalidQueryException, IOException {
        if (onlyRows != null) {
            return Optional.empty();
        }
        String described = describe(from.tables().describe(table));
        Path file = CopyCheckpoints.fileFor(copies, described);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        CopyCheckpoints positions = CopyCheckpoints.resume(file, described);
        long started = positions.startKeys().values().stream().filter(key -> key != null).count();
        return Optional.of(String.format("A copy of this to %s · %s stopped on %s with %d of %d segments still to copy (%d of them"
                        + " part-way). Resume goes on from there; Start over copies every item again.", target.name(), name,
                STOPPED_AT.format(Files.getLastModifiedTime(file).toInstant()),
                positions.startKeys().size(), positions.segments(), started));
    }

    /** Copies (making the target table first when {@code create}); {@code startOver} forgets an earlier copy's checkpoints. */
    CopyResult run(boolean create, TableCopier.IfExists mode, double perSecond, boolean startOver, TaskContext context,
                   BooleanSupplier stop, Shown shown) throws Exception {
        dev.dynamodesk.dynamo.partiql.StatementPages subset = transforms.subset(from, table);
        if (subset != null && (onlyRows != null || onlyPlan != null)) {
            // Said before anything is made or written: a WHERE never silently replaces the grid's query or selection.
            throw new IllegalStateException("This copy is of " + (onlyRows != null ? "the grid's selected rows" : "the grid's query")
                    + ", and a PartiQL WHERE picks its own items: clear \"Only items where\", or copy from the table's menu"
                    + " (Copy or compare…) to copy by the WHERE.");
        }
        TableInfo info = from.tables().describe(table);
        long expected = onlyRows != null ? onlyRows.size() : onlyPlan != null ? -1 : info.approximateItemCount();
        boolean exists = into.tables().listTableNames().contains(name);
        if (create && exists) {
            throw new IllegalStateException(name + " already exists on " + target.name() + ": untick \"Create the table\"");
        }
        if (!create && !exists) {
            throw new IllegalStateException("There is no table " + name + " on " + target.name() + ": tick \"Create the table\"");
        }
        if (create) {
            CreateTableSpec spec = TableSchemas.copyOf(from.describer().describe(table), name);
            into.admin().createAndWait(spec, context.cancelled(), context::message);
        }
        TableInfo targetInfo = into.tables().describe(name);
        String mismatch = TableSchemas.keyMismatch(info, targetInfo);
        if (mismatch != null) {
            throw new IllegalStateException(mismatch);
        }
        String described = describe(info);
        Path failed = CopyCheckpoints.failedFileFor(copies, described);
        TableCopier copier = into.copierFrom(from.reader());
        dev.dynamodesk.transform.ItemTransformer transformer = transforms.transformer(info);
        if (transformer != null) {
            copier = copier.transforming(transformer::apply);
            report = transformer.report();
        }
        if (subset != null) {
            context.message("Copying " + subset.statement());
            return copier.copyItems(subset::next, into.tables().describe(name), mode, perSecond, failed, stop,
                    copied -> shown.show(copied, -1));
        }
        if (onlyRows != null) {
            return copier.copyRows(onlyRows, from.itemsByKey(), info, targetInfo, mode, perSecond, failed, stop,
                    copied -> shown.show(copied, expected));
        }
        Path checkpoints = CopyCheckpoints.fileFor(copies, described);
        if (startOver) {
            Files.deleteIfExists(checkpoints);
        }
        QueryPlan plan = plan(info);
        CopyCheckpoints positions = Files.isRegularFile(checkpoints) ? CopyCheckpoints.resume(checkpoints, described)
                : CopyCheckpoints.fresh(checkpoints, described, plan.isQuery() ? 1 : 4);
        return copier.copy(plan, targetInfo, mode, perSecond, positions, failed, stop, copied -> shown.show(copied, expected));
    }

    /** What the transformers did in the last run; null when it had none. */
    dev.dynamodesk.transform.TransformReport report() {
        return report;
    }

    /** How far a copy is: {@code expected} is the items it expects to read, or -1 when only the end will tell. */
    interface Shown {
        void show(TableCopier.Progress copied, long expected);
    }

    private String describe(TableInfo info) throws InvalidQueryException {
        return CopyCheckpoints.describe(sourceName, plan(info), target.name(), String.valueOf(target.endpoint()), target.region(), name)
                + transforms.identity(info);
    }

    private QueryPlan plan(TableInfo info) throws InvalidQueryException {
        return onlyPlan != null ? onlyPlan : QueryPlan.of(ItemQuery.scanAll(table), info);
    }
}
