package dev.dynamodesk.dynamo.ops;

import dev.dynamodesk.dynamo.PlannedRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ExportDescription;
import software.amazon.awssdk.services.dynamodb.model.ExportSummary;
import software.amazon.awssdk.services.dynamodb.model.ExportTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.ImportSummary;
import software.amazon.awssdk.services.dynamodb.model.ImportTableDescription;
import software.amazon.awssdk.services.dynamodb.model.ImportTableRequest;

/**
 * DynamoDB's own export to S3 (ExportTableToPointInTime, which runs on AWS and reads no capacity)
 * and import from S3 into a new table (ImportTable): the requests, and the jobs followed until
 * they end.
 */
public final class S3Jobs {
    /** An export or import as DynamoDB describes it. */
    public record Job(String kind, String arn, String status, String table, String s3, Long items, Long bytes, Long errors,
                      String failure, Instant started, Instant ended) {
        public boolean finished() {
            return !"IN_PROGRESS".equals(status);
        }

        /** One line: "export COMPLETED Orders → s3://b/p · 1,000 items · 2,048 bytes". */
        public String line() {
            return kind + " " + status + " " + (kind.equals("export") ? table + " → " + s3 : s3 + " → " + table)
                    + (items == null ? "" : String.format(" · %,d items", items))
                    + (bytes == null ? "" : String.format(" · %,d bytes", bytes))
                    + (errors == null || errors == 0 ? "" : String.format(" · %,d errors", errors))
                    + (failure == null ? "" : " · " + failure);
        }
    }

    private static final long POLL_MILLIS = 2_000;

    private final DynamoDbClient client;
    private final dev.dynamodesk.dynamo.WriteGuard guard;

    public S3Jobs(DynamoDbClient client, dev.dynamodesk.dynamo.WriteGuard guard) {
        this.client = client;
        this.guard = guard;
    }

    /**
     * The export of {@code tableArn} to {@code to}: a full export of the latest restorable time, or
     * an incremental one of the changes between {@code from} and {@code until} (both or neither).
     *
     * @param format DYNAMODB_JSON or ION
     */
    public static PlannedRequest export(String tableArn, S3Url to, String format, Instant from, Instant until) {
        if ((from == null) != (until == null)) {
            throw new IllegalArgumentException("An incremental export needs both its start and its end");
        }
        ExportTableToPointInTimeRequest.Builder request = ExportTableToPointInTimeRequest.builder().tableArn(tableArn)
                .s3Bucket(to.bucket()).exportFormat(format);
        if (!to.prefix().isEmpty()) {
            request.s3Prefix(to.prefix());
        }
        if (from != null) {
            request.exportType("INCREMENTAL_EXPORT").incrementalExportSpecification(spec -> spec.exportFromTime(from)
                    .exportToTime(until).exportViewType("NEW_AND_OLD_IMAGES"));
        }
        return new PlannedRequest("ExportTableToPointInTime", request.build());
    }

    /**
     * An import of {@code from} into a new table named {@code table} keyed as given.
     *
     * @param format CSV, DYNAMODB_JSON or ION; {@code compression} GZIP, ZSTD or NONE
     */
    public static PlannedRequest importTable(S3Url from, String format, String compression, String table, String partitionKey,
                                             String partitionType, String sortKey, String sortType) {
        ImportTableRequest request = ImportTableRequest.builder()
                .s3BucketSource(source -> source.s3Bucket(from.bucket()).s3KeyPrefix(from.prefix().isEmpty() ? null : from.prefix()))
                .inputFormat(format).inputCompressionType(compression)
                .tableCreationParameters(creation -> {
                    creation.tableName(table).billingMode("PAY_PER_REQUEST");
                    if (sortKey == null) {
                        creation.keySchema(k -> k.attributeName(partitionKey).keyType("HASH"))
                                .attributeDefinitions(a -> a.attributeName(partitionKey).attributeType(partitionType));
                    } else {
                        creation.keySchema(k -> k.attributeName(partitionKey).keyType("HASH"), k -> k.attributeName(sortKey).keyType("RANGE"))
                                .attributeDefinitions(a -> a.attributeName(partitionKey).attributeType(partitionType),
                                        a -> a.attributeName(sortKey).attributeType(sortType));
                    }
                }).build();
        return new PlannedRequest("ImportTable", request);
    }

