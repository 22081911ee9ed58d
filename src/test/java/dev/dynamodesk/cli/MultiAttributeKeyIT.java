package dev.dynamodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.testing.Backend;
import dev.dynamodesk.testing.Boto3Query;
import dev.dynamodesk.testing.ReferenceReader;
import dev.dynamodesk.testing.Typed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An index keyed on several attributes (DynamoDB, November 2025), on moto which implements them:
 * {@code describe} shows every key attribute in order; {@code query} with a value per partition
 * attribute and conditions on the sort attributes gives what boto3's own query gives, item by item
 * and in order; a query that breaks DynamoDB's rules is refused before anything is sent, in our
 * words, where moto refuses it too.
 */
class MultiAttributeKeyIT {
    @TempDir
    static Path home;

    private static List<Object> term(Object... parts) {
        return List.of(parts);
    }

    private static Map<String, String> n(String number) {
        return Map.of("N", number);
    }

    @Test
    void queriesOfEveryLegalShapeEqualBoto3sOwnQueryItemByItemInOrder() throws Exception {
        Assumptions.assumeTrue(Boto3Query.available(), "python3 with boto3 is not installed: the reference cannot run");
        try (Backend moto = MultiAttributeKeyFixture.motoWithTable()) {
            DynamoDbClient client = moto.client();
            String endpoint = moto.endpoint().toString();
            CliRun described = CliRun.of(home, "describe", "Multi", "--endpoint", endpoint, "--region", "us-east-1");
            assertThat(described.code()).as(described.err()).isZero();
            assertThat(described.out()).containsPattern("multi +global +a \\(S\\) \\+ b \\(N\\) +c \\(S\\) \\+ d \\(N\\)");

            // Each case: our command line, and the same query as boto3's Key(...) builder writes it.
            Map<String, List<String>> ours = new LinkedHashMap<>();
            List<Boto3Query.Case> reference = new ArrayList<>();
            ours.put("partition", List.of("--key", "x", "--key", "1"));
            reference.add(new Boto3Query.Case("partition", "multi", List.of(term("a", "eq", "x"), term("b", "eq", n("1"))), true));
            ours.put("named", List.of("--key", "b=2.50", "--key", "a=y"));
            reference.add(new Boto3Query.Case("named", "multi", List.of(term("a", "eq", "y"), term("b", "eq", n("2.50"))), true));
            ours.put("firstSortEqual", List.of("--key", "x", "--key", "2.50", "--sort", "= c2"));
            reference.add(new Boto3Query.Case("firstSortEqual", "multi", List.of(term("a", "eq", "x"), term("b", "eq", n("2.50")),
                    term("c", "eq", "c2")), true));
            ours.put("equalThenBetween", List.of("--key", "y", "--key", "1", "--sort", "c = c1", "--sort", "d between 3 and 30"));
            reference.add(new Boto3Query.Case("equalThenBetween", "multi", List.of(term("a", "eq", "y"), term("b", "eq", n("1")),
                    term("c", "eq", "c1"), term("d", "between", n("3"), n("30"))), true));
            ours.put("beginsWith", List.of("--key", "x", "--key", "1", "--sort", "begins_with c3"));
            reference.add(new Boto3Query.Case("beginsWith", "multi", List.of(term("a", "eq", "x"), term("b", "eq", n("1")),
                    term("c", "begins_with", "c3")), true));
            ours.put("namedGreater", List.of("--key", "a=x", "--key", "b=2.50", "--sort", "c=c3", "--sort", "d > 10.5"));
            reference.add(new Boto3Query.Case("namedGreater", "multi", List.of(term("a", "eq", "x"), term("b", "eq", n("2.50")),
                    term("c", "eq", "c3"), term("d", "gt", n("10.5"))), true));
            ours.put("firstSortLess", List.of("--key", "x", "--key", "1", "--sort", "< c2"));
            reference.add(new Boto3Query.Case("firstSortLess", "multi", List.of(term("a", "eq", "x"), term("b", "eq", n("1")),
                    term("c", "lt", "c2")), true));
            ours.put("descending", List.of("--key", "y", "--key", "2.50", "--sort", "c >= c2", "--descending"));
            reference.add(new Boto3Query.Case("descending", "multi", List.of(term("a", "eq", "y"), term("b", "eq", n("2.50")),
                    term("c", "gte", "c2")), false));
            Map<String, Boto3Query.Answer> answers = Boto3Query.run(moto.endpoint(), "Multi", reference);

            int compared = 0;
            for (Map.Entry<String, List<String>> entry : ours.entrySet()) {
                Boto3Query.Answer expected = answers.get(entry.getKey());
                assertThat(expected.error()).as(entry.getKey()).isNull();
                List<String> args = new ArrayList<>(List.of("query", "Multi", "--index", "multi"));
                args.addAll(entry.getValue());
                args.addAll(List.of("--endpoint", endpoint, "--region", "us-east-1"));
                CliRun run = CliRun.of(home, args.toArray(String[]::new));
                assertThat(run.code()).as(entry.getKey() + ": " + run.err()).isZero();
                List<Map<String, Typed>> items = new ArrayList<>();
                for (String line : run.out().split("\n")) {
                    if (!line.isBlank()) {
                        // Each line is {"Item": {...}}, as DynamoDB's own export writes it.
                        items.add(Typed.dynamoJsonItem(ReferenceReader.JSON.readTree(line).get("Item")));
                    }
                }
                // Same items, same order: a Query's order is the sort key's, and descending reverses it.
                assertThat(items).as(entry.getKey()).isNotEmpty().containsExactlyElementsOf(expected.items());
                compared += items.size();
            }
            assertThat(compared).isGreaterThan(100);
            CliRun exact = CliRun.of(home, "query", "Multi", "--index", "multi", "--key", "x", "--key", "2.50", "--endpoint", endpoint,
                    "--region", "us-east-1");
            assertThat(exact.out()).contains("\"b\":{\"N\":\"2.50\"}").contains(".50\"}");

            // update takes the same key options: exactly the items boto3's query finds are changed, through the index.
            CliRun update = CliRun.of(home, "update", "Multi", "--index", "multi", "--key", "y", "--key", "1", "--sort", "c = c1",
                    "--sort", "d between 3 and 30", "--set", "flag = picked", "--yes", "--endpoint", endpoint, "--region", "us-east-1");
            assertThat(update.code()).as(update.err()).isZero();
            List<String> picked = answers.get("equalThenBetween").items().stream().map(item -> item.get("id").value().toString()).toList();
            List<Map<String, Typed>> after = ReferenceReader.scan(client, "Multi");
            assertThat(after.stream().filter(item -> item.containsKey("flag")).map(item -> item.get("id").value().toString()))
                    .isNotEmpty().containsExactlyInAnyOrderElementsOf(picked);
        }
    }

