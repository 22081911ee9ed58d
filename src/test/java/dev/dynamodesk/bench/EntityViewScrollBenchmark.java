package dev.dynamodesk.bench;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.TransactionalWriter;
import dev.dynamodesk.entity.Entity;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.testing.FxLatencyProbe;
import dev.dynamodesk.testing.LocalDynamo;
import dev.dynamodesk.ui.browser.GridSettings;
import dev.dynamodesk.ui.browser.ItemGridView;
import dev.dynamodesk.ui.browser.ItemGridViewModel;
import dev.dynamodesk.ui.browser.TableLayouts;
import dev.dynamodesk.ui.common.TaskRunner;
import dev.dynamodesk.ui.entity.EntityModelStore;
import dev.dynamodesk.ui.entity.EntityViewModel;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxToolkit;

/**
 * Scrolling an entity's view (its key parameters worked out from each row's keys as it is drawn)
 * against the plain grid of the same rows: 20,000 memberships of a single-table design loaded,
 * then scrolled from top to bottom a screen at a time, with the longest FX wait (the pause a click
 * would feel) and the time of the whole scroll. Prints figures; asserts nothing about time.
 */
class EntityViewScrollBenchmark {
    private static final int ITEMS = 20_000;

    @RegisterExtension
    static final LocalDynamo local = new LocalDynamo();

    @Test
    void scrollingAnEntityViewAgainstThePlainGrid() throws Exception {
        local.createTable("Design", "pk", "sk");
        List<Item> items = IntStream.range(0, ITEMS).mapToObj(i -> Item.builder().s("pk", "company#c" + (i % 400))
                .s("sk", "user#u" + i + "@mail.example").s("type", "membership").s("role", i % 3 == 0 ? "admin" : "member")
                .s("joinedAt", "2026-0" + (1 + i % 9) + "-1" + (i % 10) + "T10:00:00Z").build()).toList();
        new TransactionalWriter(local.client()).putAll("Design", items, () -> false, n -> { });
        FxToolkit.registerPrimaryStage();
        TaskRunner tasks = TaskRunner.background();
        ItemGridViewModel[] model = new ItemGridViewModel[1];
        EntityViewModel[] entities = new EntityViewModel[1];
        TableView<?>[] grid = new TableView<?>[1];
        DynamoServices services = new DynamoServices(local.client());
        BenchTable.onFx(() -> {
            model[0] = new ItemGridViewModel("Design", ConnectionProfile.builtInLocal(), services, tasks, new GridSettings(1_000, 40_000, 4));
            ItemGridView view = new ItemGridView(model[0], TableLayouts.none(), "design", new ItemGridView.ItemOpener() {
                @Override
                public void open(Item item) {
                }

                @Override
                public void create(Item startFrom) {
                }
            });
            try {
                entities[0] = new EntityViewModel(ConnectionProfile.builtInLocal(), services, model[0],
                        new EntityModelStore(Files.createTempDirectory("entity-models")));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            grid[0] = view.grid();
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1400, 900));
            stage.show();
            model[0].open();
        });
        loadAll(model[0]);
        scroll("plain grid", grid[0]);
        entities[0].detect(2_000, null);
        while (entities[0].modelProperty().get() == null) {
            Thread.sleep(50);
        }
        Entity membership = entities[0].modelProperty().get().entities().get(0);
        BenchTable.onFx(() -> entities[0].show(membership));
        Thread.sleep(200);
        loadAll(model[0]);
        BenchTable.print("entity view of %s: %s", membership.name(), entities[0].explanationProperty().get());
        scroll("entity view (" + String.join(", ", membership.parameters()) + " worked out per row)", grid[0]);
        tasks.close();
        FxToolkit.cleanupStages();
    }

    private static void loadAll(ItemGridViewModel model) throws Exception {
        while (model.loadingProperty().get() || model.rows().isEmpty()) {
            Thread.sleep(20);
        }
        BenchTable.onFx(model::loadAll);
        while (model.loadingProperty().get() || model.hasMoreProperty().get()) {
            Thread.sleep(20);
        }
    }

    private static void scroll(String what, TableView<?> grid) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        FxLatencyProbe probe = FxLatencyProbe.startUntil(done);
        int rows = grid.getItems().size();
        long started = System.nanoTime();
        for (int row = 0; row < rows; row += 30) {
            int at = row;
            BenchTable.onFx(() -> grid.scrollTo(at));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        done.countDown();
        BenchTable.print("scrolled %s through %,d rows a screen at a time: %.2f s; longest FX wait %.1f ms, %d waits over 50 ms",
                what, rows, seconds, probe.worstMillis(), probe.longWaits());
    }
}
