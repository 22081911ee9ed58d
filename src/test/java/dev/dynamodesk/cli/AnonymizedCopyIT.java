package dev.dynamodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.testing.Backend;
import dev.dynamodesk.testing.ReferenceReader;
import dev.dynamodesk.testing.Typed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The issue's scenario: Users (keyed by userId, with email, name, phones as SS, address as M) and
 * Orders (userId, lines as L of M) copied from one DynamoDB Local to another with userId=hash,
 * email=email, name=name, phones=mask:4, lines[*].sku=keep and every other string hashed. Checked
 * with the SDK's own scan of both sides and an HMAC worked out here with the JDK (none of the
 * app's code): no source email, name, phone or street is anywhere in the target; each order's
 * userId is its user's, hashed; every item keeps its types and shape; a second run, a saved job
 * and a PartiQL subset give the same items.
 */
class AnonymizedCopyIT {
    private static final String SECRET = "correct horse battery staple";
    private static final Map<String, String> ENVIRONMENT = Map.of("DD_SECRET", SECRET);
    private static final int USERS = 300;
    private static final int ORDERS = 900;

    @TempDir
    static Path home;

    @Test
    void personalDataNeverReachesTheTargetAndReferencesStillMatch() throws Exception {
        try (Backend source = Backend.start(Backend.Kind.DYNAMODB_LOCAL); Backend target = Backend.start(Backend.Kind.DYNAMODB_LOCAL)) {
            load(source.client());
            List<String> userRules = List.of("--transform", "userId=hash", "--transform", "email=email", "--transform", "name=name",
                    "--transform", "phones=mask:4", "--default", "S=hash", "--hash-secret-env", "DD_SECRET");
            CliRun users = copy(source, target, "Users", "Users", userRules);
            assertThat(users.code()).as(users.err()).isZero();
            assertThat(users.err()).contains("Note: The key userId is transformed (hash)")
                    .contains(String.format("email=email: %,d values", USERS)).contains("Copied: read 300, written 300");
            CliRun orders = copy(source, target, "Orders", "Orders", List.of("--transform", "userId=hash", "--transform",
                    "lines[*].sku=keep", "--default", "S=hash", "--hash-secret-env", "DD_SECRET"));
            assertThat(orders.code()).as(orders.err()).isZero();

            List<Map<String, Typed>> sourceUsers = ReferenceReader.scan(source.client(), "Users");
            List<Map<String, Typed>> sourceOrders = ReferenceReader.scan(source.client(), "Orders");
            List<Map<String, AttributeValue>> targetRaw = new ArrayList<>();
            for (String table : List.of("Users", "Orders")) {
                target.client().scanPaginator(b -> b.tableName(table)).items().forEach(targetRaw::add);
            }
            // Search the whole target, as the SDK writes it out, for every personal value of the source.
            String everything = targetRaw.toString();
            assertThat(targetRaw).hasSize(USERS + ORDERS);
            for (Map<String, Typed> user : sourceUsers) {
                List<String> personal = new ArrayList<>(List.of(text(user, "email"), text(user, "name"), text(user, "userId")));
                ((java.util.Set<?>) user.get("phones").value()).forEach(phone -> personal.add(phone.toString()));
                personal.add(((Typed) ((Map<?, ?>) user.get("address").value()).get("street")).value().toString());
                for (String value : personal) {
                    assertThat(everything).as("the target holds a source value").doesNotContain(value);
                }
            }

            // Users by their hashed key: each source user has exactly one, shaped and typed as the source's.
            Map<String, Map<String, Typed>> targetUsers = ReferenceReader.scan(target.client(), "Users").stream()
                    .collect(Collectors.toMap(item -> text(item, "userId"), item -> item));
            assertThat(targetUsers).hasSize(USERS);
            for (Map<String, Typed> user : sourceUsers) {
                Map<String, Typed> copied = targetUsers.get(hmacHex(text(user, "userId")));
                assertThat(copied).as("the user " + text(user, "userId") + " under its hashed key").isNotNull();
                assertThat(Typed.shape(copied)).isEqualTo(Typed.shape(user));
                assertThat(text(copied, "email")).contains("@").isNotEqualTo(text(user, "email"));
                assertThat((java.util.Set<?>) copied.get("phones").value()).allSatisfy(phone -> assertThat(phone.toString())
                        .startsWith("*").hasSize(16));
            }
            // Orders keep their key; each one's userId is its user's hashed key, and that user is in the target.
            Map<String, Map<String, Typed>> targetOrders = ReferenceReader.scan(target.client(), "Orders").stream()
                    .collect(Collectors.toMap(item -> text(item, "orderId"), item -> item));
            assertThat(targetOrders).hasSize(ORDERS);
            for (Map<String, Typed> order : sourceOrders) {
                Map<String, Typed> copied = targetOrders.get(text(order, "orderId"));
                assertThat(text(copied, "userId")).isEqualTo(hmacHex(text(order, "userId")));
                assertThat(targetUsers).containsKey(text(copied, "userId"));
                assertThat(Typed.shape(copied)).isEqualTo(Typed.shape(order));
                List<?> sourceLines = (List<?>) order.get("lines").value();
                List<?> copiedLines = (List<?>) copied.get("lines").value();
                for (int i = 0; i < sourceLines.size(); i++) {
                    // sku kept as it was; the numbers have no default, so they are kept too, exactly.
                    assertThat(((Map<?, ?>) ((Typed) copiedLines.get(i)).value()).get("sku"))
                            .isEqualTo(((Map<?, ?>) ((Typed) sourceLines.get(i)).value()).get("sku"));
                    assertThat(((Map<?, ?>) ((Typed) copiedLines.get(i)).value()).get("price"))
                            .isEqualTo(((Map<?, ?>) ((Typed) sourceLines.get(i)).value()).get("price"));
                }
            }

            // A second run, into another table: the same items.
            CliRun again = copy(source, target, "Users", "UsersAgain", userRules);
            assertThat(again.code()).as(again.err()).isZero();
            assertThat(new TreeMap<>(ReferenceReader.scan(target.client(), "UsersAgain").stream()
                    .collect(Collectors.toMap(item -> text(item, "userId"), item -> item)))).isEqualTo(new TreeMap<>(targetUsers));

            // The same options saved as a job (no secret in it), then run from the job: the same items again.
            Path job = home.resolve("jobs").resolve("users.json");
            List<String> save = new ArrayList<>(List.of("copy", "Users", "--endpoint", source.endpoint().toString(), "--region",
                    "us-east-1", "--to-endpoint", target.endpoint().toString(), "--to-region", "us-east-1", "--to-table", "UsersFromJob",
                    "--create-table", "--save-job", job.toString()));
            save.addAll(userRules);
            CliRun saved = CliRun.of(home, save.toArray(String[]::new));
            assertThat(saved.code()).as(saved.err()).isZero();
            String jobText = java.nio.file.Files.readString(job);
            assertThat(jobText).contains("\"hashSecretEnv\" : \"DD_SECRET\"").contains("phones=mask:4").doesNotContain(SECRET);
            CliRun fromJob = CliRun.withEnvironment(home, ENVIRONMENT, "copy", "--job", job.toString(), "--yes");
            assertThat(fromJob.code()).as(fromJob.err()).isZero();
            assertThat(new TreeMap<>(ReferenceReader.scan(target.client(), "UsersFromJob").stream()
                    .collect(Collectors.toMap(item -> text(item, "userId"), item -> item)))).isEqualTo(new TreeMap<>(targetUsers));
        }
    }

