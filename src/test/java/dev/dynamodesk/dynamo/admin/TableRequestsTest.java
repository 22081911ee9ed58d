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
}
