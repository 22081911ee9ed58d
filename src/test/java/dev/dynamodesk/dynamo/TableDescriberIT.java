package dev.dynamodesk.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.local.SampleDataSeeder;
import dev.dynamodesk.local.SeedStateStore;
import dev.dynamodesk.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TableDescriberIT {
    @RegisterExtension
    final LocalDynamo local = new LocalDynamo();

    @Test
    void describesKeysIndexesAndSettingsAndMarksWhatLocalLacks() throws Exception {
        new SampleDataSeeder(local.client(), SeedStateStore.inMemory(), 0).createTablesAndSmallItems();
        TableDetails details = new DynamoServices(local.client()).describer().describe("App");

        assertThat(details.attributeDefinitions()).containsEntry("pk", "S").containsEntry("GSI1PK", "S");
        assertThat(details.indexes()).singleElement().satisfies(gsi -> {
            assertThat(gsi.name()).isEqualTo("GSI1");
            assertThat(gsi.global()).isTrue();
            assertThat(gsi.partitionKey().name()).isEqualTo("GSI1PK");
            assertThat(gsi.projection()).isEqualTo("ALL");
        });
        assertThat(details.billingMode()).isEqualTo("PAY_PER_REQUEST");
        assertThat(details.itemCount()).isEqualTo(54);
        assertThat(details.arn()).contains("table/App");
        assertThat(details.timeToLive().available()).isTrue();
        assertThat(details.timeToLive().value()).startsWith("DISABLED");
        // What Local cannot answer is a fact marked not available, with its reason, not an error.
        assertThat(details.tags().available()).isFalse();
        assertThat(details.tags().unavailable()).isEqualTo("Tagging is not currently supported in DynamoDB Local.");
        assertThat(details.pointInTimeRecovery().unavailable()).isEqualTo("An unknown operation was requested.");
        assertThat(details.tableClass().value()).isEqualTo("STANDARD (default)");
        assertThat(details.stream().value()).isEqualTo("DISABLED");
    }
}