    @Test
    void aQueryBreakingTheRulesIsRefusedBeforeSendingWhereTheServerRefusesItToo() throws Exception {
        Assumptions.assumeTrue(Boto3Query.available(), "python3 with boto3 is not installed: the reference cannot run");
        try (Backend moto = MultiAttributeKeyFixture.motoWithTable()) {
            DynamoDbClient client = moto.client();
            String endpoint = moto.endpoint().toString();
            Map<String, Boto3Query.Answer> server = Boto3Query.run(moto.endpoint(), "Multi", List.of(
                    new Boto3Query.Case("missing", "multi", List.of(term("a", "eq", "x")), true),
                    new Boto3Query.Case("skipped", "multi", List.of(term("a", "eq", "x"), term("b", "eq", n("1")),
                            term("d", "gt", n("1"))), true),
                    new Boto3Query.Case("rangeFirst", "multi", List.of(term("a", "eq", "x"), term("b", "eq", n("1")),
                            term("c", "gt", "c1"), term("d", "eq", n("3.50"))), true)));
            // moto implements the rules: each of these is refused by the server too.
            assertThat(server.get("missing").error()).contains("missed key schema element: b");
            assertThat(server.get("skipped").error()).isNotNull();
            assertThat(server.get("rangeFirst").error()).isNotNull();

            Map<String, List<String>> refused = new LinkedHashMap<>();
            refused.put("b is missing", List.of("--key", "x"));
            refused.put("A condition on the sort-key attribute d needs one on c first", List.of("--key", "x", "--key", "1", "--sort", "d > 1"));
            refused.put("Only the last sort-key attribute with a condition may use \">\": c does", List.of("--key", "x", "--key", "1",
                    "--sort", "> c1", "--sort", "= 3.50"));
            refused.put("has 2 partition-key attributes (a (S) + b (N)), but 3 values were given",
                    List.of("--key", "x", "--key", "1", "--key", "z"));
            refused.put("--key names a twice", List.of("--key", "a=x", "--key", "a=y"));
            for (Map.Entry<String, List<String>> entry : refused.entrySet()) {
                List<String> args = new ArrayList<>(List.of("query", "Multi", "--index", "multi"));
                args.addAll(entry.getValue());
                args.addAll(List.of("--endpoint", endpoint, "--region", "us-east-1"));
                CliRun run = CliRun.of(home, args.toArray(String[]::new));
                assertThat(run.code()).as(entry.getKey()).isEqualTo(2);
                assertThat(run.err()).contains(entry.getKey());
            }
            CliRun scanned = CliRun.of(home, "scan", "Multi", "--index", "multi", "--endpoint", endpoint, "--region", "us-east-1");
            assertThat(scanned.code()).as(scanned.err()).isZero();
            assertThat(scanned.out().lines().filter(line -> !line.isBlank()).count())
                    .isEqualTo(ReferenceReader.scan(client, "Multi", b -> b.indexName("multi")).size());
        }
    }