    @Test
    void aPreviewShowsBeforeAndAfterAndAPartiqlSubsetCopiesExactlyItsItems() throws Exception {
        try (Backend source = Backend.start(Backend.Kind.DYNAMODB_LOCAL); Backend target = Backend.start(Backend.Kind.DYNAMODB_LOCAL)) {
            load(source.client());
            CliRun preview = CliRun.withEnvironment(home, ENVIRONMENT, "copy", "Users", "--endpoint", source.endpoint().toString(),
                    "--region", "us-east-1", "--to-endpoint", target.endpoint().toString(), "--to-region", "us-east-1", "--create-table",
                    "--transform", "email=email", "--transform", "phones=remove", "--hash-secret-env", "DD_SECRET", "--preview", "2");
            assertThat(preview.code()).as(preview.err()).isZero();
            assertThat(preview.out()).contains("item 1").contains("item 2").doesNotContain("item 3")
                    .containsPattern("  email: \\{\"S\":\"[^\"]+\"}  →  \\{\"S\":\"[^\"]+@[^\"]+\"}")
                    .containsPattern("  phones: \\{\"SS\":\\[.*]}  →  \\(removed\\)").contains("  age: ").contains("(kept)");
            assertThat(target.client().listTables().tableNames()).as("a preview writes nothing").isEmpty();

            CliRun subset = CliRun.withEnvironment(home, ENVIRONMENT, "copy", "Orders", "--endpoint", source.endpoint().toString(),
                    "--region", "us-east-1", "--to-endpoint", target.endpoint().toString(), "--to-region", "us-east-1",
                    "--to-table", "OpenOrders", "--create-table", "--yes", "--partiql-where", "status = 'open'", "--transform",
                    "userId=hash", "--hash-secret-env", "DD_SECRET");
            assertThat(subset.code()).as(subset.err()).isZero();
            assertThat(subset.err()).contains("Subset: SELECT * FROM \"Orders\" WHERE status = 'open'");
            List<String> expected = ReferenceReader.scan(source.client(), "Orders").stream()
                    .filter(order -> text(order, "status").equals("open")).map(order -> text(order, "orderId")).sorted().toList();
            assertThat(ReferenceReader.scan(target.client(), "OpenOrders").stream().map(order -> text(order, "orderId")).sorted().toList())
                    .isNotEmpty().isEqualTo(expected);

            CliRun noSecret = CliRun.of(home, "copy", "Users", "--endpoint", source.endpoint().toString(), "--region", "us-east-1",
                    "--to-table", "Other", "--transform", "email=email");
            assertThat(noSecret.code()).isEqualTo(2);
            assertThat(noSecret.err()).contains("need a secret").contains("--hash-secret-env");
            CliRun badRule = CliRun.of(home, "copy", "Users", "--endpoint", source.endpoint().toString(), "--region", "us-east-1",
                    "--to-table", "Other", "--transform", "age=scramble");
            assertThat(badRule.code()).isEqualTo(2);
            assertThat(badRule.err()).contains("'scramble' is no transformer");
        }
    }

