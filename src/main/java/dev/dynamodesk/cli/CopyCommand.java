package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.TableDetails;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.admin.CreateTableSpec;
import dev.dynamodesk.dynamo.admin.TableRequests;
import dev.dynamodesk.dynamo.copy.CopyCheckpoints;
import dev.dynamodesk.dynamo.copy.CopyResult;
import dev.dynamodesk.dynamo.copy.TableCopier;
import dev.dynamodesk.dynamo.copy.TableSchemas;
import dev.dynamodesk.dynamo.query.FilterClause;
import dev.dynamodesk.dynamo.query.InvalidQueryException;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.dynamodesk.transform.ItemTransformer;
import dev.dynamodesk.transform.TransformRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** A table's items (and, asked, the table) to another connection or another table, resumable from checkpoints. */
@Command(name = "copy", description = "Copy a table's items (optionally the table too) to another connection or table. The source"
        + " is only read. A copy that stops can go on with --resume from where each segment got to.")
final class CopyCommand implements Runnable {
    @ParentCommand
    Cli cli;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TABLE", description = "The source table (or the job's).")
    String table;

    @Option(names = "--to-profile", paramLabel = "NAME", description = "The target connection (as --profile takes it).")
    String toProfile;

    @Option(names = "--to-endpoint", paramLabel = "URL", description = "The target endpoint, e.g. http://localhost:8000.")
    String toEndpoint;

    @Option(names = "--to-region", paramLabel = "REGION", description = "The target region.")
    String toRegion;

    @Option(names = "--to-table", paramLabel = "NAME", description = "The target table (default: the same name).")
    String toTable;

    @Option(names = "--create-table", description = "Create the target table shaped as the source (keys, indexes, billing, TTL).")
    boolean createTable;

    @Option(names = "--where", paramLabel = "CONDITION", description = "Only items that match, repeatable; as for scan.")
    List<String> where = new ArrayList<>();

    @Option(names = "--partiql-where", paramLabel = "EXPR", description = "Only the items a PartiQL SELECT * FROM TABLE WHERE EXPR"
            + " returns (as Neosync subsets); the statement is printed first. Such a copy is run again whole rather than resumed.")
    String partiqlWhere;

    @Option(names = "--if-exists", paramLabel = "WHAT", description = "An item already in the target: overwrite (the default),"
            + " skip (put only if the key is free) or fail (stop at the first).")
    String ifExists = "overwrite";

    @Option(names = "--segments", paramLabel = "N", description = "Parallel scan segments (default 4).")
    int segments = 4;

    @Option(names = "--rate", paramLabel = "N", description = "At most N items written a second (default: as fast as the target takes them).")
    double rate;

    @Option(names = "--resume", description = "Go on with the copy that stopped, from its checkpoints (the same source, filter and target).")
    boolean resume;

    @Option(names = "--yes", description = "Do not ask for the table's name (a production target, or a target that holds items).")
    boolean yes;

    @Mixin
    TransformOptions transform = new TransformOptions();

    @Option(names = "--preview", paramLabel = "N", description = "Print the first N items before and after their transformers,"
            + " attribute by attribute; nothing is written.")
    Integer preview;

    @Option(names = "--job", paramLabel = "FILE", description = "Take the copy from a job file (JSON: source, target, where,"
            + " transforms, defaults, hashSecretEnv...); options given here win over the file's.")
    Path job;

    @Option(names = "--save-job", paramLabel = "FILE", description = "Write these options as a job file (no secret in it) and copy nothing.")
    Path saveJob;

    @Override
    public void run() {
        if (job != null) {
            CopyJobs.apply(readJob(), this);
        }
        if (table == null) {
            throw CliFailure.usage("Name the source table (TABLE), or a job file that does (--job FILE)");
        }
        if (saveJob != null) {
            CopyJobs.save(this, saveJob);
            cli.environment().err().println("Wrote the copy job " + saveJob + " (no secret in it); run it with: dynamodesk copy --job "
                    + saveJob);
            return;
        }
        if (partiqlWhere != null && (resume || !where.isEmpty())) {
            throw CliFailure.usage(resume ? "A --partiql-where copy is run again whole: it has no checkpoints to --resume from"
                    : "Give --where or --partiql-where, not both");
        }
        TableCopier.IfExists mode = mode();
        if (segments < 1 || segments > 1_000_000) {
            throw CliFailure.usage("--segments must be between 1 and 1000000");
        }
        if (rate < 0) {
            throw CliFailure.usage("--rate cannot be negative");
        }
        String targetTable = toTable == null ? table : toTable;
        boolean sameConnection = toProfile == null && toEndpoint == null;
        if (sameConnection && targetTable.equals(table)) {
            throw CliFailure.usage("Name where to copy to: --to-profile, --to-endpoint, or --to-table for another table here");
        }
        CliEnvironment environment = cli.environment();
        try (CliConnection source = cli.openForBulk();
             CliConnection target = cli.openOther(cli.otherConnection(toProfile, toEndpoint, toRegion))) {
            if (target.readOnly()) {
                target.services().guard().check("copy items into " + targetTable);
            }
            TableInfo info = source.services().tables().describe(table);
            TransformRules rules = transform.rules(info);
            ItemTransformer transformer = rules.isEmpty() ? null : new ItemTransformer(rules, transform.secret(rules, environment));
            dev.dynamodesk.dynamo.partiql.StatementPages subset = partiqlWhere == null ? null : new dev.dynamodesk.dynamo.partiql.StatementPages(source.services().partiql(), table, partiqlWhere);
            if (subset != null) {
                environment.err().println("Subset: " + subset.statement());
            }
            if (preview != null) {
                List<dev.dynamodesk.item.Item> first = subset != null ? subset.first(Math.max(1, preview))
                        : source.services().reader().readChunk(plan(info), null, Math.max(1, preview), () -> false).items();
                TransformPreview.print(first.subList(0, Math.min(first.size(), Math.max(1, preview))), transformer == null ? new ItemTransformer(rules, null) : transformer, environment.out());
                return;
            }
            rules.keyWarnings().forEach(warning -> environment.err().println("Note: " + warning));
            TableInfo targetInfo = prepareTarget(source, target, targetTable);
            String mismatch = TableSchemas.keyMismatch(info, targetInfo);
            if (mismatch != null) {
                throw CliFailure.error(mismatch);
            }
            Confirmation.intoTable(cli.environment(), target, targetInfo, yes || resume, "copy into", "copied");
            QueryPlan plan = plan(info);
            // The transformers are part of what the copy is: a resume goes on only with the same ones.
            String copy = CopyCheckpoints.describe(source.profile().name(), plan, target.profile().name(),
                    String.valueOf(target.profile().endpoint()), target.profile().region(), targetTable)
                    + (rules.isEmpty() ? "" : " transformed " + rules.describe());
            Path folder = environment.directories().dataDir().resolve("copies");
            CopyCheckpoints checkpoints = checkpoints(CopyCheckpoints.fileFor(folder, copy), copy);
            Path failedFile = CopyCheckpoints.failedFileFor(folder, copy);
            ProgressLine line = new ProgressLine(environment);
            CopyResult result;
            try (StopOnInterrupt stop = StopOnInterrupt.install(environment, "Copy stopped: --resume goes on from where it got to")) {
                TableCopier copier = target.services().copierFrom(source.services().reader());
                if (transformer != null) {
                    copier = copier.transforming(transformer::apply);
                }
                java.util.function.Consumer<TableCopier.Progress> shown = progress -> line.show(progress.read(),
                        info.approximateItemCount(), String.format("%,d written", progress.written()));
                result = subset != null ? copier.copyItems(subset::next, targetInfo, mode, rate, failedFile, stop::requested, shown)
                        : copier.copy(plan, targetInfo, mode, rate, checkpoints, failedFile, stop::requested, shown);
            }
            line.done();
            if (transformer != null) {
                environment.err().println("Transformed (" + rules.describe() + "):");
                transformer.report().lines().forEach(reportLine -> environment.err().println("  " + reportLine));
            }
            report(result);
        }
    }

    private dev.dynamodesk.transform.CopyJob readJob() {
        try {
            return dev.dynamodesk.transform.CopyJob.read(job);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(e.getMessage());
        }
    }

    private TableCopier.IfExists mode() {
        try {
            return TableCopier.IfExists.valueOf(ifExists.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("--if-exists is overwrite, skip or fail, not '" + ifExists + "'");
        }
    }

    /** The target table: created (its request printed first) with --create-table, else it must exist. */
    private TableInfo prepareTarget(CliConnection source, CliConnection target, String targetTable) {
        boolean exists = target.services().tables().listTableNames().contains(targetTable);
        if (createTable) {
            if (exists) {
                throw CliFailure.usage(targetTable + " already exists at the target: leave out --create-table to copy into it");
            }
            TableDetails details = source.services().describer().describe(table);
            CreateTableSpec spec = TableSchemas.copyOf(details, targetTable);
            List<String> problems = spec.problems();
            if (!problems.isEmpty()) {
                throw CliFailure.error("Cannot create " + targetTable + ": " + String.join(" ", problems));
            }
            TableRequests.create(spec).forEach(request -> cli.environment().err().println(request.cliCommand()));
            target.services().admin().createAndWait(spec, () -> false, message -> { });
        } else if (!exists) {
            throw CliFailure.usage("There is no table " + targetTable + " at the target: add --create-table to make it");
        }
        return target.services().tables().describe(targetTable);
    }

    private CopyCheckpoints checkpoints(Path file, String copy) {
        if (resume) {
            if (!Files.isRegularFile(file)) {
                throw CliFailure.usage("There is no stopped copy of this source to this target to resume");
            }
            CopyCheckpoints found = CopyCheckpoints.resume(file, copy);
            cli.environment().err().println("Resuming from " + file);
            return found;
        }
        return CopyCheckpoints.fresh(file, copy, segments);
    }

    private QueryPlan plan(TableInfo info) {
        List<FilterClause> filter = TypedArguments.conditions("--where", where, info);
        try {
            return QueryPlan.of(ItemQuery.scanAll(table).withFilter(filter), info);
        } catch (InvalidQueryException e) {
            throw CliFailure.usage(e.getMessage());
        }
    }

    private void report(CopyResult result) {
        var err = cli.environment().err();
        err.println("Copied: " + result.summary());
        if (!result.failures().isEmpty()) {
            err.println(result.failures());
        }
        if (result.failedFile() != null) {
            err.println("The items that failed are in " + result.failedFile() + " (DynamoDB JSON lines: import it to try them again)");
        }
        if (result.stopped()) {
            err.println("Stopped; --resume goes on from " + result.checkpoints()
                    + " (at most the chunks being written are written again: a put of the same item leaves the same item)");
        }
        if (result.stoppedBecause() != null) {
            throw CliFailure.error(result.stoppedBecause());
        }
        if (!result.clean()) {
            throw CliFailure.error(result.failed() > 0 ? result.failed() + " items failed" : "the copy stopped before the end");
        }
    }
}
