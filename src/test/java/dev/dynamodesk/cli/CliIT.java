package dev.dynamodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.config.AppDirectories;
import dev.dynamodesk.connection.AwsConfigFiles;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.local.SampleDataSeeder;
import dev.dynamodesk.local.SeedStateStore;
import dev.dynamodesk.testing.AwsFiles;
import dev.dynamodesk.testing.LocalDynamo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The commands as a user runs them: arguments in, output, stderr and exit code out, against DynamoDB Local. */
class CliIT {
    @RegisterExtension
    static final LocalDynamo LOCAL = new LocalDynamo();

    @TempDir
    static Path home;

    private static AwsConfigFiles aws;

    /** What one run gave. */
    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void sampleTablesAndAProfile() throws Exception {
        new SampleDataSeeder(LOCAL.client(), SeedStateStore.inMemory(), 0).createTablesAndSmallItems();
        aws = new AwsFiles(home.resolve("aws"), "[profile test]\nregion = eu-west-1\nendpoint_url = " + LOCAL.endpoint() + "\n",
                "[test]\naws_access_key_id = AKIATEST\naws_secret_access_key = secret\n").files();
    }

    static Run run(String... args) {
        return run(new CountDownLatch(0), args);
    }

    static Run run(CountDownLatch stop, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliEnvironment environment = new CliEnvironment(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), false,
                AppDirectories.under(home.resolve("app")), aws, stop);
        int code = Cli.run(args, environment);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<Item> scan(String table) {
        return LOCAL.client().scanPaginator(b -> b.tableName(table)).items().stream()
                .map(AttributeValues::toItem)
                .sorted(Comparator.comparing(item -> item.toString()))
                .toList();
    }

    @Test
    void helpVersionAndUsageErrorsUseTheirExitCodes() {
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: dynamodesk").contains("export").contains("local");
        assertThat(run("export", "--help").out()).contains("--segments").contains("--format");
        assertThat(run("--version").out()).startsWith("Dynamo Desk ");

        Run unknown = run("frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("dynamodesk: unknown command 'frobnicate'");
        assertThat(unknown.out()).isEmpty();

        Run missing = run("scan");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required parameter: 'TABLE'");

        Run badFormat = run("--profile", "test", "scan", "Orders", "--format", "xml");
        assertThat(badFormat.code()).isEqualTo(2);
        assertThat(badFormat.err()).contains("'xml' is not a format");
    }

    @Test
    void tablesWithTheProfileBeforeOrAfterTheCommand() {
        Run before = run("--profile", "test", "tables");
        assertThat(before.code()).as(before.err()).isZero();
        assertThat(before.out().lines()).contains("Orders", "TypeShowcase", "UserData");
        assertThat(run("tables", "--profile", "test").out()).isEqualTo(before.out());

        Run unknown = run("tables", "--profile", "nobody");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no connection or AWS profile named 'nobody'");
    }

    @Test
    void aDeadEndpointIsOneLineOnStderrAndExitCodeOne() {
        Run dead = run("tables", "--profile", "test", "--endpoint", "http://127.0.0.1:9");
        assertThat(dead.code()).isEqualTo(1);
        assertThat(dead.err().strip().lines()).hasSize(1);
        assertThat(dead.err()).startsWith("dynamodesk tables: Connection refused");
    }

    @Test
    void exportThenImportOfTheTypeShowcaseGivesBackEveryItemExactly() throws Exception {
        Path file = home.resolve("showcase.jsonl");
        Run export = run("export", "TypeShowcase", "--profile", "test", "--out", file.toString(), "--segments", "3");
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.err()).contains("Exported ").contains(" items");
        assertThat(export.out()).isEmpty();

        Run again = run("export", "TypeShowcase", "--profile", "test", "--out", file.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("--force");

        Run imported = run("import", file.toString(), "--table", "ShowcaseCopy", "--create-table", "id:S", "--profile", "test");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("Created table ShowcaseCopy");
        assertThat(scan("ShowcaseCopy")).isNotEmpty().isEqualTo(scan("TypeShowcase"));
        assertThat(Files.exists(home.resolve("showcase.jsonl.failed.jsonl"))).isFalse();
    }

    @Test
    void csvExportAndImportWithTypedHeadersKeepTypes() throws Exception {
        Path file = home.resolve("orders.csv");
        Run export = run("export", "Orders", "--profile", "test", "--out", file.toString(), "--format", "csv", "--force");
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.readAllLines(file).get(0)).contains("(S)");
        Run imported = run("import", file.toString(), "--table", "OrdersCopy", "--create-table",
                keySpec("Orders"), "--profile", "test");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(scan("OrdersCopy")).hasSameSizeAs(scan("Orders"));
    }

