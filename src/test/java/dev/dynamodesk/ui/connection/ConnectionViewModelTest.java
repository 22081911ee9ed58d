package dev.dynamodesk.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.TableCatalog;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.testing.OfflineServices;
import dev.dynamodesk.testing.QueuedFx;
import dev.dynamodesk.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sidebar's connection without a server: what it shows of its tables, and which answer wins. */
class ConnectionViewModelTest {
    @RegisterExtension
    final QueuedFx fx = new QueuedFx();
    private final TaskRunner tasks = fx.tasks();

    private static TableInfo table(String name, long items) {
        return new TableInfo(name, "ACTIVE", new KeyAttribute("pk", AttributeType.S), null, List.of(), items, 0, "PAY_PER_REQUEST");
    }

    /** Tables and their sizes as a map; a listing may be made to wait for a latch. */
    private static final class Catalog implements TableCatalog {
        private final List<List<String>> listings = new ArrayList<>();
        private final List<CountDownLatch> gates = new ArrayList<>();
        private final Map<String, Long> sizes;
        private final java.util.concurrent.Semaphore started = new java.util.concurrent.Semaphore(0);
        private int calls;

        Catalog(Map<String, Long> sizes) {
            this.sizes = sizes;
        }

        Catalog thenLists(List<String> names, CountDownLatch gate) {
            listings.add(names);
            gates.add(gate);
            return this;
        }

        @Override
        public List<String> listTableNames() {
            int call;
            synchronized (this) {
                call = calls++;
            }
            started.release();
            try {
                gates.get(call).await(5, TimeUnit.SECONDS);
            } catch (InterruptedException cancelled) {
                // A newer listing cancelled this one; it answers anyway, as a slow server would.
            }
            return listings.get(call);
        }

        @Override
        public TableInfo describe(String tableName) {
            Long size = sizes.get(tableName);
            if (size == null) {
                throw new IllegalStateException("Requested resource not found: " + tableName);
            }
            return table(tableName, size);
        }
    }

    @Test
    void listsTheTablesWithTheirSizesAndLeavesOutATableThatCannotBeDescribed() throws Exception {
        Catalog catalog = new Catalog(Map.of("Orders", 120L, "Users", 3L))
                .thenLists(List.of("Orders", "Gone", "Users"), new CountDownLatch(0));
        ConnectionViewModel connection = new ConnectionViewModel(ConnectionProfile.builtInLocal(), tasks);
        connection.connected(ConnectionProfile.builtInLocal(), OfflineServices.with(catalog, null, null));
        fx.drain();
        assertThat(connection.tables()).containsExactly("Orders", "Gone", "Users");
        assertThat(connection.itemCounts()).containsExactlyInAnyOrderEntriesOf(Map.of("Orders", 120L, "Users", 3L));
        assertThat(connection.detailProperty().get()).isEqualTo("3 tables");
        assertThat(connection.stateProperty().get()).isEqualTo(ConnectionViewModel.State.READY);
    }

    @Test
    void theNewestListingWinsOverAnOlderOneAnsweringLate() throws Exception {
        CountDownLatch slow = new CountDownLatch(1);
        Catalog catalog = new Catalog(Map.of("Old", 1L, "New", 2L))
                .thenLists(List.of("Old"), slow)
                .thenLists(List.of("New"), new CountDownLatch(0));
        ConnectionViewModel connection = new ConnectionViewModel(ConnectionProfile.builtInLocal(), tasks);
        DynamoServices services = OfflineServices.with(catalog, null, null);
        connection.connected(ConnectionProfile.builtInLocal(), services); // the first listing hangs
        assertThat(catalog.started.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
        connection.refreshTables(); // the second answers at once
        fx.drain();
        slow.countDown(); // now the first answers, late
        fx.drain();
        assertThat(connection.tables()).containsExactly("New");
        assertThat(connection.itemCounts()).containsOnlyKeys("New");
    }

    @Test
    void aListingThatFailsSaysSoAndKeepsTheConnection() throws Exception {
        TableCatalog failing = new TableCatalog() {
            @Override
            public List<String> listTableNames() {
                throw new IllegalStateException("The security token included in the request is expired");
            }

            @Override
            public TableInfo describe(String tableName) {
                throw new AssertionError("nothing to describe");
            }
        };
        ConnectionViewModel connection = new ConnectionViewModel(ConnectionProfile.builtInLocal(), tasks);
        connection.connected(ConnectionProfile.builtInLocal(), OfflineServices.with(failing, null, null));
        fx.drain();
        assertThat(connection.detailProperty().get()).isEqualTo("Could not list tables");
        assertThat(connection.errorProperty().get().summary()).contains("token included in the request is expired");
        assertThat(connection.servicesProperty().get()).isNotNull();
    }

    @Test
    void aListingStillComingFromTheOldClientIsNotShownAfterAnEdit() throws Exception {
        CountDownLatch slow = new CountDownLatch(1);
        Catalog catalog = new Catalog(Map.of("Old", 1L)).thenLists(List.of("Old"), slow);
        ConnectionProfile profile = ConnectionProfile.builtInLocal();
        ConnectionViewModel connection = ConnectionViewModel.saved(profile, tasks);
        connection.connected(profile, OfflineServices.with(catalog, null, null)); // its listing hangs
        assertThat(catalog.started.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
        connection.replaceSaved(profile); // edited: the old client is forgotten
        slow.countDown();
        fx.drain();
        assertThat(connection.tables()).isEmpty();
        assertThat(connection.stateProperty().get()).isEqualTo(ConnectionViewModel.State.DISCONNECTED);
    }
}
