package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.PlannedRequest;
import dev.dynamodesk.dynamo.ops.S3Jobs;
import dev.dynamodesk.dynamo.ops.S3Url;
import java.util.Locale;

/** {@code import s3://… --by-dynamodb}: DynamoDB's own import into a new table, its request shown, followed until it ends. */
final class S3Import {
    private final Cli cli;

    S3Import(Cli cli) {
        this.cli = cli;
    }

    void importTable(String url, String table, String keys, String inputFormat, String compression) {
        S3Url from;
        try {
            from = S3Url.parse(url);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(e.getMessage());
        }
        if (keys == null) {
            throw CliFailure.usage("--by-dynamodb makes a new table: say its keys with --create-table KEY:TYPE[,SORT:TYPE]");
        }
        String[] parts = keys.split(",");
        if (parts.length > 2) {
            throw CliFailure.usage("--create-table takes a partition key and at most a sort key: KEY:TYPE[,SORT:TYPE]");
        }
        KeyAttribute partition = ImportCommand.key(parts[0]);
        KeyAttribute sort = parts.length > 1 ? ImportCommand.key(parts[1]) : null;
        String format = switch (inputFormat.toLowerCase(Locale.ROOT)) {
            case "dynamodb-json", "dynamodb_json" -> "DYNAMODB_JSON";
            case "csv" -> "CSV";
            case "ion" -> "ION";
            default -> throw CliFailure.usage("--input-format is dynamodb-json, csv or ion, not '" + inputFormat + "'");
        };
        String packed = switch (compression.toLowerCase(Locale.ROOT)) {
            case "gzip" -> "GZIP";
            case "zstd" -> "ZSTD";
            case "none" -> "NONE";
            default -> throw CliFailure.usage("--compression is gzip, zstd or none, not '" + compression + "'");
        };
        try (CliConnection connection = cli.open()) {
            if (connection.readOnly()) {
                throw CliFailure.error(connection.profile().name() + " is read-only: no table can be made on it.");
            }
            PlannedRequest request = S3Jobs.importTable(from, format, packed, table, partition.name(), partition.type().name(),
                    sort == null ? null : sort.name(), sort == null ? null : sort.type().name());
            cli.environment().err().println("Sending " + request.cliCommand());
            S3Jobs jobs = connection.services().s3Jobs();
            S3Jobs.Job started = jobs.start(request);
            cli.environment().out().println(started.arn());
            S3Jobs.Job ended = new S3Export(cli).follow(jobs, started);
            if (!"COMPLETED".equals(ended.status())) {
                throw CliFailure.error("The import ended " + ended.status() + (ended.failure() == null ? "" : ": " + ended.failure()));
            }
        }
    }
}