    private static String keySpec(String table) {
        var description = LOCAL.client().describeTable(b -> b.tableName(table)).table();
        Map<String, String> types = new java.util.HashMap<>();
        description.attributeDefinitions().forEach(d -> types.put(d.attributeName(), d.attributeTypeAsString()));
        return String.join(",", description.keySchema().stream().map(k -> k.attributeName() + ":" + types.get(k.attributeName())).toList());
    }

    @Test
    void badRecordsAreReportedWithTheirLinesAndTheRestImported() throws Exception {
        LOCAL.createTable("Imports", "pk", null);
        Path file = Files.writeString(home.resolve("people.csv"),
                "pk,age,tags (SS)\nu1,42,\"[\"\"a\"\"]\"\nu2,old,\nu3,7,\n");
        Run run = run("import", file.toString(), "--table", "Imports", "--type", "age=N", "--profile", "test");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("3 records read: 2 written, 1 refused.").contains("line 3: Column age:")
                .contains("The 1 records not written are in").contains("dynamodesk import: 1 of 3 records were not written");
        assertThat(Files.readString(home.resolve("people.csv.failed.csv"))).isEqualTo("pk,age,tags (SS)\r\nu2,old,\n");
        assertThat(scan("Imports")).hasSize(2);

        Run notEmpty = run("import", file.toString(), "--table", "Imports", "--profile", "test");
        assertThat(notEmpty.code()).isEqualTo(2);
        assertThat(notEmpty.err()).contains("Imports already holds items: pass --yes");

        Run readOnly = run("import", file.toString(), "--table", "Imports", "--profile", "test", "--read-only", "--yes");
        assertThat(readOnly.code()).isEqualTo(1);
        assertThat(readOnly.err()).contains("read-only");
    }

    @Test
    void scanAndQueryFilterLimitAndFormat() {
        Run all = run("scan", "Orders", "--profile", "test", "--format", "ndjson");
        assertThat(all.code()).as(all.err()).isZero();
        long count = all.out().lines().count();
        assertThat(count).isEqualTo(scan("Orders").size());

        Run limited = run("scan", "Orders", "--profile", "test", "--limit", "2");
        assertThat(limited.out().lines()).hasSize(2).allMatch(line -> line.startsWith("{\"Item\":{"));

        Item first = scan("Orders").get(0);
        String partitionKey = LOCAL.client().describeTable(b -> b.tableName("Orders")).table().keySchema().get(0).attributeName();
        String keyValue = AttributeValues.fromValue(first.get(partitionKey)).s();
        Run query = run("query", "Orders", "--profile", "test", "--key", keyValue, "--format", "csv");
        assertThat(query.code()).as(query.err()).isZero();
        assertThat(query.out().lines().findFirst().orElseThrow()).startsWith(partitionKey + " (S)");
        assertThat(query.out().lines().skip(1)).isNotEmpty().allMatch(line -> line.startsWith(keyValue));

        Run filtered = run("scan", "Orders", "--profile", "test", "--where", partitionKey + " = " + keyValue, "--format", "ndjson");
        assertThat(filtered.out().lines().count()).isEqualTo(query.out().lines().count() - 1);

        Run badWhere = run("scan", "Orders", "--profile", "test", "--where", "status ~ x");
        assertThat(badWhere.code()).isEqualTo(2);
        assertThat(badWhere.err()).contains("is not PATH OPERATOR VALUE");
    }

