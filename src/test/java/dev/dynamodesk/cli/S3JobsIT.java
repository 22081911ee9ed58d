package dev.dynamodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.testing.Backend;
import dev.dynamodesk.testing.RandomTables;
import dev.dynamodesk.testing.ReferenceReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DynamoDB's own export to S3 and import from it, on moto: {@code export --to-s3} followed until
 * COMPLETED with the table's item count, listed by {@code jobs}, then {@code import s3://…
 * --by-dynamodb} making the new table as asked (moto's ImportTable itself is too rough to compare
 * items: see the comment there).
 */
class S3JobsIT {
    @TempDir
    static Path home;

    @Test
    void aTableGoesToS3AndBackIntoANewTableByDynamoDbItself() throws Exception {
        try (Backend moto = Backend.start(Backend.Kind.MOTO)) {
            String endpoint = moto.endpoint().toString();
            RandomTables.create(moto.client(), "Nightly");
            RandomTables.load(moto.client(), "Nightly", 200, 5);
            moto.client().updateContinuousBackups(b -> b.tableName("Nightly").pointInTimeRecoverySpecification(p -> p
                    .pointInTimeRecoveryEnabled(true)));
            bucket(endpoint);

            CliRun exported = run("export", "Nightly", "--to-s3", "s3://exports/nightly/", "--endpoint", endpoint, "--region", "us-east-1");
            assertThat(exported.code()).as(exported.err()).isZero();
            assertThat(exported.err()).contains("Sending aws dynamodb export-table-to-point-in-time --cli-input-json")
                    .contains("export COMPLETED Nightly → s3://exports/nightly · 200 items");
            String arn = exported.out().strip();
            assertThat(arn).startsWith("arn:aws:dynamodb:us-east-1:");

            // moto lists exports only of a table, and has no ListImports: the command says so and lists what it can.
            CliRun listed = run("jobs", "Nightly", "--endpoint", endpoint, "--region", "us-east-1");
            assertThat(listed.code()).as(listed.err()).isZero();
            assertThat(listed.out()).contains("export").contains("COMPLETED").contains("Nightly").contains("s3://exports/nightly")
                    .contains(arn);
            assertThat(listed.err()).contains("Imports not listed: ");
            // Account-wide: moto lists exports only by table, so the command lists them table by table and says so.
            CliRun account = run("jobs", "--endpoint", endpoint, "--region", "us-east-1");
            assertThat(account.code()).as(account.err()).isZero();
            assertThat(account.out()).contains(arn).contains("COMPLETED");
            assertThat(account.err()).contains("This endpoint lists exports only of one table: listed for 1 of 1 tables;");
            CliRun followed = run("jobs", "--follow", arn, "--endpoint", endpoint, "--region", "us-east-1");
            assertThat(followed.code()).as(followed.err()).isZero();
            assertThat(followed.err()).contains("export COMPLETED Nightly");

            CliRun imported = run("import", "s3://exports/nightly", "--by-dynamodb", "--table", "Restored", "--create-table", "pk:S,sk:N",
                    "--endpoint", endpoint, "--region", "us-east-1");
            assertThat(imported.code()).as(imported.err()).isZero();
            assertThat(imported.err()).contains("Sending aws dynamodb import-table --cli-input-json").contains("import COMPLETED");
            // moto 5.2's ImportTable reads only the first record of each data file and leaves JSON's \\u escapes undecoded, so
            // the items are not compared here: what is checked is the table DynamoDB (moto) made from our request.
            var restored = moto.client().describeTable(b -> b.tableName("Restored")).table();
            assertThat(restored.keySchema()).extracting(k -> k.attributeName() + " " + k.keyTypeAsString())
                    .containsExactly("pk HASH", "sk RANGE");
            assertThat(restored.attributeDefinitions()).extracting(a -> a.attributeName() + " " + a.attributeTypeAsString())
                    .containsExactlyInAnyOrder("pk S", "sk N");
            assertThat(ReferenceReader.scan(moto.client(), "Restored")).isNotEmpty();

            assertThat(run("export", "Nightly", "--to-s3", "s3://exports/x", "--incremental-from", "2026-11-29T00:00:00Z",
                    "--endpoint", endpoint, "--region", "us-east-1").code()).isEqualTo(2);
            assertThat(run("export", "Nightly", "--to-s3", "exports/x", "--endpoint", endpoint, "--region", "us-east-1").err())
                    .contains("is not an S3 location: write s3://bucket/prefix");
            // Read by the app from S3 (without --by-dynamodb), a prefix holding no export is refused before anything is written.
            CliRun nothing = run("import", "s3://exports/elsewhere", "--table", "T", "--create-table", "pk:S", "--endpoint", endpoint,
                    "--region", "us-east-1", "--s3-endpoint", endpoint, "--s3-region", "us-east-1", "--yes");
            assertThat(nothing.code()).isEqualTo(1);
            assertThat(nothing.err()).contains("s3://exports/elsewhere holds no DynamoDB export");
            assertThat(moto.client().listTables().tableNames()).doesNotContain("T");
        }
    }

    /** The bucket, made by boto3 (Python's AWS SDK): our app has no S3 client of its own for this. */
    private static void bucket(String endpoint) throws Exception {
        Process python = new ProcessBuilder("python3", "-c", "import boto3, sys; boto3.client('s3', endpoint_url=sys.argv[1],"
                + " region_name='us-east-1', aws_access_key_id='differential', aws_secret_access_key='tests')"
                + ".create_bucket(Bucket='exports')", endpoint).redirectErrorStream(true).start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as(output).isZero();
    }

    private static CliRun run(String... args) {
        return CliRun.of(home, args);
    }
}
