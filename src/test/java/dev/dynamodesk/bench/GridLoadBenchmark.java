package dev.dynamodesk.bench;

import dev.dynamodesk.testing.Verdict;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.ItemPage;
import dev.dynamodesk.dynamo.TableService;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.testing.LocalDynamo;
import dev.dynamodesk.ui.browser.GridSettings;
import dev.dynamodesk.ui.browser.ItemGridView;
import dev.dynamodesk.ui.browser.ItemGridViewModel;
import dev.dynamodesk.ui.browser.TableLayouts;
import dev.dynamodesk.ui.common.TaskRunner;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxToolkit;

/**
 * How much loading a table into the grid costs over the SDK's own scan of it, and how long the FX
 * thread ever pauses while 100,000 items load. Prints figures; asserts nothing about time.
 * Run with {@code mvn -Pbenchmark verify} (about three minutes).
 */
class GridLoadBenchmark {
    private static final int ITEMS = Integer.getInteger("bench.items", 100_000);
    private static final int LIMIT = 500;
    /** After the first rows showed, before "All" is clicked: a user's reaction takes longer. */
    private static final int SETTLE_MS = 300;

    @RegisterExtension
    static final LocalDynamo local = new LocalDynamo();

    @Test
    void gridLoadAgainstTheSdksOwnScan() throws Exception {
        seed();
        DynamoServices services = new DynamoServices(local.client());
        QueryPlan plan = QueryPlan.of(ItemQuery.scanAll("Bench"), new TableService(local.client()).describe("Bench"));

        if (Boolean.getBoolean("bench.gridOnly")) {
            int held = Integer.getInteger("bench.maxLoaded", 20_000);
            if (Boolean.getBoolean("bench.segmentsFirst")) {
                // Which of the two pays for the first grid of the JVM (class loading, JIT)?
                uiLoad(services, new GridSettings(500, held, 4), "grid view, 4 parallel segments");
                uiLoad(services, new GridSettings(500, held, 1), "grid view, one segment");
                return;
            }
            uiLoad(services, new GridSettings(500, held, 1), "grid view, one segment");
            uiLoad(services, new GridSettings(500, held, 4), "grid view, 4 parallel segments");
            return;
        }
        // Warm both paths once on a slice, so neither pays for class loading and JIT alone.
        sdkScan(5_000);
        readerScan(services, plan, 5_000);

        double sdk = 0;
        double reader = 0;
        for (int round = 1; round <= 2; round++) {
            double sdkSeconds = sdkScan(Integer.MAX_VALUE);
            double readerSeconds = readerScan(services, plan, Integer.MAX_VALUE);
            print("round %d: SDK scan %.1f s (%,.0f items/s) · grid reader %.1f s (%,.0f items/s) · %+.1f%%", round,
                    sdkSeconds, ITEMS / sdkSeconds, readerSeconds, ITEMS / readerSeconds, (readerSeconds / sdkSeconds - 1) * 100);
            sdk += sdkSeconds;
            reader += readerSeconds;
        }
        print("reader path overall: %+.1f%% against the SDK's scan (budget: at most +10%%)", (reader / sdk - 1) * 100);

        uiLoad(services, new GridSettings(500, 20_000, 1), "grid view, one segment");
        uiLoad(services, new GridSettings(500, 20_000, 4), "grid view, 4 parallel segments");
    }

    private static void seed() {
        BenchTable.seed(local.client(), "Bench", ITEMS);
    }

    /** The SDK alone: Scan with the same Limit, items left as the SDK's maps. */
    private static double sdkScan(int max) {
        return BenchTable.sdkScan(local.client(), "Bench", LIMIT, 0, 1, max);
    }

    /** What the grid does off the FX thread: chunks read and turned into our items. */
    private static double readerScan(DynamoServices services, QueryPlan plan, int max) {
        long start = System.nanoTime();
        Item next = null;
        int seen = 0;
        do {
            ItemPage chunk = services.reader().readChunk(plan, next, 500, () -> false);
            seen += chunk.items().size();
            next = chunk.lastEvaluatedKey();
        } while (next != null && seen < max);
        return (System.nanoTime() - start) / 1e9;
    }