    /**
     * A copy made with --create-table carries the index with every key attribute in order (keyed on
     * the first alone, it would hold other items); into DynamoDB Local, which has no such keys, it
     * stops with what that means before any item is written.
     */
    @Test
    void aCopyKeepsTheMultiAttributeIndexAndLocalsRefusalIsExplained() throws Exception {
        try (Backend moto = MultiAttributeKeyFixture.motoWithTable(); Backend local = Backend.start(Backend.Kind.DYNAMODB_LOCAL)) {
            DynamoDbClient client = moto.client();
            String endpoint = moto.endpoint().toString();
            CliRun copied = CliRun.of(home, "copy", "Multi", "--endpoint", endpoint, "--region", "us-east-1", "--to-endpoint", endpoint,
                    "--to-region", "us-east-1", "--to-table", "MultiCopy", "--create-table", "--yes");
            assertThat(copied.code()).as(copied.err()).isZero();
            var source = client.describeTable(b -> b.tableName("Multi")).table().globalSecondaryIndexes().get(0);
            var target = client.describeTable(b -> b.tableName("MultiCopy")).table().globalSecondaryIndexes().get(0);
            assertThat(target.keySchema()).extracting(e -> e.attributeName() + ":" + e.keyTypeAsString())
                    .containsExactly("a:HASH", "b:HASH", "c:RANGE", "d:RANGE")
                    .isEqualTo(source.keySchema().stream().map(e -> e.attributeName() + ":" + e.keyTypeAsString()).toList());
            dev.dynamodesk.testing.SameItems.assertSame("the copy", ReferenceReader.scan(client, "Multi"),
                    ReferenceReader.scan(client, "MultiCopy"), List.of("id"));
            assertThat(ReferenceReader.scan(client, "MultiCopy", b -> b.indexName("multi")))
                    .hasSameSizeAs(ReferenceReader.scan(client, "Multi", b -> b.indexName("multi")));

            CliRun toLocal = CliRun.of(home, "copy", "Multi", "--endpoint", endpoint, "--region", "us-east-1", "--to-endpoint",
                    local.endpoint().toString(), "--to-region", "us-east-1", "--create-table", "--yes");
            assertThat(toLocal.code()).isNotZero();
            assertThat(toLocal.err()).contains("Key Schema too big")
                    .contains("This server does not support indexes keyed on several attributes (DynamoDB's multi-attribute keys");
            assertThat(local.client().listTables().tableNames()).doesNotContain("Multi");
        }
    }

    /** DynamoDB Local 2.6.1 has no multi-attribute keys: it refuses such an index when the table is made, in these words. */
    @Test
    void dynamoDbLocalRefusesSuchAnIndexInItsOwnWords() throws Exception {
        try (Backend local = Backend.start(Backend.Kind.DYNAMODB_LOCAL)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> local.client().createTable(MultiAttributeKeyFixture.table("Multi")))
                    .isInstanceOf(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class)
                    .hasMessageContaining("Key Schema too big.  Key Schema must at most consist of the hash and range key of a table");
            assertThat(local.client().listTables().tableNames()).doesNotContain("Multi");
        }
    }
}
