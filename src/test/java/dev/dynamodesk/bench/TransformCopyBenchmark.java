package dev.dynamodesk.bench;

import static dev.dynamodesk.bench.BenchTable.print;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.TransactionalWriter;
import dev.dynamodesk.dynamo.copy.CopyCheckpoints;
import dev.dynamodesk.dynamo.copy.CopyResult;
import dev.dynamodesk.dynamo.copy.TableCopier;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.testing.LocalDynamo;
import dev.dynamodesk.testing.Verdict;
import dev.dynamodesk.transform.ItemTransformer;
import dev.dynamodesk.transform.TransformRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of 100,000 items of ~1 KB with five transformers (email, name, phone masked, city hashed,
 * a number shifted) against the plain copy of the same table in the same run, both into DynamoDB
 * Local with 4 segments. The budget: at least 0.8× the plain rate. Prints figures; asserts
 * nothing about time. Run with {@code mvn -Pbenchmark verify}; {@code -Dbench.transformItems=N} for another size.
 */
class TransformCopyBenchmark {
    private static final int SEGMENTS = 4;

    @RegisterExtension
    static final LocalDynamo local = new LocalDynamo();

    @TempDir
    Path work;

    @Test
    void aTransformedCopyAgainstThePlainCopy() throws Exception {
        int items = Integer.getInteger("bench.transformItems", 100_000);
        DynamoServices services = new DynamoServices(local.client());
        seed(services, "People", items);
        TableInfo info = services.tables().describe("People");
        TransformRules rules = new TransformRules(List.of("email=email", "name=name", "phone=mask:4", "city=hash", "visits=shift:+1")
                .stream().map(TransformRules.PathRule::parse).toList(), Map.of(), info.keyNames());
        ItemTransformer transformer = new ItemTransformer(rules, "bench secret".getBytes(StandardCharsets.UTF_8));
        // A small warm-up of both paths first: JIT, Datafaker's first load, the target's first tables.
        copy(services, info, "WarmPlain", null, 2_000);
        copy(services, info, "WarmTransformed", transformer, 2_000);
        // Taken in turns, twice each, and the faster of each kept: a copy into Local varies by a quarter from run to run.
        double plain = copy(services, info, "Plain", null, items);
        double transformed = copy(services, info, "Transformed", transformer, items);
        double plainAgain = copy(services, info, "PlainAgain", null, items);
        double transformedAgain = copy(services, info, "TransformedAgain", transformer, items);
        double plainRate = items / Math.min(plain, plainAgain);
        double transformedRate = items / Math.min(transformed, transformedAgain);
        print("transformers: %s; its report over the warm-up and both runs: %s", rules.describe(), String.join("; ", transformer.report().lines()));
        print("%,d items of ~1 KB, %d segments: plain copy %.1f s and %.1f s, with five transformers %.1f s and %.1f s", items, SEGMENTS,
                plain, plainAgain, transformed, transformedAgain);
        Verdict.print(Verdict.atLeast(String.format("copy of %,d items with five transformers", items), transformedRate, "items/s",
                plainRate, "the plain copy", 0.8));
    }

    /** Copies the first {@code limit} items (all when the table has fewer) into a new table; seconds taken. */
    private double copy(DynamoServices services, TableInfo info, String target, ItemTransformer transformer, int limit) throws Exception {
        BenchTable.create(local.client(), target);
        TableInfo targetInfo = services.tables().describe(target);
        QueryPlan plan = QueryPlan.of(ItemQuery.scanAll(info.name()), info);
        TableCopier copier = services.copierFrom(services.reader());
        if (transformer != null) {
            copier = copier.transforming(transformer::apply);
        }
        String identity = target + " " + limit;
        CopyCheckpoints checkpoints = CopyCheckpoints.fresh(CopyCheckpoints.fileFor(work, identity), identity, SEGMENTS);
        long[] read = {0};
        long start = System.nanoTime();
        CopyResult result = copier.copy(plan, targetInfo, TableCopier.IfExists.OVERWRITE, 0, checkpoints,
                CopyCheckpoints.failedFileFor(work, identity), () -> read[0] >= limit, progress -> read[0] = progress.read());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (result.failed() > 0) {
            throw new AssertionError(target + ": " + result.summary());
        }
        return seconds;
    }

    private static void seed(DynamoServices services, String table, int items) {
        BenchTable.create(local.client(), table);
        String padding = "x".repeat(700);
        List<Item> batch = new ArrayList<>();
        TransactionalWriter writer = new TransactionalWriter(local.client());
        long start = System.nanoTime();
        for (int i = 0; i < items; i++) {
            batch.add(Item.builder().s("pk", "p" + (i % 1000)).s("sk", String.format("%08d", i))
                    .s("email", "person" + i + "@example-mail.com").s("name", "Person Number" + i).s("phone", String.format("+1 555 %07d", i))
                    .s("city", "City " + (i % 500)).n("visits", i % 97).put("payload", new StringValue(padding)).build());
            if (batch.size() == 1_000) {
                writer.putAll(table, batch, () -> false, n -> { });
                batch.clear();
            }
        }
        writer.putAll(table, batch, () -> false, n -> { });
        print("seeded %,d items in %.1f s", items, (System.nanoTime() - start) / 1e9);
    }
}
