package dev.dynamodesk.ui.common;

/** Background work: blocking I/O allowed, no JavaFX nodes touched. */
@FunctionalInterface
public interface Work<T> {
    T run(TaskContext context) throws Exception;
}
