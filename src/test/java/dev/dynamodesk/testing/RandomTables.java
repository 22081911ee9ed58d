package dev.dynamodesk.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Tables of random items for the differential tests, made and loaded with the SDK alone (none of
 * the app's writing code). Item {@code i} is the same on every run and backend: key
 * {@code pk = "p" + i % partitions} (S) and {@code sk = i} (N); every DynamoDB type, 38-digit and
 * tiny and huge numbers, binary with any byte, sets, nesting, names with dots, spaces, {@code #},
 * reserved words and emoji, empty strings, attributes present on some items only; and
 * {@code rare = true} on about one item in 2,700, for filters that leave most pages empty.
 */
public final class RandomTables {
    public static final List<String> KEYS = List.of("pk", "sk");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzÄÖÜßéπ中文😀 \"',;\\\n\t{}[]#:.";
    private static final String[] NUMBERS = {"0", "-0.5", "1", "-1", "3.14159", "12345678901234567890123456789012345678",
            "-98765432109876543210987654321098765432", "1E+125", "9.9999999999999999999999999999999999999E+125", "1E-130",
            "-1E-130", "0.000000000000000000000000000000000000001", "1.50", "100", "2.5E+3", "-7.25E-10"};

    private RandomTables() {
    }

    /** Creates a table keyed {@code pk} (S) and {@code sk} (N), on demand, and waits until it is active. */
    public static void create(DynamoDbClient client, String table) {
        client.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.N)));
        awaitActive(client, table);
    }

    public static void awaitActive(DynamoDbClient client, String table) {
        for (int i = 0; i < 200; i++) {
            if (client.describeTable(b -> b.tableName(table)).table().tableStatus() == TableStatus.ACTIVE) {
                return;
            }
            sleep(50);
        }
        throw new IllegalStateException(table + " did not become active");
    }

    /** Item {@code i} of a table with {@code partitions} partition keys. */
    public static Map<String, AttributeValue> item(int i, int partitions) {
        Random random = new Random(i * 7_919L + 13);
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.fromS("p" + (i % partitions)));
        item.put("sk", AttributeValue.fromN(Integer.toString(i)));
        item.put("s", AttributeValue.fromS(text(random, random.nextInt(30))));
        item.put("n", AttributeValue.fromN(NUMBERS[random.nextInt(NUMBERS.length)]));
        item.put("b", AttributeValue.fromB(bytes(random, 1 + random.nextInt(40))));
        item.put("bool", AttributeValue.fromBool(random.nextBoolean()));
        if (random.nextInt(3) == 0) {
            item.put("nothing", AttributeValue.fromNul(true));
        }
        if (random.nextBoolean()) {
            item.put("status", AttributeValue.fromS(random.nextBoolean() ? "active" : "closed")); // a reserved word
        }
        if (random.nextInt(4) == 0) {
            item.put("odd name.with-dots #and 😀", AttributeValue.fromS(""));
        }
        item.put("m", AttributeValue.fromM(map(random, 3)));
        item.put("l", AttributeValue.fromL(list(random, 2)));
        item.put("ss", AttributeValue.fromSs(new ArrayList<>(distinctStrings(random, 1 + random.nextInt(4)))));
        item.put("ns", AttributeValue.fromNs(distinctNumbers(random, 1 + random.nextInt(4))));
        item.put("bs", AttributeValue.fromBs(distinctBytes(random, 1 + random.nextInt(3))));
        item.put("pad", AttributeValue.fromS("x".repeat(300 + random.nextInt(400))));
        if (i % 2_729 == 17) {
            item.put("rare", AttributeValue.fromBool(true));
        }
        return item;
    }

    /** An item of {@code kilobytes} KB (most of it binary and text), for pages that end at 1 MB. */
    public static Map<String, AttributeValue> bigItem(int i, int kilobytes) {
        Random random = new Random(i);
        Map<String, AttributeValue> item = new LinkedHashMap<>(item(i, 3));
        int half = kilobytes * 512 - 2_000;
        item.put("blob", AttributeValue.fromB(bytes(random, half)));
        item.put("text", AttributeValue.fromS("y".repeat(half)));
        return item;
    }

    /** Writes items {@code 0..count-1} with BatchWriteItem on a few threads, retrying what comes back unprocessed. */
    public static void load(DynamoDbClient client, String table, int count, int partitions) {
        load(client, table, count, i -> item(i, partitions));
    }

    public static void load(DynamoDbClient client, String table, int count,
                            java.util.function.IntFunction<Map<String, AttributeValue>> items) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int start = 0; start < count; start += 25) {
                int from = start;
                done.add(pool.submit(() -> {
                    List<WriteRequest> batch = new ArrayList<>();
                    for (int i = from; i < Math.min(count, from + 25); i++) {
                        batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(items.apply(i)).build()).build());
                    }
                    while (!batch.isEmpty()) {
                        List<WriteRequest> sending = batch;
                        BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(Map.of(table, sending)));
                        batch = response.unprocessedItems().getOrDefault(table, List.of());
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Loading " + table + " failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, AttributeValue> map(Random random, int depth) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        map.put("name", AttributeValue.fromS(text(random, random.nextInt(12))));
        map.put("count", AttributeValue.fromN(NUMBERS[random.nextInt(NUMBERS.length)]));
        if (depth > 0) {
            map.put("inner", AttributeValue.fromM(map(random, depth - 1)));
            map.put("list", AttributeValue.fromL(list(random, depth - 1)));
        }
        return map;
    }

    private static List<AttributeValue> list(Random random, int depth) {
        List<AttributeValue> list = new ArrayList<>();
        int size = random.nextInt(4);
        for (int k = 0; k < size; k++) {
            list.add(switch (random.nextInt(6)) {
                case 0 -> AttributeValue.fromS(text(random, random.nextInt(8)));
                case 1 -> AttributeValue.fromN(NUMBERS[random.nextInt(NUMBERS.length)]);
                case 2 -> AttributeValue.fromBool(random.nextBoolean());
                case 3 -> AttributeValue.fromNul(true);
                case 4 -> AttributeValue.fromB(bytes(random, 1 + random.nextInt(6)));
                default -> depth > 0 ? AttributeValue.fromM(map(random, depth - 1)) : AttributeValue.fromSs(List.of("x", "y"));
            });
        }
        return list;
    }

    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.appendCodePoint(LETTERS.codePointAt(LETTERS.offsetByCodePoints(0, random.nextInt(LETTERS.codePointCount(0, LETTERS.length())))));
        }
        return text.toString();
    }

    private static Set<String> distinctStrings(Random random, int count) {
        Set<String> set = new LinkedHashSet<>();
        while (set.size() < count) {
            set.add(text(random, 1 + random.nextInt(8)));
        }
        return set;
    }

    /** Distinct by value: DynamoDB refuses 1 and 1.0 in one set. */
    private static List<String> distinctNumbers(Random random, int count) {
        Map<java.math.BigDecimal, String> byValue = new LinkedHashMap<>();
        while (byValue.size() < count) {
            String number = random.nextBoolean() ? NUMBERS[random.nextInt(NUMBERS.length)] : Long.toString(random.nextLong());
            byValue.putIfAbsent(Typed.number(number), number);
        }
        return new ArrayList<>(byValue.values());
    }

    private static List<SdkBytes> distinctBytes(Random random, int count) {
        Set<String> seen = new LinkedHashSet<>();
        List<SdkBytes> list = new ArrayList<>();
        while (list.size() < count) {
            SdkBytes bytes = bytes(random, 1 + random.nextInt(10));
            if (seen.add(java.util.HexFormat.of().formatHex(bytes.asByteArray()))) {
                list.add(bytes);
            }
        }
        return list;
    }

    private static SdkBytes bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return SdkBytes.fromByteArray(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
