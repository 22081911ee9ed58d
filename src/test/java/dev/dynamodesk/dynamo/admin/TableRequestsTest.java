package dev.dynamodesk.dynamo.admin;

import dev.dynamodesk.dynamo.PlannedRequest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.item.AttributeType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableRequestsTest {
    private static final KeyAttribute PK = new KeyAttribute("pk", AttributeType.S);
    private static final KeyAttribute SK = new KeyAttribute("sk", AttributeType.S);

    @Test
    void createShowsTheExactRequestWithEveryKeyDefinedOnce() {
        CreateTableSpec spec = new CreateTableSpec("Single", PK, SK,
                List.of(IndexSpec.global("GSI1", new KeyAttribute("GSI1PK", AttributeType.S), SK, IndexSpec.Projection.KEYS_ONLY),
                        IndexSpec.local("byDate", new KeyAttribute("date", AttributeType.N), IndexSpec.Projection.ALL)),
                Capacity.provisioned(5, 2), "expiresAt");
        assertThat(spec.problems()).isEmpty();
        List<PlannedRequest> requests = TableRequests.create(spec);
        assertThat(requests).extracting(PlannedRequest::operation).containsExactly("CreateTable", "UpdateTimeToLive");
        String json = requests.get(0).json();
        assertThat(json).contains("\"TableName\" : \"Single\"")
                .contains("\"BillingMode\" : \"PROVISIONED\"")
                .contains("\"ReadCapacityUnits\" : 5")
                .contains("\"IndexName\" : \"GSI1\"")
                .contains("\"ProjectionType\" : \"KEYS_ONLY\"")
                .contains("\"LocalSecondaryIndexes\"");
        assertThat(json.split("\"AttributeName\" : \"sk\"", -1)).hasSizeGreaterThan(2); // in key schemas
        assertThat(json).containsOnlyOnce("\"AttributeType\" : \"N\"");
        assertThat(requests.get(1).json()).contains("\"AttributeName\" : \"expiresAt\"").contains("\"Enabled\" : true");
        assertThat(requests.get(0).cliCommand()).startsWith("aws dynamodb create-table --cli-input-json '{");
    }

    @Test
    void refusesWhatDynamoDbWouldRefuse() {
        assertThat(new CreateTableSpec("ab", PK, null, List.of(), null, null).problems())
                .anySatisfy(p -> assertThat(p).contains("3 to 255 characters"));
        assertThat(new CreateTableSpec("bad name!", PK, null, List.of(), null, null).problems())
                .anySatisfy(p -> assertThat(p).contains("only letters, digits"));
        assertThat(new CreateTableSpec("NoSort", PK, null,
                List.of(IndexSpec.local("lsi1", SK, IndexSpec.Projection.ALL)), null, null).problems())
                .anySatisfy(p -> assertThat(p).contains("needs a table with a sort key"));
        assertThat(new CreateTableSpec("Clash", PK, null,
                List.of(IndexSpec.global("g1", new KeyAttribute("pk", AttributeType.N), null, IndexSpec.Projection.ALL)),
                null, null).problems()).anySatisfy(p -> assertThat(p).contains("two types"));
        assertThat(new CreateTableSpec("Cap", PK, null, List.of(), Capacity.provisioned(0, 1), null).problems())
                .anySatisfy(p -> assertThat(p).contains("at least 1 read"));
        assertThat(new CreateTableSpec("Inc", PK, null,
                List.of(new IndexSpec("g1", true, SK, null, IndexSpec.Projection.INCLUDE, List.of(), null, null)), null, null)
                .problems()).anySatisfy(p -> assertThat(p).contains("name the attributes to include"));
    }

    @Test
    void deleteIsOneRequest() {
        assertThat(TableRequests.delete("Gone").json()).contains("\"TableName\" : \"Gone\"");
    }

    private static KeyAttribute key(String name, AttributeType type) {
        return new KeyAttribute(name, type);
    }

    @Test
    void aGlobalIndexKeyedOnFourAndFourAttributesIsCreatedWithEveryOneInOrder() {
        List<KeyAttribute> partition = List.of(key("tournament", AttributeType.S), key("region", AttributeType.S),
                key("season", AttributeType.N), key("tier", AttributeType.B));
        List<KeyAttribute> sort = List.of(key("round", AttributeType.S), key("bracket", AttributeType.S), key("score", AttributeType.N),
                key("pk", AttributeType.S));
        CreateTableSpec spec = new CreateTableSpec("Matches", PK, null,
                List.of(IndexSpec.global("byBracket", partition, sort, IndexSpec.Projection.ALL)), null, null);
        assertThat(spec.problems()).isEmpty();
        var request = (software.amazon.awssdk.services.dynamodb.model.CreateTableRequest) TableRequests.create(spec).get(0).request();
        assertThat(request.globalSecondaryIndexes().get(0).keySchema()).extracting(e -> e.attributeName() + ":" + e.keyTypeAsString())
                .containsExactly("tournament:HASH", "region:HASH", "season:HASH", "tier:HASH",
                        "round:RANGE", "bracket:RANGE", "score:RANGE", "pk:RANGE");
        // Every attribute defined once with its type; pk (the table's key, and the index's last sort attribute) once.
        assertThat(request.attributeDefinitions()).extracting(d -> d.attributeName() + ":" + d.attributeTypeAsString())
                .containsExactly("pk:S", "tournament:S", "region:S", "season:N", "tier:B", "round:S", "bracket:S", "score:N");
        assertThat(TableRequests.create(spec).get(0).json()).contains("\"KeyType\" : \"HASH\"").contains("\"AttributeName\" : \"tier\"");
    }

    @Test
    void aMultiAttributeKeyBreakingDynamoDbsLimitsIsRefused() {
        List<KeyAttribute> five = List.of(key("a", AttributeType.S), key("b", AttributeType.S), key("c", AttributeType.S),
                key("d", AttributeType.S), key("e", AttributeType.S));
        assertThat(new CreateTableSpec("T5", PK, null, List.of(IndexSpec.global("g", five, List.of(), null)), null, null).problems())
                .contains("The index g has 5 partition-key attributes; at most 4 are allowed.");
        assertThat(new CreateTableSpec("T5", PK, null, List.of(IndexSpec.global("g", five.subList(0, 1), five, null)), null, null).problems())
                .contains("The index g has 5 sort-key attributes; at most 4 are allowed.", "The index g names a twice in its key;"
                        + " each attribute may be used once.");
        assertThat(new CreateTableSpec("Tb", PK, null, List.of(IndexSpec.global("g", List.of(key("a", AttributeType.S),
                key("", AttributeType.S)), List.of(), null)), null, null).problems())
                .contains("Name every key attribute of the index g, or remove the empty one.");
        IndexSpec local = new IndexSpec("l", false, null, SK, null, List.of(), null, null, List.of(), List.of(key("x", AttributeType.S)));
        assertThat(new CreateTableSpec("Tl", PK, SK, List.of(local), null, null).problems())
                .contains("The local index l cannot have a key of several attributes; only global indexes can.");
        assertThat(new CreateTableSpec("Tt", PK, null, List.of(IndexSpec.global("g", List.of(key("a", AttributeType.S),
                key("n", AttributeType.N)), List.of(key("n", AttributeType.S)), null)), null, null).problems())
                .anySatisfy(p -> assertThat(p).contains("two types"));
    }

    @Test
    void anIndexAddedToATableDefinesEveryKeyAttribute() {
        dev.dynamodesk.dynamo.TableInfo info = new dev.dynamodesk.dynamo.TableInfo("T", "ACTIVE", PK, null, List.of(), 0, 0, "PAY_PER_REQUEST");
        dev.dynamodesk.dynamo.TableDetails current = new dev.dynamodesk.dynamo.TableDetails(info, java.util.Map.of(), List.of(), "ACTIVE",
                null, null, "PAY_PER_REQUEST", null, null, 0, 0, null, null, null, null, null, null);
        UpdateTableSpec change = new UpdateTableSpec("T", null, List.of(IndexSpec.global("multi", List.of(key("a", AttributeType.S),
                key("b", AttributeType.N)), List.of(key("c", AttributeType.S), key("d", AttributeType.N)), null)), List.of(), null);
        var request = (software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest) TableRequests.update(current, change).get(0).request();
        assertThat(request.globalSecondaryIndexUpdates().get(0).create().keySchema())
                .extracting(e -> e.attributeName() + ":" + e.keyTypeAsString()).containsExactly("a:HASH", "b:HASH", "c:RANGE", "d:RANGE");
        assertThat(request.attributeDefinitions()).extracting(d -> d.attributeName() + ":" + d.attributeTypeAsString())
                .containsExactly("a:S", "b:N", "c:S", "d:N");
        assertThat(change.addedIndexProblems(java.util.Map.of("pk", "S", "b", "S"))).containsExactly("The attribute b is already a key"
                + " of type S in T; the index multi must use it as S too.");
        assertThat(change.addedIndexProblems(java.util.Map.of("pk", "S", "b", "N"))).isEmpty();
    }
}
