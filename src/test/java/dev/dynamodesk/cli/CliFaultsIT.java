package dev.dynamodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.config.AppDirectories;
import dev.dynamodesk.connection.AwsConfigFiles;
import dev.dynamodesk.testing.FaultProxy;
import dev.dynamodesk.testing.LocalDynamo;
import dev.dynamodesk.testing.RandomTables;
import dev.dynamodesk.transfer.PartFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The command line against servers that do not answer, files that cannot be written and inputs a
 * user gets wrong: every case ends in one clear line, the right exit code, and no file left behind.
 */
class CliFaultsIT {
    @RegisterExtension
    static final LocalDynamo LOCAL = new LocalDynamo();

    @TempDir
    static Path home;

    private static FaultProxy silent;
    private static AwsConfigFiles aws;

    record Run(int code, String out, String err, long millis) {
    }

    @BeforeAll
    static void tablesAndASilentServer() throws Exception {
        System.setProperty("dynamodesk.timeouts", "connect=1,attempt=1,call=2,attempts=2");
        RandomTables.create(LOCAL.client(), "Things");
        RandomTables.load(LOCAL.client(), "Things", 2_000, 20);
        aws = new dev.dynamodesk.testing.AwsFiles(home.resolve("aws"), "[profile t]\nregion = eu-west-1\n",
                "[t]\naws_access_key_id = AKIACLIFAULTS\naws_secret_access_key = secret\n").files();
        silent = new FaultProxy(LOCAL.endpoint());
        silent.plan(FaultProxy.Plan.after(0, FaultProxy.Fault.NEVER_ANSWER));
    }

    @AfterAll
    static void done() {
        System.clearProperty("dynamodesk.timeouts");
        silent.close();
    }