    @Test
    void sqlRunsStatementsWithTypedParametersAndRefusesWritesWhenReadOnly() {
        LOCAL.createTable("Notes", "pk", null);
        Run insert = run("sql", "INSERT INTO Notes VALUE {'pk': ?, 'n': ?}; INSERT INTO Notes VALUE {'pk': 'b', 'n': 2}",
                "--param", "a", "--param", "N:12345678901234567890123456789012345678", "--profile", "test");
        assertThat(insert.code()).as(insert.err()).isZero();
        assertThat(insert.out().lines()).hasSize(2);

        Run select = run("sql", "SELECT * FROM Notes WHERE pk = ?", "--param", "S:a", "--profile", "test");
        assertThat(select.code()).as(select.err()).isZero();
        assertThat(select.out()).contains("\"N\":\"12345678901234567890123456789012345678\"");
        assertThat(select.err()).isEmpty();

        Run scanning = run("sql", "SELECT * FROM Notes", "--profile", "test");
        assertThat(scanning.err()).contains("reads the whole of Notes");

        Run readOnly = run("--read-only", "--profile", "test", "sql", "DELETE FROM Notes WHERE pk = 'a'");
        assertThat(readOnly.code()).isEqualTo(1);
        assertThat(readOnly.err()).contains("read-only");
        assertThat(scan("Notes")).hasSize(2);

        Run broken = run("sql", "SELEC * FROM Notes", "--profile", "test");
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err().strip().lines()).hasSize(1);

