package dev.dynamodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.testing.Backend;
import dev.dynamodesk.testing.RandomTables;
import dev.dynamodesk.testing.ReferenceReader;
import dev.dynamodesk.testing.SameItems;
import dev.dynamodesk.testing.Typed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table exported to S3 by moto's ExportTableToPointInTime, downloaded with boto3 (Python's AWS
 * SDK, sharing none of our code), imported with {@code dynamodesk import FOLDER} into DynamoDB
 * Local: the same items as moto's own scan. Then the folder with manifests as AWS writes them: read
 * by its manifest, a wrong count or a missing data file refused, a format DynamoDB does not export refused.
 */
class ExportFolderImportIT {
    @TempDir
    static Path home;

    @Test
    void aDownloadedExportImportsIntoAnyConnection() throws Exception {
        try (Backend moto = Backend.start(Backend.Kind.MOTO); Backend local = Backend.start(Backend.Kind.DYNAMODB_LOCAL)) {
            RandomTables.create(moto.client(), "Exported");
            RandomTables.load(moto.client(), "Exported", 300, 7);
            moto.client().updateContinuousBackups(b -> b.tableName("Exported").pointInTimeRecoverySpecification(p -> p
                    .pointInTimeRecoveryEnabled(true)));
            String arn = moto.client().describeTable(b -> b.tableName("Exported")).table().tableArn();
            Path download = home.resolve("download");
            exportAndDownload(moto, arn, download);
            List<Map<String, Typed>> exported = ReferenceReader.scan(moto.client(), "Exported");

            CliRun plain = run("import", download.resolve("nightly").toString(), "--table", "Imported", "--create-table", "pk:S,sk:N",
                    "--endpoint", local.endpoint().toString(), "--region", "us-east-1", "--yes");
            assertThat(plain.code()).as(plain.err()).isZero();
            assertThat(plain.err()).contains("1 data files in DynamoDB JSON (no manifest: no item count to check)");
            SameItems.assertSame("moto's export, imported", exported, ReferenceReader.scan(local.client(), "Imported"), RandomTables.KEYS);

            // Straight from S3: the export read from moto's S3 as it stands, no download.
            CliRun fromS3 = run("import", "s3://exports/nightly/", "--table", "FromS3", "--create-table", "pk:S,sk:N",
                    "--endpoint", local.endpoint().toString(), "--region", "us-east-1", "--s3-endpoint", moto.endpoint().toString(),
                    "--s3-region", "us-east-1", "--yes");
            assertThat(fromS3.code()).as(fromS3.err()).isZero();
            assertThat(fromS3.err()).contains("Importing the export in s3://exports/nightly/AWSDynamoDB/");
            SameItems.assertSame("moto's export, read from its S3", exported, ReferenceReader.scan(local.client(), "FromS3"),
                    RandomTables.KEYS);

            // The same data with manifests, as AWS writes them beside it.
            Path root;
            try (Stream<Path> exports = Files.list(download.resolve("nightly/AWSDynamoDB"))) {
                root = exports.findFirst().orElseThrow();
            }
            Path data;
            try (Stream<Path> files = Files.list(root.resolve("data"))) {
                data = files.findFirst().orElseThrow();
            }
            String key = "nightly/AWSDynamoDB/" + root.getFileName() + "/data/" + data.getFileName();
            Files.writeString(root.resolve("manifest-files.json"), "{\"itemCount\":" + exported.size()
                    + ",\"md5Checksum\":\"x\",\"etag\":\"y\",\"dataFileS3Key\":\"" + key + "\"}\n");
            Files.writeString(root.resolve("manifest-summary.json"), summary(exported.size(), "DYNAMODB_JSON"));
            CliRun manifested = run("import", root.toString(), "--table", "ImportedAgain", "--create-table", "pk:S,sk:N",
                    "--endpoint", local.endpoint().toString(), "--region", "us-east-1", "--yes");
            assertThat(manifested.code()).as(manifested.err()).isZero();
            assertThat(manifested.err()).contains(String.format("1 data files in DynamoDB JSON, %,d items by its manifest", exported.size()));
            SameItems.assertSame("the export read by its manifest", exported, ReferenceReader.scan(local.client(), "ImportedAgain"),
                    RandomTables.KEYS);

            Files.writeString(root.resolve("manifest-summary.json"), summary(exported.size() + 1, "DYNAMODB_JSON"));
            CliRun miscounted = run("import", root.toString(), "--table", "ImportedAgain", "--endpoint", local.endpoint().toString(),
                    "--region", "us-east-1", "--yes");
            assertThat(miscounted.code()).isNotZero();
            assertThat(miscounted.err()).contains(String.format("The export's manifest counts %,d items, but its data files held %,d",
                    exported.size() + 1, exported.size()));

            Files.writeString(root.resolve("manifest-summary.json"), summary(exported.size(), "DYNAMODB_JSON"));
            Files.writeString(root.resolve("manifest-files.json"), Files.readString(root.resolve("manifest-files.json"))
                    + "{\"itemCount\":1,\"dataFileS3Key\":\"nightly/AWSDynamoDB/x/data/missing.json.gz\"}\n");
            CliRun missing = run("import", root.toString(), "--table", "NeverCreated", "--create-table", "pk:S,sk:N",
                    "--endpoint", local.endpoint().toString(), "--region", "us-east-1", "--yes");
            assertThat(missing.code()).isNotZero();
            assertThat(missing.err()).contains("missing.json.gz, which is not in").contains("nothing was imported");
            assertThat(local.client().listTables().tableNames()).doesNotContain("NeverCreated");

            Files.writeString(root.resolve("manifest-summary.json"), summary(exported.size(), "PARQUET"));
            CliRun ion = run("import", root.toString(), "--table", "NeverCreated", "--endpoint", local.endpoint().toString(),
                    "--region", "us-east-1", "--yes");
            assertThat(ion.code()).isNotZero();
            assertThat(ion.err()).contains("is in PARQUET; DYNAMODB_JSON and ION exports are read");
        }
    }

