package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.admin.CreateTableSpec;
import dev.dynamodesk.dynamo.transfer.Importer;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.transfer.CsvMapping;
import dev.dynamodesk.transfer.ExportFormat;
import dev.dynamodesk.transfer.FailedLinesFile;
import dev.dynamodesk.transfer.ItemSource;
import dev.dynamodesk.transfer.ExportFolder;
import dev.dynamodesk.transfer.ItemSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * A file into a table: BatchWriteItem in 25s, several in flight; bad records reported with their
 * line and written to a file beside the input, the rest imported. A non-empty table or a
 * production connection needs the table's name typed on a terminal, or --yes. Exit code 1 when
 * any record failed.
 */
@Command(name = "import", description = {"Import a file (DynamoDB JSON lines, JSON, plain JSON lines or CSV) into a table,",
        "or a DynamoDB export to S3, read from s3://bucket/prefix/AWSDynamoDB/<id>/ or a downloaded folder (its manifests and",
        "data/*.json.gz; the item count checked), or with --by-dynamodb have DynamoDB import s3://… into a new table."})
final class ImportCommand implements Runnable {
    @ParentCommand
    Cli cli;

    /** Text, not a Path: "s3://b/p" would lose a slash as a Path, and is no path at all on Windows. */
    @Parameters(paramLabel = "FILE", description = "The file to import, a downloaded export's folder, or s3://… (an export in S3).")
    String source;

    private Path file;

    @Option(names = "--table", required = true, paramLabel = "TABLE", description = "The table to import into.")
    String table;

    @Option(names = "--format", paramLabel = "FORMAT", converter = ItemOutput.FormatConverter.class,
            description = "jsonl, json, ndjson or csv (default: from the file's extension).")
    ExportFormat format;

    @Option(names = "--type", paramLabel = "COLUMN=TYPE",
            description = "CSV: a column's type (S, N, B, BOOL, NULL, M, L, SS, NS, BS), repeatable. Typed headers "
                    + "like 'price (N)' need none; other columns are strings unless --guess-types.")
    Map<String, String> types = new LinkedHashMap<>();

    @Option(names = "--guess-types", description = "CSV: make a column a number, boolean, map or list when its first 100 cells all are.")
    boolean guessTypes;

    @Option(names = "--create-table", paramLabel = "KEY:TYPE[,SORT:TYPE]",
            description = "Create the table (on demand) with this key if it does not exist, e.g. id:S or pk:S,sk:N.")
    String createTable;

    @Option(names = "--stop-on-first-error", description = "Stop at the first bad record instead of reporting it and going on.")
    boolean stopOnFirstError;

    @Option(names = "--yes", description = "Do not ask for the table's name before importing into a non-empty table or a production connection.")
    boolean yes;

    @Option(names = "--s3-profile", paramLabel = "NAME", description = "Reading an export from s3://…: the AWS profile whose"
            + " credentials read it (default: the default profile, then the default chain); the table is --profile's.")
    String s3Profile;

    @Option(names = "--s3-endpoint", paramLabel = "URL", description = "Reading from s3://…: an S3 endpoint of your own"
            + " (default: AWS_ENDPOINT_URL_S3, the profile's services section for s3, or AWS's).")
    java.net.URI s3Endpoint;

    @Option(names = "--s3-region", paramLabel = "REGION", description = "Reading from s3://…: the region to start from"
            + " (a bucket elsewhere is followed).")
    String s3Region;

    @Option(names = "--by-dynamodb", description = "With s3://BUCKET/PREFIX: have DynamoDB import it into a new table"
            + " (ImportTable; needs --create-table KEY:TYPE[,SORT:TYPE]), then follow the import.")
    boolean byDynamoDb;

    @Option(names = "--input-format", paramLabel = "FORMAT", description = "With --by-dynamodb: dynamodb-json (the default), csv or ion.")
    String inputFormat = "dynamodb-json";