    /** The real view and view model on the FX thread (headless), timing the gaps between frames. */
    private static void uiLoad(DynamoServices services, GridSettings settings, String what) throws Exception {
        FxToolkit.registerPrimaryStage();
        TaskRunner tasks = TaskRunner.background();
        AtomicLong lastFrame = new AtomicLong();
        AtomicLong worstGap = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        ItemGridViewModel[] model = new ItemGridViewModel[1];
        long[] started = new long[1];
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long previous = lastFrame.getAndSet(now);
                if (previous != 0) {
                    worstGap.accumulateAndGet(now - previous, Math::max);
                    if (now - previous > 50_000_000 && Boolean.getBoolean("bench.trace")) {
                        System.out.printf("GAP %d ms at %d ms (wall clock %d)%n", (now - previous) / 1_000_000,
                                (now - started[0]) / 1_000_000, System.currentTimeMillis());
                    }
                }
                if (model[0] != null && !model[0].loadingProperty().get() && !model[0].hasMoreProperty().get()
                        && model[0].rows().size() == ITEMS) {
                    done.countDown();
                }
            }
        };
        java.util.concurrent.atomic.AtomicLongArray firstRows = new java.util.concurrent.atomic.AtomicLongArray(2);
        Platform.runLater(() -> {
            model[0] = new ItemGridViewModel("Bench", ConnectionProfile.builtInLocal(), services, tasks, settings);
            Stage stage = new Stage();
            Scene scene = new Scene(Boolean.getBoolean("bench.noView") ? new javafx.scene.control.Label("no grid")
                    : new ItemGridView(model[0], TableLayouts.none(), "bench", new ItemGridView.ItemOpener() {
                        @Override
                        public void open(Item item) {
                        }

                        @Override
                        public void create(Item startFrom) {
                        }
                    }), 1200, 800);
            stage.setScene(scene);
            stage.show();
            // Open → the first pulse whose layout has rows with items in them (painted right after).
            Runnable rowsShown = new Runnable() {
                @Override
                public void run() {
                    boolean shown = scene.getRoot().lookupAll(".table-row-cell").stream().anyMatch(node ->
                            node instanceof javafx.scene.control.TableRow<?> row && !row.isEmpty() && row.getItem() != null);
                    if (shown && firstRows.get(1) == 0) {
                        firstRows.set(1, System.nanoTime());
                        scene.removePostLayoutPulseListener(this);
                    }
                }
            };
            scene.addPostLayoutPulseListener(rowsShown);
            firstRows.set(0, System.nanoTime());
            model[0].open();
            frames.start();
        });
        // Wait for the first rows on screen (a user clicks "All" after seeing them; before, the
        // first layout of the grid's rows was counted as a wait of the load), then a few frames
        // more, then time "Load all" to the end.
        while (Boolean.getBoolean("bench.noView") ? model[0] == null || model[0].rows().isEmpty() : firstRows.get(1) == 0) {
            Thread.sleep(20);
        }
        Thread.sleep(SETTLE_MS);
        Platform.runLater(() -> {
            worstGap.set(0);
            started[0] = System.nanoTime();
            model[0].loadAll();
        });
        // How long an event waits before the FX thread runs it: the pause a click would feel.
        dev.dynamodesk.testing.FxLatencyProbe probe = dev.dynamodesk.testing.FxLatencyProbe.startUntil(done);
        Thread[] fx = new Thread[1];
        CountDownLatch found = new CountDownLatch(1);
        Platform.runLater(() -> {
            fx[0] = Thread.currentThread();
            found.countDown();
        });
        found.await();
        dev.dynamodesk.testing.FxThreadSampler sampler = Boolean.getBoolean("bench.sampleFx")
                ? dev.dynamodesk.testing.FxThreadSampler.start(fx[0]) : null;
        if (sampler != null && Integer.getInteger("bench.sampleFirstMs", 0) > 0) {
            // Only the start of the load, where the longest waits were.
            Thread.sleep(Integer.getInteger("bench.sampleFirstMs"));
            sampler.stopAndPrint(80);
            sampler = null;
        }
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The grid did not finish loading");
        }
        if (sampler != null) {
            sampler.stopAndPrint(60);
        }
        double seconds = (System.nanoTime() - started[0]) / 1e9;
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        int held = model[0].loadedItems().size();
        print("%s: %,d rows in %.1f s (%,.0f items/s) · longest wait of an FX event %.0f ms · longest gap between frames %.0f ms"
                        + " · %,d items held in memory · heap %d MB",
                what, ITEMS, seconds, ITEMS / seconds, probe.worstMillis(), worstGap.get() / 1e6, held, heapMb);
        print("%s: events that waited over 50 ms: %d, the last of them %.0f ms after All was pressed (of %.0f ms)",
                what, probe.longWaits(), probe.lastLongWaitMillis(), seconds * 1000);
        Verdict.print(Verdict.limit(what + ": longest wait of an FX event while All loads", probe.worstMillis(), "ms", 50));
        Verdict.print(Verdict.limit(what + ": first rows on screen after opening the table",
                (firstRows.get(1) - firstRows.get(0)) / 1e6, "ms", 300));
        Verdict.print(Verdict.limit(what + ": a load stopped (Stop) to loading over", stopMillis(model[0]), "ms", 100));
        Platform.runLater(frames::stop);
        tasks.close();
        FxToolkit.cleanupStages();
    }

    /** Starts "All" again and presses Stop half a second in: how long until the grid says it stopped. */
    private static double stopMillis(ItemGridViewModel model) throws Exception {
        CountDownLatch reopened = new CountDownLatch(1);
        Platform.runLater(() -> {
            model.refresh();
            model.loadingProperty().addListener((observable, was, loading) -> {
                if (!loading) {
                    reopened.countDown();
                }
            });
        });
        reopened.await(1, TimeUnit.MINUTES);
        CountDownLatch stopped = new CountDownLatch(1);
        long[] pressed = new long[2];
        Platform.runLater(() -> {
            model.loadAll();
            model.loadingProperty().addListener((observable, was, loading) -> {
                if (!loading && pressed[0] != 0 && pressed[1] == 0) {
                    pressed[1] = System.nanoTime();
                    stopped.countDown();
                }
            });
        });
        Thread.sleep(500);
        Platform.runLater(() -> {
            pressed[0] = System.nanoTime();
            model.cancel();
        });
        if (!stopped.await(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("Stop did not stop the load");
        }
        return (pressed[1] - pressed[0]) / 1e6;
    }

    private static void print(String format, Object... args) {
        BenchTable.print(format, args);
    }
}
