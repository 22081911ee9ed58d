package dev.dynamodesk.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.ItemCounter;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.MatchCounter;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.testing.OfflineServices;
import dev.dynamodesk.testing.QueuedFx;
import dev.dynamodesk.ui.common.TaskRunner;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The grid's count without a server: what it says while counting, when stopped, failed or made old. */
class ItemCountModelTest {
    private static final TableInfo ORDERS = new TableInfo("Orders", "ACTIVE", new KeyAttribute("id", AttributeType.S), null,
            List.of(), 0, 0, "PAY_PER_REQUEST");

    @RegisterExtension
    final QueuedFx fx = new QueuedFx();
    private final TaskRunner tasks = fx.tasks();

    private static QueryPlan scanOfOrders() {
        try {
            return QueryPlan.of(ItemQuery.scanAll("Orders"), ORDERS);
        } catch (dev.dynamodesk.dynamo.query.InvalidQueryException impossible) {
            throw new AssertionError(impossible);
        }
    }

    /** Reports 1,000 matches of 4,000 scanned, then waits to be let go (or stopped). */
    private static final class Counter implements MatchCounter {
        final CountDownLatch reported = new CountDownLatch(1);
        final CountDownLatch finish = new CountDownLatch(1);
        volatile RuntimeException failure;

        @Override
        public ItemCounter.Count count(QueryPlan plan, int segments, java.util.function.BooleanSupplier cancelled,
                java.util.function.Consumer<ItemCounter.Count> progress) {
            progress.accept(new ItemCounter.Count(1_000, 4_000, 12.5, 1, false));
            reported.countDown();
            while (finish.getCount() > 0 && !cancelled.getAsBoolean()) {
                Thread.onSpinWait();
            }
            if (failure != null) {
                throw failure;
            }
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException();
            }
            return new ItemCounter.Count(2_500, 10_000, 31.5, 3, true);
        }
    }

    private ItemCountModel model(Counter counter) {
        ItemCountModel model = new ItemCountModel(OfflineServices.with(null, counter, null), tasks, 4);
        model.reset(scanOfOrders());
        return model;
    }

    @Test
    void showsTheRunningCountThenTheTotalWithWhatWasScannedAndTheCapacity() throws Exception {
        Counter counter = new Counter();
        ItemCountModel model = model(counter);
        model.start();
        assertThat(model.textProperty().get()).isEqualTo("Counting…");
        assertThat(counter.reported.await(5, TimeUnit.SECONDS)).isTrue();
        fx.drain();
        assertThat(model.textProperty().get()).isEqualTo("Counting… 1,000 items · scanned 4,000 · 12.5 RCU");
        counter.finish.countDown();
        fx.drain();
        assertThat(model.countingProperty().get()).isFalse();
        assertThat(model.textProperty().get()).isEqualTo("2,500 items match · scanned 10,000 · 31.5 RCU");
    }

    @Test
    void stopSaysHowFarTheCountGot() throws Exception {
        Counter counter = new Counter();
        ItemCountModel model = model(counter);
        model.start();
        assertThat(counter.reported.await(5, TimeUnit.SECONDS)).isTrue();
        model.cancel();
        fx.drain();
        assertThat(model.countingProperty().get()).isFalse();
        assertThat(model.textProperty().get()).isEqualTo("Count stopped at 1,000+");
    }

    @Test
    void aNewQueryMakesARunningCountOldAndNothingItSaysIsShown() throws Exception {
        Counter counter = new Counter();
        ItemCountModel model = model(counter);
        model.start();
        assertThat(counter.reported.await(5, TimeUnit.SECONDS)).isTrue();
        model.reset(scanOfOrders()); // the user ran another query before the count's progress was shown
        counter.finish.countDown();
        fx.drain();
        assertThat(model.countingProperty().get()).isFalse();
        assertThat(model.textProperty().get()).isEmpty();
    }

    @Test
    void aFailedCountSaysWhy() throws Exception {
        Counter counter = new Counter();
        counter.failure = new IllegalStateException("Throughput exceeds the current capacity of your table");
        ItemCountModel model = model(counter);
        model.start();
        counter.finish.countDown();
        fx.drain();
        assertThat(model.textProperty().get()).startsWith("Count failed: ").contains("Throughput exceeds");
    }
}
