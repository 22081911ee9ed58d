package dev.dynamodesk.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.dynamo.BatchWriter;
import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.testing.LocalDynamo;
import dev.dynamodesk.ui.common.TaskRunner;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ItemGridViewModelIT {
    @RegisterExtension
    final LocalDynamo local = new LocalDynamo();
    private DynamoServices services;

    @BeforeEach
    void table() {
        local.createTable("Things", "pk", "sk");
        List<Item> items = IntStream.range(0, 230).mapToObj(i -> {
            Item.Builder item = Item.builder().s("pk", "p" + (i % 7)).s("sk", String.format("s%04d", i)).n("n", i);
            if (i % 50 == 0) {
                item.s("rare", "only on some");
            }
            return item.build();
        }).toList();
        new BatchWriter(local.client()).putAll("Things", items, () -> false, n -> { });
        services = new DynamoServices(local.client());
    }

    @Test
    void loadsPageByPageWithKeysAsTheFirstColumns() {
        ItemGridViewModel model = new ItemGridViewModel("Things", services, TaskRunner.synchronous(), 100);
        model.open();
        assertThat(model.rows()).hasSize(100);
        assertThat(model.hasMoreProperty().get()).isTrue();
        assertThat(model.columns()).startsWith("pk", "sk", "n");
        assertThat(model.tableProperty().get().keyNames()).containsExactly("pk", "sk");
        assertThat(model.statusProperty().get()).startsWith("100 items loaded · more available");

        model.loadMore();
        model.loadMore();
        assertThat(model.rows()).hasSize(230);
        assertThat(model.hasMoreProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("230 items · all loaded");
        assertThat(model.columns()).containsExactly("pk", "sk", "n", "rare");
        assertThat(model.rows()).doesNotHaveDuplicates();

        model.loadMore(); // nothing more to load: no change
        assertThat(model.rows()).hasSize(230);
    }

    @Test
    void refreshStartsAgainFromTheFirstPage() {
        ItemGridViewModel model = new ItemGridViewModel("Things", services, TaskRunner.synchronous(), 100);
        model.open();
        model.loadMore();
        model.refresh();
        assertThat(model.rows()).hasSize(100);
        assertThat(model.hasMoreProperty().get()).isTrue();
    }

    @Test
    void aMissingTableBecomesAReadableErrorNotAnException() {
        ItemGridViewModel model = new ItemGridViewModel("Gone", services, TaskRunner.synchronous(), 100);
        model.open();
        assertThat(model.rows()).isEmpty();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.errorProperty().get().summary()).contains("non-existent table");
        assertThat(model.statusProperty().get()).startsWith("Could not load Gone");
    }
}