    /** The jobs listed, and for each list the endpoint would not give, its words. */
    public record Listing(List<Job> jobs, List<String> unavailable) {
    }

    /**
     * The exports and imports of {@code tableArn}, or (null) of the account in this region; a list
     * the endpoint does not offer is left out and said why (moto has no ListImports, and lists
     * exports only of a table).
     */
    public Listing list(String tableArn) {
        List<Job> jobs = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        dev.dynamodesk.dynamo.TableDetails.Fact<List<Job>> exports = dev.dynamodesk.dynamo.TableDetails.Fact.ask(() -> {
            List<Job> found = new ArrayList<>();
            String next = null;
            do {
                String token = next;
                var page = client.listExports(b -> b.tableArn(tableArn).nextToken(token));
                for (ExportSummary summary : page.exportSummaries()) {
                    found.add(export(client.describeExport(b -> b.exportArn(summary.exportArn())).exportDescription()));
                }
                next = page.nextToken();
            } while (next != null);
            return found;
        });
        dev.dynamodesk.dynamo.TableDetails.Fact<List<Job>> imports = dev.dynamodesk.dynamo.TableDetails.Fact.ask(() -> {
            List<Job> found = new ArrayList<>();
            String next = null;
            do {
                String token = next;
                var page = client.listImports(b -> b.tableArn(tableArn).nextToken(token));
                for (ImportSummary summary : page.importSummaryList()) {
                    found.add(importJob(client.describeImport(b -> b.importArn(summary.importArn())).importTableDescription()));
                }
                next = page.nextToken();
            } while (next != null);
            return found;
        });
        for (var list : List.of(exports, imports)) {
            if (list.available()) {
                jobs.addAll(list.value());
            } else {
                unavailable.add((list == exports ? "Exports" : "Imports") + " not listed: " + list.unavailable());
            }
        }
        return new Listing(jobs, unavailable);
    }

    /** The most tables whose exports are listed one by one where the endpoint lists no account's. */
    static final int TABLES_LISTED_ONE_BY_ONE = 100;

