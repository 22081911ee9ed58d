package dev.dynamodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.testing.Backend;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * An index keyed on several attributes (DynamoDB, November 2025), on moto which implements them:
 * {@code describe} shows every key attribute in order, not only the first; a query of it is refused
 * before anything is sent, saying why, where the server would answer "Query condition missed key
 * schema element". (The first step of issue 18: shown correctly; queries come next.)
 */
class MultiAttributeKeyIT {
    @TempDir
    static Path home;

    static CreateTableRequest table(String name) {
        return CreateTableRequest.builder().tableName(name).billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("a").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("b").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("c").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("d").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .globalSecondaryIndexes(g -> g.indexName("multi").projection(p -> p.projectionType("ALL")).keySchema(
                        k -> k.attributeName("a").keyType(KeyType.HASH), k -> k.attributeName("b").keyType(KeyType.HASH),
                        k -> k.attributeName("c").keyType(KeyType.RANGE), k -> k.attributeName("d").keyType(KeyType.RANGE)))
                .build();
    }

    @Test
    void describeShowsEveryKeyAttributeAndAQueryIsRefusedWithTheReason() throws Exception {
        try (Backend moto = Backend.start(Backend.Kind.MOTO)) {
            DynamoDbClient client = moto.client();
            client.createTable(table("Multi"));
            for (int i = 0; i < 4; i++) {
                int n = i;
                client.putItem(b -> b.tableName("Multi").item(Map.of("id", AttributeValue.fromS("i" + n), "a", AttributeValue.fromS("x"),
                        "b", AttributeValue.fromN(Integer.toString(n % 2)), "c", AttributeValue.fromS("c" + n),
                        "d", AttributeValue.fromN(Integer.toString(n)))));
            }
            String endpoint = moto.endpoint().toString();
            CliRun described = CliRun.of(home, "describe", "Multi", "--endpoint", endpoint, "--region", "us-east-1");
            assertThat(described.code()).as(described.err()).isZero();
            assertThat(described.out()).containsPattern("multi +global +a \\(S\\) \\+ b \\(N\\) +c \\(S\\) \\+ d \\(N\\)");

            CliRun queried = CliRun.of(home, "query", "Multi", "--index", "multi", "--key", "x", "--endpoint", endpoint, "--region",
                    "us-east-1");
            assertThat(queried.code()).isEqualTo(2);
            assertThat(queried.err()).contains("The index multi is keyed on several attributes (a (S) + b (N); sort c (S) + d (N))")
                    .contains("not supported yet");
            CliRun scanned = CliRun.of(home, "scan", "Multi", "--index", "multi", "--endpoint", endpoint, "--region", "us-east-1");
            assertThat(scanned.code()).as(scanned.err()).isZero();
            assertThat(scanned.out().lines().filter(line -> !line.isBlank()).count()).isEqualTo(4);
        }
    }

    /** DynamoDB Local 2.6.1 has no multi-attribute keys: it refuses such an index when the table is made, in these words. */
    @Test
    void dynamoDbLocalRefusesSuchAnIndexInItsOwnWords() throws Exception {
        try (Backend local = Backend.start(Backend.Kind.DYNAMODB_LOCAL)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> local.client().createTable(table("Multi")))
                    .isInstanceOf(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class)
                    .hasMessageContaining("Key Schema too big.  Key Schema must at most consist of the hash and range key of a table");
            assertThat(local.client().listTables().tableNames()).doesNotContain("Multi");
        }
    }
}
