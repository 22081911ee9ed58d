package dev.dynamodesk.dynamo.admin;

import dev.dynamodesk.dynamo.PlannedRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.TableDetails;
import dev.dynamodesk.dynamo.WriteGuard;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.testing.LocalDynamo;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TableAdminIT {
    private static final KeyAttribute PK = new KeyAttribute("pk", AttributeType.S);
    private static final KeyAttribute SK = new KeyAttribute("sk", AttributeType.N);

    @RegisterExtension
    final LocalDynamo local = new LocalDynamo();

    @Test
    void createsChangesAndDeletesATable() {
        DynamoServices services = new DynamoServices(local.client());
        CreateTableSpec spec = new CreateTableSpec("Managed", PK, SK,
                List.of(IndexSpec.global("byOwner", new KeyAttribute("owner", AttributeType.S), null, IndexSpec.Projection.ALL),
                        IndexSpec.local("byDate", new KeyAttribute("date", AttributeType.S), IndexSpec.Projection.KEYS_ONLY)),
                Capacity.ON_DEMAND, "expiresAt");
        services.admin().execute(TableRequests.create(spec), () -> false, step -> { });
        TableDetails created = services.describer().describe("Managed");
        assertThat(created.indexes()).extracting(TableDetails.IndexDetails::name).containsExactlyInAnyOrder("byOwner", "byDate");
        assertThat(created.timeToLive().value()).isEqualTo("ENABLED on expiresAt");
        assertThat(created.billingMode()).isEqualTo("PAY_PER_REQUEST");

        UpdateTableSpec update = new UpdateTableSpec("Managed", Capacity.provisioned(3, 4),
                List.of(IndexSpec.global("byStatus", new KeyAttribute("status", AttributeType.S), SK, IndexSpec.Projection.KEYS_ONLY)),
                List.of("byOwner"), new UpdateTableSpec.TimeToLive(false, "expiresAt"));
        List<PlannedRequest> requests = TableRequests.update(created, update);
        assertThat(requests).extracting(PlannedRequest::operation)
                .containsExactly("UpdateTable", "UpdateTable", "UpdateTable", "UpdateTimeToLive");
        services.admin().execute(requests, () -> false, step -> { });
        TableDetails changed = services.describer().describe("Managed");
        assertThat(changed.billingMode()).isEqualTo("PROVISIONED");
        assertThat(changed.readCapacity()).isEqualTo(3);
        assertThat(changed.indexes()).extracting(TableDetails.IndexDetails::name).containsExactlyInAnyOrder("byStatus", "byDate");
        assertThat(changed.timeToLive().value()).startsWith("DISABLED");

        services.admin().execute(List.of(TableRequests.delete("Managed")), () -> false, step -> { });
        assertThat(services.tables().listTableNames()).doesNotContain("Managed");
    }

    @Test
    void aReadOnlyConnectionRefusesTableChanges() {
        DynamoServices readOnly = new DynamoServices(local.client(), new WriteGuard(true, "Prod"));
        assertThatThrownBy(() -> readOnly.admin().execute(
                TableRequests.create(new CreateTableSpec("Nope", PK, null, List.of(), null, null)), () -> false, step -> { }))
                .isInstanceOf(WriteGuard.ReadOnlyException.class)
                .hasMessageContaining("refused to CreateTable Nope");
        assertThat(readOnly.tables().listTableNames()).isEmpty();
    }
}
