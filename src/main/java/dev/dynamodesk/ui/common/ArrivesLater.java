package dev.dynamodesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Something the window needs that is built after the window shows (the connection services, made
 * off the first frame's path). What is asked of it before it arrives waits, in order, and runs
 * when it arrives, instead of being dropped. Used on the FX thread.
 */
public final class ArrivesLater<T> {
    private final List<Consumer<T>> waiting = new ArrayList<>();
    private T value;

    /** Runs {@code use} now if it has arrived, else as soon as it does. */
    public void whenReady(Consumer<T> use) {
        if (value != null) {
            use.accept(value);
        } else {
            waiting.add(use);
        }
    }

    /** It is here: what waited for it runs now, in the order it was asked. */
    public void arrive(T arrived) {
        value = arrived;
        List<Consumer<T>> queued = List.copyOf(waiting);
        waiting.clear();
        queued.forEach(use -> use.accept(arrived));
    }

    public boolean arrived() {
        return value != null;
    }
}