        Run wrongCount = run("sql", "SELECT * FROM Notes WHERE pk = ?", "--profile", "test");
        assertThat(wrongCount.code()).isEqualTo(2);
    }

    @Test
    void profilesListsConnectionsAndAwsProfilesWithoutSecrets() {
        Run profiles = run("profiles");
        assertThat(profiles.code()).isZero();
        assertThat(profiles.out()).contains("local").contains("test").contains("eu-west-1").doesNotContain("secret");
    }

    @Test
    void localStartServesOtherToolsUntilStopped() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliEnvironment environment = new CliEnvironment(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), false,
                AppDirectories.under(home.resolve("app")), aws, stop);
        int[] code = {-1};
        Thread server = new Thread(() -> code[0] = Cli.run(new String[] {"local", "start", "--port", "0", "--in-memory"}, environment));
        server.start();
        try {
            long deadline = System.currentTimeMillis() + 30_000;
            while (!out.toString(StandardCharsets.UTF_8).contains("Press Ctrl+C") && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains("in memory").contains("aws dynamodb list-tables --endpoint-url http://127.0.0.1:");
            String endpoint = printed.substring(printed.indexOf("http://127.0.0.1:")).lines().findFirst().orElseThrow().strip();
            Run tables = run("tables", "--profile", "test", "--endpoint", endpoint);
            assertThat(tables.code()).as(tables.err()).isZero();
            assertThat(tables.out()).isEmpty(); // a fresh in-memory database, not the one the tests fill
        } finally {
            stop.countDown();
            server.join(20_000);
        }
        assertThat(server.isAlive()).isFalse();
        assertThat(code[0]).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void theBuiltInLocalIsReachedThroughTheServerTheWindowRuns() throws Exception {
        // What the window's DynamoDB Local writes while it runs (this process is alive, so it counts).
        Path database = AppDirectories.under(home.resolve("app")).localDatabaseDir();
        Files.createDirectories(database);
        Files.writeString(database.resolve("running.properties"),
                "pid=" + ProcessHandle.current().pid() + "\nendpoint=" + LOCAL.endpoint() + "\n");
        try {
            Run tables = run("tables", "--profile", "local");
            assertThat(tables.code()).as(tables.err()).isZero();
            assertThat(tables.out().lines()).contains("TypeShowcase");

            Run busy = run("local", "start", "--port", "0");
            assertThat(busy.code()).isEqualTo(1);
            assertThat(busy.err()).contains("already runs at " + LOCAL.endpoint());
        } finally {
            Files.delete(database.resolve("running.properties"));
        }
    }

    @Test
    void updateDryRunThenRunThenRevertThenDeleteAsScriptsRunThem() {
        LOCAL.createTable("CliBulk", "pk", null);
        for (int i = 0; i < 150; i++) {
            int number = i;
            LOCAL.client().putItem(p -> p.tableName("CliBulk").item(Map.of("pk", AttributeValue.fromS("k" + number),
                    "status", AttributeValue.fromS("open"), "n", AttributeValue.fromN("1"))));
        }
        List<Item> original = scan("CliBulk");

        Run dry = run("update", "CliBulk", "--profile", "test", "--set", "status = done", "--add", "n 1", "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.err()).contains("Dry run: would change 150, unchanged 0, would fail 0 (read 150");
        assertThat(scan("CliBulk")).isEqualTo(original);

        Run unconfirmed = run("update", "CliBulk", "--profile", "test", "--set", "status = done", "--add", "n 1");
        assertThat(unconfirmed.code()).isEqualTo(2);
        assertThat(unconfirmed.err()).contains("Nothing was written").contains("--yes");
        assertThat(scan("CliBulk")).isEqualTo(original);

        Run update = run("update", "CliBulk", "--profile", "test", "--set", "status = done", "--add", "n 1", "--yes");
        assertThat(update.code()).as(update.err()).isZero();
        assertThat(update.err()).contains("Journal: ").contains("changed 150, unchanged 0, skipped (changed since read) 0, failed 0");
        assertThat(LOCAL.client().scanPaginator(b -> b.tableName("CliBulk")).items())
                .hasSize(150).allSatisfy(item -> {
                    assertThat(item.get("status").s()).isEqualTo("done");
                    assertThat(item.get("n").n()).isEqualTo("2");
                });
        String journal = update.err().lines().filter(line -> line.startsWith("Journal: ")).findFirst().orElseThrow().substring(9);

        Run again = run("update", "CliBulk", "--profile", "test", "--set", "status = done", "--yes");
        assertThat(again.code()).as("nothing to change is not a failure").isZero();
        assertThat(again.err()).contains("changed 0, unchanged 150");

        Run revert = run("revert", journal, "--profile", "test", "--yes");
        assertThat(revert.code()).as(revert.err()).isZero();
        assertThat(revert.err()).contains("changed 150, unchanged 0, skipped (changed since read) 0, failed 0");
        assertThat(scan("CliBulk")).isEqualTo(original);

        Run otherChange = run("update", "CliBulk", "--profile", "test", "--set", "status = other", "--resume", journal, "--yes");
        assertThat(otherChange.code()).isEqualTo(2);
        assertThat(otherChange.err()).contains("not this change");
        Run resumed = run("update", "CliBulk", "--profile", "test", "--set", "status = done", "--add", "n 1", "--resume", journal, "--yes");
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("Resuming: 150 items written by the earlier run")
                .contains("changed 0, unchanged 150"); // each item gets a change once, even after a revert
        assertThat(scan("CliBulk")).isEqualTo(original);

        Run delete = run("delete", "CliBulk", "--profile", "test", "--where", "n = 1", "--yes");
        assertThat(delete.code()).as(delete.err()).isZero();
        assertThat(delete.err()).contains("changed 150");
        assertThat(scan("CliBulk")).isEmpty();

        Run notAJournal = run("revert", home.resolve("nothing.jsonl").toString(), "--profile", "test");
        assertThat(notAJournal.code()).isEqualTo(2);
    }

    @Test
    void copyMakesTheTableAndItsItemsThenSkipsOrStopsAtItemsAlreadyThere() {
        Run first = run("copy", "TypeShowcase", "--profile", "test", "--to-table", "ShowcaseCopied", "--create-table");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains("aws dynamodb create-table").contains("\"TableName\" : \"ShowcaseCopied\"");
        List<Item> source = scan("TypeShowcase");
        assertThat(first.err()).contains(String.format("Copied: read %d, written %d, skipped (already in the target) 0, failed 0",
                source.size(), source.size()));
        assertThat(scan("ShowcaseCopied")).isEqualTo(source);

        Run again = run("copy", "TypeShowcase", "--profile", "test", "--to-table", "ShowcaseCopied", "--create-table");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already exists at the target");

        Run unconfirmed = run("copy", "TypeShowcase", "--profile", "test", "--to-table", "ShowcaseCopied");
        assertThat(unconfirmed.code()).isEqualTo(2);
        assertThat(unconfirmed.err()).contains("ShowcaseCopied already holds items").contains("--yes");

        Run failing = run("copy", "TypeShowcase", "--profile", "test", "--to-table", "ShowcaseCopied", "--if-exists", "fail", "--yes");
        assertThat(failing.code()).isEqualTo(1);
        assertThat(failing.err()).contains("is already in ShowcaseCopied (if it exists: fail)");

        Run skipping = run("copy", "TypeShowcase", "--profile", "test", "--to-table", "ShowcaseCopied", "--if-exists", "skip", "--yes");
        assertThat(skipping.code()).as(skipping.err()).isZero();
        assertThat(skipping.err()).contains(String.format("written 0, skipped (already in the target) %d, failed 0", source.size()));

        Run otherKeys = run("copy", "Orders", "--profile", "test", "--to-table", "ShowcaseCopied", "--yes");
        assertThat(otherKeys.code()).isEqualTo(1);
        assertThat(otherKeys.err()).contains("The key schemas differ");
        assertThat(run("copy", "Orders", "--profile", "test").code()).isEqualTo(2);
    }

    @Test
    void diffSaysIdenticalThenPrintsEachDifferenceWithDiffsExitCodes() {
        Run copy = run("copy", "UserData", "--profile", "test", "--to-table", "UserDataCopy", "--create-table");
        assertThat(copy.code()).as(copy.err()).isZero();
        List<Item> items = scan("UserData");

        Run same = run("diff", "UserData", "--profile", "test", "--against-table", "UserDataCopy");
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(same.err()).contains(String.format("only-left 0, only-right 0, different 0, same %d", items.size()));
        assertThat(same.out()).isEmpty();

        Map<String, AttributeValue> first = AttributeValues.fromItem(items.get(0));
        Map<String, AttributeValue> key = new java.util.HashMap<>();
        LOCAL.client().describeTable(b -> b.tableName("UserData")).table().keySchema()
                .forEach(element -> key.put(element.attributeName(), first.get(element.attributeName())));
        LOCAL.client().updateItem(u -> u.tableName("UserDataCopy").key(key).updateExpression("SET #a = :v")
                .expressionAttributeNames(Map.of("#a", "diffMarker")).expressionAttributeValues(Map.of(":v", AttributeValue.fromN("1.50"))));
        Run different = run("diff", "UserData", "--profile", "test", "--against-table", "UserDataCopy");
        assertThat(different.code()).isEqualTo(1);
        assertThat(different.err()).contains(String.format("only-left 0, only-right 0, different 1, same %d", items.size() - 1));
        assertThat(different.out().strip().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("{\"kind\":\"different\",\"key\":{").contains("\"changed\":{\"diffMarker\":{\"left\":null,\"right\":{\"N\":\"1.50\"}}}"));

        // A filter applies to both sides: the changed item left out, the rest the same.
        String changedUser = first.get("userId").s();
        Run filtered = run("diff", "UserData", "--profile", "test", "--against-table", "UserDataCopy", "--where",
                "userId <> " + changedUser);
        assertThat(filtered.code()).as(filtered.err()).isZero();
        assertThat(filtered.err()).contains(String.format("only-left 0, only-right 0, different 0, same %d", items.stream()
                .filter(item -> !item.get("userId").equals(new dev.dynamodesk.item.StringValue(changedUser))).count()));

        // One side narrowed: a query's results against the whole table, then two different queries.
        long ofChangedUser = items.stream().filter(item -> item.get("userId").equals(new dev.dynamodesk.item.StringValue(changedUser)))
                .count();
        Run queryAgainstTable = run("diff", "UserData", "--profile", "test", "--against-table", "UserDataCopy", "--left-where",
                "userId <> " + changedUser);
        assertThat(queryAgainstTable.code()).as(queryAgainstTable.err()).isEqualTo(1);
        assertThat(queryAgainstTable.err()).contains(String.format("only-left 0, only-right %d, different 0, same %d", ofChangedUser,
                items.size() - ofChangedUser));
        Run twoQueries = run("diff", "UserData", "--profile", "test", "--against-table", "UserDataCopy", "--left-where",
                "userId = " + changedUser, "--right-where", "diffMarker exists");
        assertThat(twoQueries.code()).as(twoQueries.err()).isEqualTo(1);
        assertThat(twoQueries.err()).contains(String.format("only-left %d, only-right 0, different 1, same 0", ofChangedUser - 1));
        Run badSide = run("diff", "UserData", "--profile", "test", "--against-table", "UserDataCopy", "--right-where", "userId ~ x");
        assertThat(badSide.code()).isEqualTo(2);
        assertThat(badSide.err()).contains("--right-where 'userId ~ x' is not PATH OPERATOR VALUE");

        Run missing = run("diff", "UserData", "--profile", "test", "--against-table", "NoSuchTable");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(run("diff", "UserData", "--profile", "test").code()).isEqualTo(2);
        assertThat(run("diff", "--help").out()).contains("0 identical, 1 different, 2 a usage error or a failure");
    }
}
