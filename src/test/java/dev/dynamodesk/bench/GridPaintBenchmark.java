package dev.dynamodesk.bench;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.testing.LocalDynamo;
import dev.dynamodesk.ui.browser.GridSettings;
import dev.dynamodesk.ui.browser.ItemGridView;
import dev.dynamodesk.ui.browser.ItemGridViewModel;
import dev.dynamodesk.ui.browser.TableLayouts;
import dev.dynamodesk.ui.common.TaskRunner;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxToolkit;

/**
 * What painting the whole grid once costs in the software pipeline (a snapshot renders every
 * node, as a frame does when every row on screen changed), with the grid's styles as they are and
 * without its cell borders. Prints figures; asserts nothing about time.
 */
class GridPaintBenchmark {
    private static final int ROUNDS = 30;

    @RegisterExtension
    static final LocalDynamo local = new LocalDynamo();

    @Test
    @SuppressWarnings("unchecked")
    void paintingTheWholeGrid() throws Exception {
        BenchTable.seed(local.client(), "Paint", 2_000);
        FxToolkit.registerPrimaryStage();
        TaskRunner tasks = TaskRunner.background();
        ItemGridViewModel[] model = new ItemGridViewModel[1];
        TableView<?>[] grid = new TableView<?>[1];
        Platform.runLater(() -> {
            model[0] = new ItemGridViewModel("Paint", ConnectionProfile.builtInLocal(), new DynamoServices(local.client()), tasks,
                    GridSettings.defaults());
            ItemGridView view = new ItemGridView(model[0], TableLayouts.none(), "paint", new ItemGridView.ItemOpener() {
                @Override
                public void open(Item item) {
                }

                @Override
                public void create(Item startFrom) {
                }
            });
            grid[0] = view.grid();
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1200, 800));
            stage.show();
            model[0].open();
        });
        while (model[0] == null || model[0].rows().isEmpty()) {
            Thread.sleep(20);
        }
        Thread.sleep(1_000);
        print("as styled", grid[0]);
        BenchTable.onFx(() -> grid[0].getStyleClass().remove("bordered"));
        print("without cell borders", grid[0]);
        BenchTable.onFx(() -> grid[0].getStyleClass().remove("dense"));
        print("without borders, not dense", grid[0]);
        BenchTable.onFx(() -> grid[0].getColumns().forEach(column -> column.setVisible(column == grid[0].getColumns().get(0))));
        print("one column", grid[0]);
        BenchTable.onFx(() -> ((TableView<Object>) grid[0]).setItems(javafx.collections.FXCollections.observableArrayList()));
        print("no rows: the header, the background and the snapshot itself", grid[0]);
        tasks.close();
        FxToolkit.cleanupStages();
    }

    private static void print(String what, TableView<?> grid) throws Exception {
        double[] millis = new double[1];
        BenchTable.onFx(() -> {
            for (int i = 0; i < 5; i++) {
                grid.snapshot(null, null); // warm
            }
            long start = System.nanoTime();
            for (int i = 0; i < ROUNDS; i++) {
                grid.snapshot(null, null);
            }
            millis[0] = (System.nanoTime() - start) / 1e6 / ROUNDS;
        });
        BenchTable.print("grid painted whole (%s): %.1f ms a time", what, millis[0]);
    }
}