    @Option(names = "--compression", paramLabel = "KIND", description = "With --by-dynamodb: gzip (the default), zstd or none.")
    String compression = "gzip";

    @Override
    public void run() {
        if (source.startsWith("s3://")) {
            String url = source;
            if (byDynamoDb) {
                new S3Import(cli).importTable(url, table, createTable, inputFormat, compression);
                return;
            }
            dev.dynamodesk.dynamo.ops.S3Url from;
            try {
                from = dev.dynamodesk.dynamo.ops.S3Url.parse(url);
            } catch (IllegalArgumentException e) {
                throw CliFailure.usage(e.getMessage());
            }
            try (dev.dynamodesk.dynamo.ops.S3ExportStore store = new dev.dynamodesk.dynamo.ops.S3ExportStore(
                    dev.dynamodesk.connection.S3Clients.create(cli.environment().aws(), s3Profile, s3Endpoint, s3Region), from)) {
                importExport(readExport(() -> ExportFolder.read(store)), Path.of(table + "-from-s3.failed.jsonl").toAbsolutePath());
            }
            return;
        }
        if (byDynamoDb) {
            throw CliFailure.usage("--by-dynamodb imports from S3: name the location as s3://bucket/prefix");
        }
        try {
            file = Path.of(source);
        } catch (java.nio.file.InvalidPathException e) {
            throw CliFailure.usage("'" + source + "' is not a file name here: " + e.getReason());
        }
        if (Files.isDirectory(file) && ExportFolder.isExport(file)) {
            importExport(readExport(() -> ExportFolder.read(file)), file.toAbsolutePath().resolveSibling(file.getFileName()
                    + ".failed.jsonl"));
            return;
        }
        if (Files.isDirectory(file)) {
            throw CliFailure.error(file + " is a folder: name the file to import (or a DynamoDB export's folder, with its"
                    + " manifest-summary.json or data/*.json.gz); nothing was imported.");
        }
        if (!Files.isRegularFile(file)) {
            throw CliFailure.error("There is no file " + file + "; nothing was imported.");
        }
        ExportFormat used = format != null ? format : ItemSources.formatOf(file);
        CsvMapping mapping = used == ExportFormat.CSV ? csvMapping() : null;
        try (CliConnection connection = cli.openForBulk()) {
            if (connection.readOnly()) {
                throw CliFailure.error(connection.profile().name() + " is read-only: nothing can be imported into it.");
            }
            TableInfo info = target(connection);
            Confirmation.intoTable(cli.environment(), connection, info, yes, "import into", "imported");
            Path failedFile;
            Importer.Report report;
            ProgressLine progress = new ProgressLine(cli.environment());
            long size = Math.max(1, fileSize());
            try (ItemSource lines = ItemSources.open(file, used, mapping)) {
                failedFile = FailedLinesFile.beside(file, lines.failedFormat());
                try (Writer failed = FailedLinesFile.open(failedFile, lines)) {
                    report = connection.services().importer().run(lines, info, new Importer.Options(stopOnFirstError, 4),
                            failed, () -> false, written -> progress.show(Math.min(lines.bytesRead(), size), size,
                                    String.format("%,d items written", written)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            progress.done();
            report(report, failedFile);
        }
    }

    /**
     * A DynamoDB export to S3, downloaded: every data file its manifest names, checked to be there
     * first, and the items read checked against the manifest's count.
     */
    private interface ExportReading {
        ExportFolder read() throws IOException;
    }

    private static ExportFolder readExport(ExportReading reading) {
        try {
            return reading.read();
        } catch (IOException e) {
            throw CliFailure.error(e.getMessage());
        }
    }

    private void importExport(ExportFolder export, Path failedFile) {
        try (CliConnection connection = cli.openForBulk()) {
            if (connection.readOnly()) {
                throw CliFailure.error(connection.profile().name() + " is read-only: nothing can be imported into it.");
            }
            TableInfo info = target(connection);
            Confirmation.intoTable(cli.environment(), connection, info, yes, "import into", "imported");
            cli.environment().err().println(String.format("Importing the export in %s: %d data files in %s%s", export.root(),
                    export.dataFiles().size(), export.format(), export.expectedItems() < 0 ? " (no manifest: no item count to check)"
                            : String.format(", %,d items by its manifest", export.expectedItems())));
            Importer.Report report;
            ProgressLine progress = new ProgressLine(cli.environment());
            try (ItemSource lines = export.open(); Writer failed = FailedLinesFile.open(failedFile, lines)) {
                report = connection.services().importer().run(lines, info, new Importer.Options(stopOnFirstError, 4), failed,
                        () -> false, written -> progress.show(written, export.expectedItems(), "items written"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            progress.done();
            export.countProblem(report.read(), report.written()).ifPresent(problem -> {
                throw CliFailure.error(problem);
            });
            report(report, failedFile);
        }
    }

    private long fileSize() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private CsvMapping csvMapping() {
        try {
            ItemSources.CsvPreview preview = ItemSources.previewCsv(file, guessTypes ? 100 : 0);
            CsvMapping mapping = guessTypes ? preview.guessMapping() : CsvMapping.fromHeader(preview.header());
            for (Map.Entry<String, String> type : types.entrySet()) {
                int column = columnOf(mapping, type.getKey());
                AttributeType attributeType;
                try {
                    attributeType = AttributeType.valueOf(type.getValue().strip().toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw CliFailure.usage("--type " + type.getKey() + "=" + type.getValue()
                            + ": the type is one of S, N, B, BOOL, NULL, M, L, SS, NS, BS");
                }
                mapping = mapping.with(column, mapping.columns().get(column).attribute(), attributeType);
            }
            return mapping;
        } catch (IOException e) {
            throw CliFailure.error(e.getMessage());
        }
    }

    private static int columnOf(CsvMapping mapping, String name) {
        for (int i = 0; i < mapping.columns().size(); i++) {
            CsvMapping.Column column = mapping.columns().get(i);
            if (column.header().equals(name) || column.attribute().equals(name)) {
                return i;
            }
        }
        throw CliFailure.usage("--type " + name + ": the file has no such column");
    }

    /** The table described, created first when it does not exist and --create-table says how. */
    private TableInfo target(CliConnection connection) {
        try {
            return connection.services().tables().describe(table);
        } catch (ResourceNotFoundException e) {
            if (createTable == null) {
                throw CliFailure.error("There is no table " + table + " (pass --create-table KEY:TYPE to create it)");
            }
        }
        String[] keys = createTable.split(",");
        if (keys.length > 2) {
            throw CliFailure.usage("--create-table takes a partition key and at most a sort key: KEY:TYPE[,SORT:TYPE]");
        }
        CreateTableSpec spec = new CreateTableSpec(table, key(keys[0]), keys.length > 1 ? key(keys[1]) : null,
                null, null, null);
        try {
            connection.services().admin().createAndWait(spec, () -> false, message -> { });
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("--create-table: " + e.getMessage());
        }
        cli.environment().err().println("Created table " + table);
        return connection.services().tables().describe(table);
    }

    static KeyAttribute key(String text) {
        String[] parts = text.strip().split(":");
        if (parts.length != 2 || parts[0].isBlank() || !parts[1].matches("(?i)[SNB]")) {
            throw CliFailure.usage("--create-table '" + text + "': write NAME:TYPE with TYPE S, N or B");
        }
        return new KeyAttribute(parts[0], AttributeType.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT)));
    }

    private void report(Importer.Report report, Path failedFile) {
        var err = cli.environment().err();
        err.println(report.explain(report.failed() == 0 ? null : failedFile, 20));
        if (report.failed() == 0) {
            try {
                Files.deleteIfExists(failedFile);
            } catch (IOException e) {
                err.println("Could not remove " + failedFile + ": " + e.getMessage());
            }
            return;
        }
        throw CliFailure.error(String.format("%,d of %,d records were not written", report.failed(), report.read()));
    }
}