    private static Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--profile", "t"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliEnvironment environment = new CliEnvironment(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), false,
                AppDirectories.under(home.resolve("app")), aws, new CountDownLatch(0));
        long started = System.nanoTime();
        int code = Cli.run(all.toArray(String[]::new), environment);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static String local() {
        return LOCAL.endpoint().toString();
    }

    @Test
    void aServerThatNeverAnswersIsReportedAtTheTimeoutNamingIt() {
        Run tables = run("tables", "--endpoint", silent.endpoint().toString());
        assertThat(tables.code()).isEqualTo(1);
        assertThat(tables.err()).isEqualTo("dynamodesk tables: Timed out: " + silent.endpoint() + " did not answer within 2 s."
                + " Check the endpoint, a proxy or firewall, and your network." + System.lineSeparator());
        assertThat(tables.millis()).isLessThan(8_000);

        Path file = home.resolve("silent.jsonl");
        Run export = run("export", "Things", "--out", file.toString(), "--endpoint", silent.endpoint().toString());
        assertThat(export.code()).isEqualTo(1);
        assertThat(export.err()).startsWith("dynamodesk export: Timed out: " + silent.endpoint());
        assertThat(file).doesNotExist();
        assertThat(home.resolve("silent.jsonl.part")).doesNotExist();
    }

    @Test
    void anExportSaysWhatItCheckedAndAnotherExportToTheSameFileIsRefused() throws Exception {
        Path file = home.resolve("things.jsonl");
        Run export = run("export", "Things", "--out", file.toString(), "--segments", "7", "--endpoint", local());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.err()).contains("Exported 2,000 items to " + file.toAbsolutePath() + ": 2,000 items read (segments: ")
                .contains("), 2,000 written, the file holds 2,000 records");
        assertThat(Files.readAllLines(file)).hasSize(2_000);

        Path busy = home.resolve("busy.jsonl");
        try (PartFile other = PartFile.create(busy)) {
            Run second = run("export", "Things", "--out", busy.toString(), "--endpoint", local());
            assertThat(second.code()).isEqualTo(1);
            assertThat(second.err()).isEqualTo("dynamodesk export: Another export is writing " + busy.toAbsolutePath()
                    + " right now (busy.jsonl.part is in use): wait for it to finish, or choose another file" + System.lineSeparator());
            assertThat(other.path()).exists(); // the other run's file is untouched
        }
        assertThat(busy).doesNotExist();
    }

    @Test
    void theReportedLossesAreGoneSmallTablesManySegmentsAndCsv() throws Exception {
        RandomTables.create(LOCAL.client(), "Five");
        RandomTables.load(LOCAL.client(), "Five", 5, 5);
        for (String segments : List.of("3", "4", "16")) {
            Run scan = run("scan", "Five", "--segments", segments, "--endpoint", local());
            assertThat(scan.code()).as(scan.err()).isZero();
            assertThat(scan.out().lines()).as("scan with " + segments + " segments").hasSize(5);

            Path file = home.resolve("five-" + segments + ".jsonl");
            Run export = run("export", "Five", "--out", file.toString(), "--segments", segments, "--endpoint", local());
            assertThat(export.err()).startsWith("Exported 5 items");
            assertThat(Files.readAllLines(file)).hasSize(5);
        }
        Path csv = home.resolve("five.csv");
        Run export = run("export", "Five", "--out", csv.toString(), "--format", "csv", "--endpoint", local());
        assertThat(export.err()).startsWith("Exported 5 items").contains("the file holds 5 records");
        assertThat(Files.readString(csv).split("\r\n")).hasSize(6);
    }

    @Test
    void filesThatCannotBeWrittenOrReadAreExplainedInOneLine() throws Exception {
        Run noFolder = run("export", "Things", "--out", home.resolve("missing/things.jsonl").toString(), "--endpoint", local());
        assertThat(noFolder.code()).isEqualTo(2);
        assertThat(noFolder.err()).isEqualTo("dynamodesk export: There is no folder " + home.resolve("missing")
                + " to write things.jsonl in" + System.lineSeparator());

        Run folder = run("export", "Things", "--out", home.toString(), "--endpoint", local());
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).contains(home + " is a folder: --out names the file to write");

        Run importFolder = run("import", home.toString(), "--table", "Things", "--endpoint", local(), "--yes");
        assertThat(importFolder.code()).isEqualTo(1);
        assertThat(importFolder.err()).contains(home + " is a folder: name the file to import (or a DynamoDB export's folder,")
                .contains("nothing was imported.");

        Run xml = run("scan", "Things", "--format=xml", "--endpoint", local());
        assertThat(xml.code()).isEqualTo(2);
        assertThat(xml.err()).contains("'xml' is not a format: use jsonl, json, ndjson, csv").doesNotContain("Exception");
    }

    @Test
    void describeShowsAGlobalIndexsOwnCapacity() {
        LOCAL.client().createTable(b -> b.tableName("Provisioned").billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(4L))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("g").attributeType(ScalarAttributeType.S))
                .globalSecondaryIndexes(g -> g.indexName("byG").keySchema(k -> k.attributeName("g").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL))
                        .provisionedThroughput(t -> t.readCapacityUnits(7L).writeCapacityUnits(3L))));
        Run describe = run("describe", "Provisioned", "--endpoint", local());
        assertThat(describe.code()).as(describe.err()).isZero();
        assertThat(describe.out()).contains("CAPACITY").contains("read 7, write 3").contains("read 5, write 4");
    }

    @Test
    void ctrlCStopsAnExportSaysSoAndLeavesNoPartFile() throws Exception {
        Path jar = Path.of("target", "app", "dynamodesk.jar");
        Path file = home.resolve("interrupted.jsonl");
        ProcessBuilder launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddynamodesk.home=" + home.resolve("launched"), "-Ddynamodesk.timeouts=attempt=60,call=60", "-jar", jar.toString(),
                "export", "Things", "--out", file.toString(), "--endpoint", silentAfterDescribe().toString(), "--region", "eu-west-1")
                .redirectError(home.resolve("err.txt").toFile()).redirectOutput(home.resolve("out.txt").toFile());
        launch.environment().put("AWS_CONFIG_FILE", home.resolve("no-config").toString());
        launch.environment().put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("no-credentials").toString());
        launch.environment().put("AWS_ACCESS_KEY_ID", "interrupted");
        launch.environment().put("AWS_SECRET_ACCESS_KEY", "interrupted");
        Process process = launch.start();
        process.getOutputStream().close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(home.resolve("interrupted.jsonl.part")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(home.resolve("interrupted.jsonl.part")).as(Files.readString(home.resolve("err.txt"))).exists();
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(130);
        assertThat(Files.readString(home.resolve("err.txt"))).contains("Export stopped: " + file + " was not written");
        assertThat(file).doesNotExist();
        assertThat(home.resolve("interrupted.jsonl.part")).doesNotExist();
    }

    /** A proxy that answers DescribeTable (so the export starts) and then never answers a Scan. */
    private static java.net.URI silentAfterDescribe() throws IOException {
        FaultProxy proxy = new FaultProxy(LOCAL.endpoint());
        proxy.plan(FaultProxy.Plan.after(0, FaultProxy.Fault.NEVER_ANSWER, "Scan"));
        return proxy.endpoint();
    }
}
