package dev.dynamodesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskRunnerTest {
    /** Stands in for the FX thread: callbacks queue up here and run when the test drains them. */
    private final LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
    private final ExecutorService workers = Executors.newSingleThreadExecutor();
    private final TaskRunner runner = TaskRunner.using(workers, fxQueue::add);

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    private void drainFx() throws InterruptedException {
        Runnable next;
        while ((next = fxQueue.poll(200, TimeUnit.MILLISECONDS)) != null) {
            next.run();
        }
    }

    @Test
    void deliversTheResultOnTheFxExecutorAndListsTheTaskMeanwhile() throws Exception {
        List<String> events = new ArrayList<>();
        runner.task("Compute", context -> "done").onSuccess(events::add).start();
        fxQueue.take().run(); // the task is listed first
        assertThat(runner.running()).extracting(RunningTask::title).containsExactly("Compute");
        drainFx();
        assertThat(events).containsExactly("done");
        assertThat(runner.running()).isEmpty();
    }

    @Test
    void deliversFailuresToTheFailureHandler() throws Exception {
        List<Throwable> failures = new ArrayList<>();
        runner.task("Fail", context -> {
            throw new IllegalStateException("boom");
        }).onFailure(failures::add).start();
        drainFx();
        assertThat(failures).singleElement().satisfies(e -> assertThat(e).hasMessage("boom"));
    }

    @Test
    void cancellingInterruptsBlockingWorkAndReportsCancelledNotFailed() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        List<String> events = new ArrayList<>();
        RunningTask task = runner.task("Wait forever", context -> {
                    started.countDown();
                    Thread.sleep(60_000);
                    return "never";
                })
                .onSuccess(result -> events.add("success"))
                .onFailure(error -> events.add("failure"))
                .onCancelled(() -> events.add("cancelled"))
                .start();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        task.cancel();
        drainFx();
        assertThat(events).containsExactly("cancelled");
    }

    @Test
    void aCancellationExceptionFromTheWorkCountsAsCancelled() {
        List<String> events = new ArrayList<>();
        TaskRunner.synchronous().task("Stop", context -> {
                    throw new CancellationException("stopped");
                })
                .onFailure(error -> events.add("failure"))
                .onCancelled(() -> events.add("cancelled"))
                .start();
        assertThat(events).containsExactly("cancelled");
    }

    @Test
    void coalescesProgressIntoOneFxUpdate() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        RunningTask task = runner.task("Count", context -> {
            for (int i = 1; i <= 1000; i++) {
                context.progress(i, 1000);
                context.message("item " + i);
            }
            reported.countDown();
            return null;
        }).start();
        assertThat(reported.await(5, TimeUnit.SECONDS)).isTrue();
        // One "list the task" runnable, one progress update, one completion: not a thousand.
        assertThat(fxQueue.size()).isLessThanOrEqualTo(3);
        drainFx();
        assertThat(task.progressProperty().get()).isEqualTo(1.0);
        assertThat(task.messageProperty().get()).isEqualTo("item 1000");
    }

    @Test
    void theNewestRequestOfALineWinsAndAnOlderAnswerArrivingLateIsDropped() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            TaskRunner parallel = TaskRunner.using(two, fxQueue::add);
            NewestRequest line = new NewestRequest();
            List<String> reported = new ArrayList<>();
            CountDownLatch releaseOld = new CountDownLatch(1);
            // The old request ignores being cancelled and answers after the new one has.
            RunningTask old = parallel.task("Old", context -> {
                        while (releaseOld.getCount() > 0) {
                            Thread.onSpinWait();
                        }
                        return "old";
                    }).newestOf(line).onSuccess(reported::add).onCancelled(() -> reported.add("old cancelled"))
                    .onFailure(failure -> reported.add("old failed")).start();
            parallel.task("New", context -> "new").newestOf(line).onSuccess(reported::add).start();
            assertThat(old.isCancelled()).as("starting the newer request cancels the older").isTrue();
            drainFx();
            releaseOld.countDown();
            drainFx();
            assertThat(reported).containsExactly("new");

            line.supersede();
            parallel.task("Superseded", context -> "late").newestOf(line).onSuccess(reported::add).start();
            line.supersede();
            drainFx();
            assertThat(reported).containsExactly("new");
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void whatAnOlderRequestDeliversOnTheWayIsDroppedToo() throws Exception {
        TaskRunner runner = TaskRunner.using(Runnable::run, fxQueue::add);
        NewestRequest line = new NewestRequest();
        List<String> shown = new ArrayList<>();
        runner.task("Old", context -> {
            context.deliver(() -> shown.add("old progress"));
            return "old";
        }).newestOf(line).onSuccess(shown::add).start();
        runner.task("New", context -> {
            context.deliver(() -> shown.add("new progress"));
            return "new";
        }).newestOf(line).onSuccess(shown::add).start();
        drainFx();
        assertThat(shown).containsExactly("new progress", "new");
    }

    @Test
    void stoppingTheNewestRequestReportsItsCancellation() throws Exception {
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            TaskRunner parallel = TaskRunner.using(one, fxQueue::add);
            NewestRequest line = new NewestRequest();
            List<String> reported = new ArrayList<>();
            CountDownLatch started = new CountDownLatch(1);
            RunningTask counting = parallel.task("Count", context -> {
                started.countDown();
                while (!context.isCancelled()) {
                    Thread.onSpinWait();
                }
                return "never";
            }).newestOf(line).onSuccess(reported::add).onCancelled(() -> reported.add("stopped")).start();
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            line.cancel();
            assertThat(counting.isCancelled()).isTrue();
            one.shutdown();
            assertThat(one.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
            drainFx();
            assertThat(reported).containsExactly("stopped");
            assertThat(line.isNewest(1)).as("a stopped request is still the newest").isTrue();
        } finally {
            one.shutdownNow();
        }
    }
}
