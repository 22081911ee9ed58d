package dev.dynamodesk.testing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * For benchmarks that look for what holds up the FX thread: samples its stack every few
 * milliseconds and prints the frames seen most (inclusive), with the thread states. Diagnostic
 * only ({@code -Dbench.sampleFx=true}); {@code -Dbench.sampleOnly=METHOD} counts only the samples
 * with that method on the stack, {@code -Dbench.sampleOnly=BLOCKED} only those waiting for a lock.
 */
public final class FxThreadSampler {
    private final Map<String, Integer> frames = new HashMap<>();
    private final Map<Thread.State, Integer> states = new HashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private int samples;

    public static FxThreadSampler start(Thread fxThread) {
        FxThreadSampler sampler = new FxThreadSampler();
        Thread thread = new Thread(() -> {
            while (sampler.running.get()) {
                StackTraceElement[] stack = fxThread.getStackTrace();
                Thread.State state = fxThread.getState();
                String only = System.getProperty("bench.sampleOnly");
                boolean wanted = only == null || (only.equals("BLOCKED") ? state == Thread.State.BLOCKED
                        : java.util.Arrays.stream(stack).anyMatch(frame -> frame.getMethodName().equals(only)));
                synchronized (sampler) {
                    if (!wanted) {
                        stack = new StackTraceElement[0];
                    }
                    sampler.samples++;
                    sampler.states.merge(state, 1, Integer::sum);
                    java.util.Set<String> seen = new java.util.HashSet<>();
                    for (int i = 0; i < Math.min(stack.length, 80); i++) {
                        String name = stack[i].getClassName().replaceAll(".*\\.", "") + "." + stack[i].getMethodName();
                        if (seen.add(name)) {
                            sampler.frames.merge(name, 1, Integer::sum);
                        }
                    }
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-sampler");
        thread.setDaemon(true);
        thread.start();
        return sampler;
    }

    public synchronized void stopAndPrint(int top) {
        running.set(false);
        System.out.println("FX SAMPLES " + samples + " states " + states);
        frames.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())).limit(top)
                .forEach(entry -> System.out.printf("FX %5d %s%n", entry.getValue(), entry.getKey()));
    }
}
