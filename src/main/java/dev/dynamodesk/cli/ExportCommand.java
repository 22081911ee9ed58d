package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.FilterClause;
import dev.dynamodesk.dynamo.query.InvalidQueryException;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.dynamo.transfer.ExportResult;
import dev.dynamodesk.dynamo.transfer.Exporter;
import dev.dynamodesk.transfer.CsvColumn;
import dev.dynamodesk.transfer.ExportFormat;
import dev.dynamodesk.transfer.ItemWriters;
import dev.dynamodesk.transfer.PartFile;
import dev.dynamodesk.transfer.SampledCsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * A table or index to a file, streamed with parallel segments; the file appears only when the
 * export is complete. Progress on a terminal; the summary on stderr.
 */
@Command(name = "export", description = {"Export a table or index to a file (DynamoDB JSON lines, JSON, plain JSON lines or CSV),",
        "or have DynamoDB export a table to S3 (--to-s3), for tables too big for one machine."})
final class ExportCommand implements Runnable {
    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "TABLE", description = "The table's name.")
    String table;

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write (or --to-s3).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (DynamoDB JSON lines, exact; the default), json,"
            + " ndjson (plain JSON lines) or csv; with --to-s3, dynamodb-json (the default) or ion.")
    String formatName;

    /** The file format, from --format. */
    private ExportFormat format = ExportFormat.DYNAMODB_JSON_LINES;

    @Option(names = "--to-s3", paramLabel = "s3://BUCKET/PREFIX", description = "Have DynamoDB export the table to S3 itself"
            + " (ExportTableToPointInTime: runs on AWS, reads no capacity, needs point-in-time recovery on), then follow it.")
    String toS3;

    @Option(names = "--incremental-from", paramLabel = "TIME", description = "With --to-s3: export only the changes from this"
            + " time (ISO-8601, e.g. 2026-11-29T00:00:00Z) ...")
    java.time.Instant incrementalFrom;

    @Option(names = "--incremental-to", paramLabel = "TIME", description = "... to this one.")
    java.time.Instant incrementalTo;

    @Option(names = "--no-wait", description = "With --to-s3: start the export and print its ARN without following it.")
    boolean noWait;

    @Option(names = "--segments", paramLabel = "N", description = "Parallel scan segments (default 4).")
    int segments = 4;

    @Option(names = "--index", paramLabel = "INDEX", description = "Export a secondary index instead of the table.")
    String index;

    @Option(names = "--where", paramLabel = "CONDITION", description = "Only items that match, repeatable; as for scan.")
    List<String> where = new ArrayList<>();

    @Option(names = "--columns", split = ",", paramLabel = "NAME",
            description = "CSV: these attributes as columns (default: keys, then attributes of the first 1,000 items).")
    List<String> columns = new ArrayList<>();

    @Option(names = "--force", description = "Replace the file if it exists.")
    boolean force;

    @Override
    public void run() {
        if (toS3 != null) {
            if (out != null || !where.isEmpty() || index != null || !columns.isEmpty()) {
                throw CliFailure.usage("--to-s3 exports the whole table as DynamoDB does: no --out, --where, --index or --columns");
            }
            new S3Export(cli).export(table, toS3, formatName, incrementalFrom, incrementalTo, noWait);
            return;
        }
        if (out == null) {
            throw CliFailure.usage("Name the file to write with --out (or export to S3 with --to-s3 s3://bucket/prefix)");
        }
        if (incrementalFrom != null || incrementalTo != null || noWait) {
            throw CliFailure.usage("--incremental-from, --incremental-to and --no-wait go with --to-s3");
        }
        if (formatName != null) {
            try {
                format = new ItemOutput.FormatConverter().convert(formatName);
            } catch (picocli.CommandLine.TypeConversionException e) {
                throw CliFailure.usage("--format " + e.getMessage());
            }
        }
        if (segments < 1 || segments > 1_000_000) {
            throw CliFailure.usage("--segments must be between 1 and 1000000");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw CliFailure.usage("There is no folder " + folder + " to write " + out.getFileName() + " in");
        }
        if (Files.isDirectory(out)) {
            throw CliFailure.usage(out + " is a folder: --out names the file to write");
        }
        if (Files.exists(out) && !force) {
            throw CliFailure.usage(out + " exists: pass --force to replace it");
        }
        if (!columns.isEmpty() && format != ExportFormat.CSV) {
            throw CliFailure.usage("--columns is for --format csv");
        }
        try (CliConnection connection = cli.openForBulk()) {
            TableInfo info = connection.services().tables().describe(table);
            List<FilterClause> filter = TypedArguments.conditions("--where", where, info);
            QueryPlan plan;
            try {
                plan = QueryPlan.of(ItemQuery.scanAll(table).onIndex(index).withFilter(filter), info);
            } catch (InvalidQueryException e) {
                throw CliFailure.usage(e.getMessage());
            }
            ProgressLine progressLine = new ProgressLine(cli.environment());
            ExportResult result;
            try (StopOnInterrupt stop = StopOnInterrupt.install(cli.environment(), "Export stopped: " + out
                    + " was not written")) {
                result = new Exporter(connection.services().reader()).exportToFile(plan, segments, out, format, force,
                        stream -> format != ExportFormat.CSV ? ItemWriters.open(format, stream, List.of(), false)
                                : columns.isEmpty() ? new SampledCsvWriter(stream, info.keyNames(), ItemOutput.CSV_SAMPLE)
                                : ItemWriters.open(format, stream, columns.stream().map(name -> new CsvColumn(name, null)).toList(), false),
                        info.approximateItemCount(), stop::requested,
                        progress -> progressLine.show(progress.items(), progress.expectedItems(), progress.describe()));
            }
            progressLine.done();
            cli.environment().err().printf("Exported %,d item%s to %s: %s%n", result.items(), result.items() == 1 ? "" : "s",
                    out.toAbsolutePath(), result.describe());
        } catch (PartFile.InUseException e) {
            throw CliFailure.error(e.getMessage());
        } catch (NoSuchFileException e) {
            throw CliFailure.error(e.getReason() != null ? e.getReason() : "There is no file or folder " + e.getFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
