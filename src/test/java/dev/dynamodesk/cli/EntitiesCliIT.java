package dev.dynamodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.entity.EntityModel;
import dev.dynamodesk.entity.EntityModelFiles;
import dev.dynamodesk.local.SampleDataSeeder;
import dev.dynamodesk.local.SeedStateStore;
import dev.dynamodesk.testing.FaultProxy;
import dev.dynamodesk.testing.LocalDynamo;
import dev.dynamodesk.testing.ReferenceReader;
import dev.dynamodesk.testing.SameItems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * {@code dynamodesk entities} on the sample App table, and {@code dynamodesk pattern} running the
 * sample model's access patterns: each one's items are the SDK's own Query's, by value, and the
 * requests that went over the wire (counted by a proxy) were Queries, never a Scan.
 */
class EntitiesCliIT {
    @RegisterExtension
    static final LocalDynamo LOCAL = new LocalDynamo();

    @TempDir
    static Path home;

    @BeforeAll
    static void sampleTables() throws Exception {
        new SampleDataSeeder(LOCAL.client(), SeedStateStore.inMemory(), 0).createTablesAndSmallItems();
    }

    private static CliRun run(String... args) {
        return CliRun.of(home, args);
    }

    @Test
    void theSampleAppTablesEntitiesArePrintedAndSaved() throws Exception {
        Path saved = home.resolve("app.entities.json");
        Path workbench = home.resolve("app.workbench.json");
        CliRun detected = run("entities", "App", "--endpoint", LOCAL.endpoint().toString(), "--region", "us-east-1", "--save",
                saved.toString(), "--workbench", workbench.toString());
        assertThat(detected.code()).as(detected.err()).isZero();
        assertThat(detected.out()).startsWith("App: 54 items sampled · type attribute: type · 4 entities, 0 Other")
                .containsPattern("membership +21 +39% +pk = company#\\{companyId} · sk = user#\\{email} · GSI1PK = user#\\{email}"
                        + " · GSI1SK = company#\\{companyId}")
                .containsPattern("user +18 +33% +pk = user#\\{email} · sk = profile · GSI1PK = type#user · GSI1SK = \\{email}")
                .containsPattern("company +5 +9% +pk = company#\\{companyId} · sk = company#\\{companyId} · GSI1PK = type#company")
                .contains("company (companyId, name):").containsPattern("  seats +N +100%");
        assertThat(detected.err()).containsPattern("Detected in [0-9,]+ ms from 54 items.");
        EntityModel model = EntityModelFiles.load(saved, null);
        assertThat(model.entities()).extracting(e -> e.name()).containsExactly("membership", "user", "project", "company");
        assertThat(EntityModelFiles.load(workbench, null).entities()).extracting(e -> e.name())
                .containsExactly("membership", "user", "project", "company");
        // The sample model shipped with the app is what detection finds, with three patterns added.
        EntityModel shipped = shippedModel();
        assertThat(shipped.entities()).extracting(e -> e.name() + " " + e.keys())
                .containsExactlyElementsOf(model.entities().stream().map(e -> e.name() + " " + e.keys()).toList());
        assertThat(shipped.patterns()).extracting(p -> p.name())
                .containsExactly("Users of a company", "Companies of a user", "Projects of a company");

        CliRun orders = run("entities", "Orders", "--endpoint", LOCAL.endpoint().toString(), "--region", "us-east-1");
        assertThat(orders.code()).as(orders.err()).isZero();
        assertThat(orders.out()).contains("No single-table design recognised: every item is Other. Looked for a type attribute");
    }

    @Test
    void patternsRunAsQueriesAndFindWhatTheSdksOwnQueryFinds() throws Exception {
        Path model = home.resolve("App.entities.json");
        Files.writeString(model, new String(EntitiesCliIT.class.getResourceAsStream("/dev/dynamodesk/local/samples/App.entities.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        try (FaultProxy proxy = new FaultProxy(LOCAL.endpoint())) {
            String endpoint = proxy.endpoint().toString();
            CliRun listed = run("pattern", model.toString());
            assertThat(listed.code()).as(listed.err()).isZero();
            assertThat(listed.out()).containsPattern("Users of a company +companyId +App where company#\\{companyId} and sort begins with user#")
                    .containsPattern("Companies of a user +email +GSI1 where user#\\{email} and sort begins with company#");

            Path users = home.resolve("users.jsonl");
            CliRun ran = run("pattern", model.toString(), "Users of a company", "--param", "companyId=acme", "--endpoint", endpoint,
                    "--region", "us-east-1");
            assertThat(ran.code()).as(ran.err()).isZero();
            assertThat(ran.err()).contains("Users of a company: Query of App where pk = company#acme and begins_with(sk, \"user#\")");
            Files.writeString(users, ran.out());
            var reference = ReferenceReader.query(LOCAL.client(), QueryRequest.builder().tableName("App")
                    .keyConditionExpression("pk = :p and begins_with(sk, :s)")
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("company#acme"), ":s", AttributeValue.fromS("user#"))).build());
            assertThat(reference).hasSize(6);
            SameItems.assertSame("Users of a company", reference, ReferenceReader.dynamoJsonLines(users), List.of("pk", "sk"));

            Path companies = home.resolve("companies.jsonl");
            CliRun inverted = run("pattern", model.toString(), "Companies of a user", "--param", "email=ana@email.com", "--endpoint",
                    endpoint, "--region", "us-east-1");
            assertThat(inverted.code()).as(inverted.err()).isZero();
            Files.writeString(companies, inverted.out());
            var onIndex = ReferenceReader.query(LOCAL.client(), QueryRequest.builder().tableName("App").indexName("GSI1")
                    .keyConditionExpression("GSI1PK = :p and begins_with(GSI1SK, :s)")
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("user#ana@email.com"), ":s", AttributeValue.fromS("company#")))
                    .build());
            assertThat(onIndex).hasSize(3);
            SameItems.assertSame("Companies of a user", onIndex, ReferenceReader.dynamoJsonLines(companies), List.of("pk", "sk"));
            assertThat(proxy.requests("Query")).isGreaterThanOrEqualTo(2);
            assertThat(proxy.requests("Scan")).isZero();

            CliRun missing = run("pattern", model.toString(), "Users of a company", "--endpoint", endpoint, "--region", "us-east-1");
            assertThat(missing.code()).isEqualTo(2);
            assertThat(missing.err()).contains("Users of a company needs --param companyId=…");
            CliRun unknown = run("pattern", model.toString(), "Nobody", "--endpoint", endpoint, "--region", "us-east-1");
            assertThat(unknown.code()).isEqualTo(2);
            assertThat(unknown.err()).contains("has no pattern 'Nobody'; it has: Users of a company, Companies of a user, Projects of a company");
        }
    }

    private static EntityModel shippedModel() throws Exception {
        Path copy = home.resolve("shipped.json");
        Files.write(copy, EntitiesCliIT.class.getResourceAsStream("/dev/dynamodesk/local/samples/App.entities.json").readAllBytes());
        return EntityModelFiles.load(copy, null);
    }
}