    private static CliRun copy(Backend source, Backend target, String table, String targetTable, List<String> rules) {
        List<String> args = new ArrayList<>(List.of("copy", table, "--endpoint", source.endpoint().toString(), "--region", "us-east-1",
                "--to-endpoint", target.endpoint().toString(), "--to-region", "us-east-1", "--to-table", targetTable, "--create-table",
                "--yes"));
        args.addAll(rules);
        return CliRun.withEnvironment(home, ENVIRONMENT, args.toArray(String[]::new));
    }

    /** The expected hash, worked out here: HMAC-SHA256(secret, counter 0 · "S:" · value), its first 16 bytes in hex. */
    private static String hmacHex(String value) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update(new byte[4]);
        byte[] digest = mac.doFinal(("S:" + value).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    private static String text(Map<String, Typed> item, String name) {
        return item.get(name).value().toString();
    }


    private static final String[] FIRST = {"Ana", "Bruno", "Chloe", "Dmitri", "Esther", "Farid", "Greta", "Hugo", "Ines", "Jonas"};

    private static void load(DynamoDbClient client) {
        client.createTable(b -> b.tableName("Users").billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(a -> a.attributeName("userId").attributeType("S"))
                .keySchema(k -> k.attributeName("userId").keyType("HASH")));
        client.createTable(b -> b.tableName("Orders").billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(a -> a.attributeName("orderId").attributeType("S"))
                .keySchema(k -> k.attributeName("orderId").keyType("HASH")));
        for (int n = 0; n < USERS; n++) {
            String first = FIRST[n % FIRST.length];
            Map<String, AttributeValue> user = new HashMap<>();
            user.put("userId", AttributeValue.fromS("user#u-" + (1000 + n)));
            user.put("email", AttributeValue.fromS(first.toLowerCase() + ".quill" + n + "@acme-mail.com"));
            user.put("name", AttributeValue.fromS(first + " Quill" + n + "son"));
            List<String> phones = new ArrayList<>();
            for (int p = 0; p <= n % 3; p++) {
                phones.add(String.format("+1 555 %04d %04d", n, 1000 + p));
            }
            user.put("phones", AttributeValue.fromSs(phones));
            user.put("age", AttributeValue.fromN(Integer.toString(18 + n % 60)));
            user.put("address", AttributeValue.fromM(Map.of("street", AttributeValue.fromS(n + " Lantern Row " + n),
                    "city", AttributeValue.fromS("Springfield"), "zip", AttributeValue.fromS(String.format("0%04d", n)),
                    "geo", AttributeValue.fromL(List.of(AttributeValue.fromN("42.35"), AttributeValue.fromN("-71.0" + n % 10))))));
            user.put("vip", AttributeValue.fromBool(n % 7 == 0));
            client.putItem(b -> b.tableName("Users").item(user));
        }
        for (int n = 0; n < ORDERS; n++) {
            int owner = n % USERS;
            Map<String, AttributeValue> order = new HashMap<>();
            order.put("orderId", AttributeValue.fromS("o-" + n));
            order.put("userId", AttributeValue.fromS("user#u-" + (1000 + owner)));
            order.put("status", AttributeValue.fromS(n % 4 == 0 ? "open" : "shipped"));
            order.put("note", AttributeValue.fromS("call " + FIRST[owner % FIRST.length].toLowerCase() + ".quill" + owner + "@acme-mail.com"));
            List<AttributeValue> lines = new ArrayList<>();
            for (int l = 0; l <= n % 3; l++) {
                lines.add(AttributeValue.fromM(Map.of("sku", AttributeValue.fromS("SKU-" + (n + l) % 50), "qty",
                        AttributeValue.fromN(Integer.toString(1 + l)), "price", AttributeValue.fromN((5 + l) + ".50"))));
            }
            order.put("lines", AttributeValue.fromL(lines));
            client.putItem(b -> b.tableName("Orders").item(order));
        }
    }
}