    private static String summary(long items, String format) {
        return "{\"version\":\"2020-06-30\",\"exportArn\":\"arn:aws:dynamodb:us-east-1:123456789012:table/Exported/export/01\","
                + "\"itemCount\":" + items + ",\"outputFormat\":\"" + format + "\",\"manifestFilesS3Key\":\"manifest-files.json\"}";
    }

    /** boto3 against moto: a bucket, the export, waited for, and every object it wrote downloaded under {@code into}. */
    private static void exportAndDownload(Backend moto, String tableArn, Path into) throws Exception {
        String script = String.join("\n",
                "import boto3, os, sys, time",
                "endpoint, table_arn, out = sys.argv[1:4]",
                "kw = dict(endpoint_url=endpoint, region_name='us-east-1', aws_access_key_id='differential', aws_secret_access_key='tests')",
                "s3 = boto3.client('s3', **kw)",
                "s3.create_bucket(Bucket='exports')",
                "ddb = boto3.client('dynamodb', **kw)",
                "arn = ddb.export_table_to_point_in_time(TableArn=table_arn, S3Bucket='exports', S3Prefix='nightly',"
                        + " ExportFormat='DYNAMODB_JSON')['ExportDescription']['ExportArn']",
                "for _ in range(300):",
                "    if ddb.describe_export(ExportArn=arn)['ExportDescription']['ExportStatus'] != 'IN_PROGRESS':",
                "        break",
                "    time.sleep(0.1)",
                "for o in s3.list_objects_v2(Bucket='exports', Prefix='nightly/')['Contents']:",
                "    path = os.path.join(out, o['Key'])",
                "    os.makedirs(os.path.dirname(path), exist_ok=True)",
                "    s3.download_file('exports', o['Key'], path)");
        Process python = new ProcessBuilder("python3", "-c", script, moto.endpoint().toString(), tableArn, into.toString())
                .redirectErrorStream(true).start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as(output).isZero();
    }

    private static CliRun run(String... args) {
        return CliRun.of(home, args);
    }
}
