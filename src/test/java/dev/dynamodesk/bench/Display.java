package dev.dynamodesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An X display for benchmarks that start the real app as a process: the one in {@code DISPLAY},
 * else a private Xvfb. Empty (and the benchmark skips, saying so) where there is neither.
 */
final class Display implements AutoCloseable {
    private final String name;
    private final Process xvfb;

    private Display(String name, Process xvfb) {
        this.name = name;
        this.xvfb = xvfb;
    }

    static Optional<Display> find() throws IOException, InterruptedException {
        String existing = System.getenv("DISPLAY");
        if (existing != null && !existing.isBlank()) {
            return Optional.of(new Display(existing, null));
        }
        for (int number = 80; number < 100; number++) {
            if (Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                continue;
            }
            Process server;
            try {
                server = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1440x900x24", "-nolisten", "tcp")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException noXvfb) {
                return Optional.empty();
            }
            for (int wait = 0; wait < 50 && !Files.exists(Path.of("/tmp/.X11-unix/X" + number)); wait++) {
                Thread.sleep(100);
            }
            if (server.isAlive()) {
                return Optional.of(new Display(":" + number, server));
            }
        }
        return Optional.empty();
    }

    String name() {
        return name;
    }

    @Override
    public void close() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }
}
