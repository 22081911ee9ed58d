package dev.dynamodesk.ui.console;

import dev.dynamodesk.dynamo.partiql.Completions;
import dev.dynamodesk.ui.common.TaskRunner;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * How long the FX thread ever pauses while a 5,000-line script is highlighted: loaded whole, then
 * edited in the middle. Prints figures; asserts nothing about time. Run with {@code mvn -Pbenchmark verify}.
 */
class HighlightBenchmark {
    private static final int LINES = 5_000;
    private static volatile Thread fxThread;

    @Test
    void highlightingALongScript() throws Exception {
        FxToolkit.registerPrimaryStage();
        TaskRunner tasks = TaskRunner.background();
        Completions.Catalog none = new EmptyCatalog();
        StatementEditor[] editor = new StatementEditor[1];
        FxToolkit.setupStage(stage -> {
            editor[0] = new StatementEditor(tasks, none);
            stage.setScene(new Scene(editor[0], 1200, 800));
            stage.show();
        });
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < LINES; i++) {
            script.append("SELECT \"id\", total FROM \"Orders\" WHERE pk = 'user#").append(i)
                    .append("' AND begins_with(sk, '2024-') AND total > ").append(i).append(".5 -- line ").append(i).append('\n');
        }
        int middle = script.length() / 2;
        // Twice: the first round runs cold (classes loading, code not yet compiled), as on a fresh start.
        for (String round : new String[] {"cold", "warm"}) {
            measure(round + ": load " + LINES + " lines", editor[0], () -> editor[0].setText(script.toString()));
            measure(round + ": type a quote in the middle (half the script becomes a string)", editor[0],
                    () -> editor[0].area().insertText(middle, "'"));
            measure(round + ": delete it again", editor[0], () -> editor[0].area().deleteText(middle, middle + 1));
            measure(round + ": type a word on the last line", editor[0],
                    () -> editor[0].area().insertText(editor[0].area().getLength(), "SELECT"));
        }
        tasks.close();
        FxToolkit.cleanupStages();
    }

    /** Runs {@code action} on the FX thread and reports the longest wait of an FX event until the pass is applied. */
    private static void measure(String what, StatementEditor editor, Runnable action) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        long[] started = new long[2];
        Platform.runLater(() -> {
            fxThread = Thread.currentThread();
            editor.highlighter().afterEachPass(done::countDown);
            started[0] = System.nanoTime();
            action.run();
            started[1] = System.nanoTime();
        });
        dev.dynamodesk.testing.FxLatencyProbe probe = dev.dynamodesk.testing.FxLatencyProbe.startUntil(done);
        dev.dynamodesk.testing.FxThreadSampler sampler = Boolean.getBoolean("bench.sampleFx") && what.startsWith("warm: load")
                ? dev.dynamodesk.testing.FxThreadSampler.start(fxThread) : null;
        if (!done.await(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The highlighting pass never finished");
        }
        if (sampler != null) {
            sampler.stopAndPrint(70);
        }
        double millis = (System.nanoTime() - started[0]) / 1e6;
        System.out.printf("BENCHMARK highlight: %s: the edit itself %.0f ms · styled %.0f ms later (incl. the 120 ms pause for typing)"
                + " · longest wait of an FX event %.0f ms%n", what, (started[1] - started[0]) / 1e6, millis, probe.worstMillis());
        dev.dynamodesk.testing.Verdict.print(dev.dynamodesk.testing.Verdict.limit(
                "console, " + what + ": longest wait of an FX event", probe.worstMillis(), "ms", 50));
        Thread.sleep(1_000); // let the window settle before the next step
    }
}
