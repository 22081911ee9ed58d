package dev.dynamodesk.dynamo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.item.Item;
import dev.dynamodesk.testing.LocalDynamo;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ItemDeleterIT {
    @RegisterExtension
    final LocalDynamo local = new LocalDynamo();

    @Test
    void deletesWholeItemsByTheirKeysInBatches() {
        local.createTable("Doomed", "pk", "sk");
        List<Item> items = IntStream.range(0, 60).mapToObj(i -> Item.builder().s("pk", "p").s("sk", "s" + i).n("n", i).build()).toList();
        new BatchWriter(local.client()).putAll("Doomed", items, () -> false, n -> { });
        TableInfo info = new TableService(local.client()).describe("Doomed");
        ItemDeleter deleter = new DynamoServices(local.client()).deleter();

        ItemDeleter.Outcome outcome = deleter.delete("Doomed", info, items.subList(0, 55), () -> false, n -> { });
        assertThat(outcome.deleted()).isEqualTo(55);
        assertThat(outcome.failed()).isEmpty();
        assertThat(local.client().scan(b -> b.tableName("Doomed")).count()).isEqualTo(5);
    }

    @Test
    void aReadOnlyConnectionRefusesBeforeSendingAnything() {
        local.createTable("Kept", "pk", null);
        new BatchWriter(local.client()).putAll("Kept", List.of(Item.builder().s("pk", "a").build()), () -> false, n -> { });
        TableInfo info = new TableService(local.client()).describe("Kept");
        DynamoServices readOnly = new DynamoServices(local.client(), new WriteGuard(true, "Prod"));
        assertThatThrownBy(() -> readOnly.deleter().delete("Kept", info, List.of(Item.builder().s("pk", "a").build()), () -> false, n -> { }))
                .isInstanceOf(WriteGuard.ReadOnlyException.class)
                .hasMessage("The connection Prod is read-only: refused to delete 1 item from Kept.");
        assertThat(local.client().scan(b -> b.tableName("Kept")).count()).isEqualTo(1);
    }
}
