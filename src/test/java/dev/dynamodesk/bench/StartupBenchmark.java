package dev.dynamodesk.bench;

import dev.dynamodesk.testing.Verdict;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long the window takes to show, and the built-in Local's tables to be listed, against a bare
 * JavaFX window started the same way in the same run (median of 5 each): from {@code java -jar}
 * and, when {@code packaging/package.sh app-image} has built it, from the app image. Also prints how
 * many classes the JVM loaded before the window showed. Run with {@code mvn -Pbenchmark verify}.
 */
class StartupBenchmark {
    private static final int RUNS = Integer.getInteger("bench.startRuns", 5);
    private static final Pattern CLASS_LOADED = Pattern.compile("^\\[(\\d+)\\.(\\d+)s\\]", Pattern.MULTILINE);

    @TempDir
    Path home;

    @Test
    void windowAndTablesAgainstABareWindow() throws Exception {
        assumeTrue(Files.exists(AppLaunch.APP_JAR), "no " + AppLaunch.APP_JAR + ": run mvn package first");
        Optional<Display> found = Display.find();
        assumeTrue(found.isPresent(), "no display: set DISPLAY or install Xvfb");
        try (Display display = found.get()) {
            AppLaunch launch = new AppLaunch(display);
            Files.createDirectories(home.resolve("config"));
            // A returning user: Getting started seen, the sample tables made by a first run not measured.
            Files.writeString(home.resolve("config/settings.json"), "{\"gettingStartedSeen\":true}");
            launch.app(AppLaunch.jarCommand(home), home);
            boolean image = Files.isExecutable(AppLaunch.IMAGE_LAUNCHER);

            List<Long> bare = new ArrayList<>();
            List<Long> jarShown = new ArrayList<>();
            List<Long> jarListed = new ArrayList<>();
            List<Long> imageShown = new ArrayList<>();
            List<Long> imageListed = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                bare.add(launch.bare().windowShown());
                AppLaunch.Times jar = launch.app(AppLaunch.jarCommand(home), home);
                jarShown.add(jar.windowShown());
                jarListed.add(jar.tablesListed().orElseThrow());
                if (image) {
                    AppLaunch.Times fromImage = launch.app(AppLaunch.imageCommand(), home);
                    imageShown.add(fromImage.windowShown());
                    imageListed.add(fromImage.tablesListed().orElseThrow());
                }
            }
            long baseline = Verdict.median(bare);
            Verdict.print("bare JavaFX window shown: " + bare + " ms, median " + baseline + " ms");
            Verdict.print("java -jar: window shown " + jarShown + " ms, tables listed " + jarListed + " ms");
            Verdict.print(Verdict.ratio("window shown, java -jar", Verdict.median(jarShown), "ms", baseline, "a bare window", 1.4));
            Verdict.print(Verdict.ratio("tables listed, java -jar", Verdict.median(jarListed), "ms", baseline, "a bare window", 2.0));
            if (image) {
                Verdict.print("app image: window shown " + imageShown + " ms, tables listed " + imageListed + " ms");
                Verdict.print(Verdict.ratio("window shown, app image", Verdict.median(imageShown), "ms", baseline, "a bare window", 1.4));
                Verdict.print(Verdict.ratio("tables listed, app image", Verdict.median(imageListed), "ms", baseline, "a bare window", 2.0));
            } else {
                Verdict.print("app image: not built (packaging/package.sh app-image), not measured");
            }
            printClassesBeforeTheWindow(launch);
        }
    }

    /** One more start of each with class loading logged: the classes loaded before the window showed. */
    private void printClassesBeforeTheWindow(AppLaunch launch) throws Exception {
        Path appLog = Files.createTempFile("classes-app", ".log");
        AppLaunch.Times app = launch.app(AppLaunch.jarCommand(home, "-Xlog:class+load:file=" + appLog + ":uptime"), home);
        Path bareLog = Files.createTempFile("classes-bare", ".log");
        AppLaunch.Times bare = launch.bare("-Xlog:class+load:file=" + bareLog + ":uptime");
        Verdict.print(String.format("classes loaded before the window showed: java -jar %,d (window at %d ms), bare window %,d (at %d ms)",
                loadedBefore(appLog, app.windowShown()), app.windowShown(), loadedBefore(bareLog, bare.windowShown()), bare.windowShown()));
    }

    private static long loadedBefore(Path classLog, long millis) throws Exception {
        Matcher matcher = CLASS_LOADED.matcher(Files.readString(classLog));
        long count = 0;
        while (matcher.find()) {
            long at = Long.parseLong(matcher.group(1)) * 1000 + Long.parseLong(matcher.group(2));
            if (at <= millis) {
                count++;
            }
        }
        return count;
    }
}
