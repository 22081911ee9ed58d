package dev.dynamodesk.local;

import dev.dynamodesk.item.BoolValue;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.MapValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringSetValue;
import dev.dynamodesk.item.StringValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The Events table's items: an application event log (page views, API calls, logins, errors,
 * payments, deploys) from 200 sources. Item {@code i} is always the same, so an interrupted
 * seeding can resume at any index without writing different data.
 */
final class SampleEvents {
    static final int SOURCES = 200;
    /** 2026-11-01T00:00:00Z in epoch milliseconds. */
    private static final long START_MILLIS = 1_761_955_200_000L;
    private static final String[] KINDS = {"page_view", "api_call", "login", "error", "payment", "deploy"};
    private static final String[] SERVICES = {"checkout-api", "auth-service", "search", "web-frontend", "billing", "notifications", "inventory", "reporting"};
    private static final String[] REGIONS = {"eu-west-1", "us-east-1", "ap-northeast-1", "eu-central-1"};
    private static final String[] PATHS = {"/api/orders", "/api/users/me", "/api/search", "/api/cart", "/health", "/api/invoices"};
    private static final String[] TAGS = {"mobile", "web", "beta", "canary", "internal", "vip", "retry"};

    private SampleEvents() {
    }

    static Item item(long index) {
        SplittableRandom random = new SplittableRandom(index * 0x9E3779B97F4A7C15L + 17);
        String service = SERVICES[(int) (index % SERVICES.length)];
        String source = service + "-" + String.format("%03d", index % SOURCES);
        // Strictly increasing in index, so (source, ts) never repeats.
        long ts = START_MILLIS + index * 1_000 + index % 997;
        String kind = KINDS[random.nextInt(KINDS.length)];

        Item.Builder item = Item.builder()
                .s("source", source)
                .n("ts", ts)
                .s("type", kind)
                .s("level", kind.equals("error") ? "ERROR" : random.nextInt(20) == 0 ? "WARN" : "INFO")
                .s("region", REGIONS[random.nextInt(REGIONS.length)])
                .n("durationMs", random.nextInt(2, 4_000))
                // The table's TTL attribute: each event kept two to three years (none expires before late 2027).
                .n("expiresAt", ts / 1000 + (730L + index % 365) * 24 * 3600);
        if (random.nextInt(4) != 0) {
            item.s("userId", String.format("u-%04d", 1001 + random.nextInt(25)));
        }
        item.put("payload", payload(kind, random));
        if (random.nextInt(3) == 0) {
            item.put("tags", StringSetValue.of(List.of(TAGS[random.nextInt(3)], TAGS[3 + random.nextInt(4)])));
        }
        item.s("message", message(kind, service, random));
        return item.build();
    }

    private static DynamoValue payload(String kind, SplittableRandom random) {
        Map<String, DynamoValue> payload = new LinkedHashMap<>();
        switch (kind) {
            case "api_call", "error" -> {
                payload.put("path", new StringValue(PATHS[random.nextInt(PATHS.length)]));
                payload.put("status", NumberValue.of(kind.equals("error") ? 500 + random.nextInt(4) : 200 + random.nextInt(2) * 4));
                payload.put("bytes", NumberValue.of(random.nextInt(100, 90_000)));
            }
            case "payment" -> {
                payload.put("amount", new NumberValue(random.nextInt(1, 900) + "." + String.format("%02d", random.nextInt(100))));
                payload.put("currency", new StringValue(random.nextBoolean() ? "EUR" : "USD"));
                payload.put("method", new StringValue(random.nextBoolean() ? "card" : "sepa"));
            }
            case "deploy" -> {
                payload.put("version", new StringValue("v" + (3 + random.nextInt(3)) + "." + random.nextInt(40) + "." + random.nextInt(10)));
                payload.put("canary", BoolValue.of(random.nextInt(3) == 0));
            }
            default -> {
                payload.put("page", new StringValue(random.nextBoolean() ? "/dashboard" : "/settings"));
                payload.put("referrer", new StringValue(random.nextBoolean() ? "" : "https://www.example.com/"));
            }
        }
        return new MapValue(payload);
    }

    private static String message(String kind, String service, SplittableRandom random) {
        return switch (kind) {
            case "error" -> service + ": upstream timed out after " + random.nextInt(1, 30) + "s";
            case "login" -> random.nextInt(10) == 0 ? "Login failed: wrong password" : "Login succeeded";
            case "payment" -> "Payment captured";
            case "deploy" -> service + " deployed";
            case "api_call" -> "Request served";
            default -> "Page viewed";
        };
    }
}