    /**
     * The account's exports and imports in this region, newest first. Where the endpoint lists no
     * exports without a table (moto), the exports of each of {@code tables} are listed instead (at
     * most {@value #TABLES_LISTED_ONE_BY_ONE}), and the listing says so.
     */
    public Listing listAccount(List<String> tables) {
        Listing account = list(null);
        List<Job> jobs = new ArrayList<>(account.jobs());
        List<String> unavailable = new ArrayList<>();
        boolean exportsRefused = account.unavailable().stream().anyMatch(line -> line.startsWith("Exports not listed"));
        if (exportsRefused && !tables.isEmpty()) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            jobs.forEach(job -> seen.add(job.arn()));
            List<String> asked = tables.subList(0, Math.min(tables.size(), TABLES_LISTED_ONE_BY_ONE));
            for (String table : asked) {
                String arn = client.describeTable(b -> b.tableName(table)).table().tableArn();
                Listing one = list(arn);
                one.jobs().stream().filter(job -> seen.add(job.arn())).forEach(jobs::add);
                one.unavailable().stream().filter(line -> line.startsWith("Exports")).findFirst().ifPresent(unavailable::add);
            }
            unavailable.add("This endpoint lists exports only of one table: listed for " + asked.size() + " of " + tables.size()
                    + " tables; " + account.unavailable().get(0).substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                    + account.unavailable().get(0).substring(1));
            account.unavailable().stream().filter(line -> !line.startsWith("Exports not listed")).forEach(unavailable::add);
        } else {
            unavailable.addAll(account.unavailable());
        }
        jobs.sort(java.util.Comparator.comparing(Job::started, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
        return new Listing(jobs, unavailable.stream().distinct().toList());
    }

    /** The job now ({@code kind}: "export" or "import", as {@link Job#kind()} says). */
    public Job describe(String kind, String arn) {
        return kind.equals("import") ? importJob(client.describeImport(b -> b.importArn(arn)).importTableDescription())
                : export(client.describeExport(b -> b.exportArn(arn)).exportDescription());
    }

    /** The export or import with this ARN, from the account's lists (its kind is not in every ARN: moto's are mislabelled). */
    public java.util.Optional<Job> find(String arn) {
        return list(tableArnOf(arn)).jobs().stream().filter(job -> job.arn().equals(arn)).findFirst();
    }

    /** The table's ARN at the start of an export's or import's ARN (moto's hold it twice: the inner one). */
    private static String tableArnOf(String arn) {
        int at = arn.lastIndexOf("arn:");
        String inner = arn.substring(at);
        int cut = inner.indexOf('/', inner.indexOf("table/") + "table/".length());
        return cut < 0 ? inner : inner.substring(0, cut);
    }

    /**
     * Starts an export or import planned by {@link #export} or {@link #importTable}. An export only
     * reads the table (allowed on a read-only connection); an import makes a table, so the guard
     * must allow writes.
     */
    public Job start(PlannedRequest planned) {
        if (planned.request() instanceof ExportTableToPointInTimeRequest request) {
            return export(client.exportTableToPointInTime(request).exportDescription());
        }
        if (planned.request() instanceof ImportTableRequest request) {
            guard.check("ImportTable into a new table " + request.tableCreationParameters().tableName());
            return importJob(client.importTable(request).importTableDescription());
        }
        throw new IllegalArgumentException("Not an export or import: " + planned.operation());
    }

    /** Reads the job every few seconds, telling {@code seen} each time, until it ends or {@code stop}. */
    public Job follow(Job started, BooleanSupplier stop, Consumer<Job> seen) {
        String arn = started.arn();
        while (true) {
            Job job = describe(started.kind(), arn);
            seen.accept(job);
            if (job.finished()) {
                return job;
            }
            if (stop.getAsBoolean()) {
                throw new CancellationException("Stopped following " + arn + "; the job goes on in AWS");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("Stopped following " + arn + "; the job goes on in AWS");
            }
        }
    }

    private static Job export(ExportDescription export) {
        return new Job("export", export.exportArn(), export.exportStatusAsString(), tableName(export.tableArn()),
                new S3Url(export.s3Bucket(), export.s3Prefix() == null ? "" : export.s3Prefix()).toString(), export.itemCount(),
                export.billedSizeBytes(), null, failure(export.failureCode(), export.failureMessage()), export.startTime(), export.endTime());
    }

    private static Job importJob(ImportTableDescription imported) {
        var source = imported.s3BucketSource();
        return new Job("import", imported.importArn(), imported.importStatusAsString(), tableName(imported.tableArn()),
                source == null ? "" : new S3Url(source.s3Bucket(), source.s3KeyPrefix() == null ? "" : source.s3KeyPrefix()).toString(),
                imported.importedItemCount(), imported.processedSizeBytes(), imported.errorCount(),
                failure(imported.failureCode(), imported.failureMessage()), imported.startTime(), imported.endTime());
    }

    private static String failure(String code, String message) {
        return code == null && message == null ? null : (code == null ? "" : code + ": ") + (message == null ? "" : message);
    }

    private static String tableName(String arn) {
        if (arn == null) {
            return "";
        }
        int slash = arn.lastIndexOf("table/");
        String rest = slash < 0 ? arn : arn.substring(slash + "table/".length());
        int next = rest.indexOf('/');
        return next < 0 ? rest : rest.substring(0, next);
    }
}
