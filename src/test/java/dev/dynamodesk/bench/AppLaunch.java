package dev.dynamodesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Starts a window as a process on a display and reads the times it reports: "Window shown N ms
 * after the JVM started" (the app logs it, the bare window prints it) and the app's "Tables listed".
 */
final class AppLaunch {
    private static final Pattern SHOWN = Pattern.compile("Window shown (\\d+) ms after the JVM started");
    private static final Pattern LISTED = Pattern.compile("Tables listed (\\d+) ms after the JVM started");
    static final Path APP_JAR = Path.of("target/app/dynamodesk.jar");
    static final Path IMAGE_LAUNCHER = Path.of("target/packages/dynamodesk/bin/dynamodesk");

    record Times(long windowShown, OptionalLong tablesListed) {
    }

    private final Display display;

    AppLaunch(Display display) {
        this.display = display;
    }

    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The bare window, with JavaFX's jars from the app's own lib folder. */
    Times bare(String... jvmOptions) throws IOException, InterruptedException {
        String javafx;
        try (Stream<Path> jars = Files.list(APP_JAR.resolveSibling("lib"))) {
            javafx = jars.filter(jar -> jar.getFileName().toString().startsWith("javafx-"))
                    .map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
        }
        String classes = Path.of("target/test-classes").toAbsolutePath().toString();
        Path out = Files.createTempFile("bare", ".out");
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", javafx + java.io.File.pathSeparator + classes, BareWindow.class.getName()));
        run(command, out, null);
        return new Times(find(SHOWN, Files.readString(out)).orElseThrow(() -> new IllegalStateException("bare window: no time in its output")),
                OptionalLong.empty());
    }

    /** The app (jar or image launcher) as a returning user; it closes itself once its tables are listed. */
    Times app(List<String> command, Path home) throws IOException, InterruptedException {
        Path log = home.resolve("logs/dynamodesk.log");
        Files.deleteIfExists(log);
        Path out = Files.createTempFile("app", ".out");
        run(command, out, home);
        if (!Files.exists(log)) {
            throw new IllegalStateException("app: no log at " + log + "; its output:\n" + Files.readString(out));
        }
        String text = Files.readString(log);
        return new Times(find(SHOWN, text).orElseThrow(() -> new IllegalStateException("app: no window time in " + log)),
                find(LISTED, text));
    }

    static List<String> jarCommand(Path home, String... jvmOptions) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(List.of(jvmOptions));
        command.addAll(appProperties(home));
        command.addAll(List.of("-jar", APP_JAR.toString()));
        return command;
    }

    /** The image's launcher; its JVM options come from its cfg file (see {@link #run}). */
    static List<String> imageCommand() {
        return List.of(IMAGE_LAUNCHER.toString());
    }

    static List<String> appProperties(Path home) {
        return List.of("-Ddynamodesk.home=" + home, "-Ddynamodesk.local.port=0", "-Ddynamodesk.sampleEvents=200",
                "-Ddynamodesk.exitWhenReady=true");
    }

    private void run(List<String> command, Path out, Path home) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().put("DISPLAY", display.name());
        // A jpackage launcher takes JVM options only from its cfg file: the run's are added there
        // for the run, and the file put back after it.
        Path cfg = IMAGE_LAUNCHER.getParent().resolveSibling("lib/app/dynamodesk.cfg");
        boolean image = command.get(0).equals(IMAGE_LAUNCHER.toString());
        String original = image ? Files.readString(cfg) : null;
        try {
            if (image) {
                StringBuilder options = new StringBuilder(original);
                appProperties(home).forEach(option -> options.append("java-options=").append(option).append('\n'));
                Files.writeString(cfg, options);
            }
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("did not close within 120 s: " + command + "\n" + Files.readString(out));
            }
        } finally {
            if (image) {
                Files.writeString(cfg, original);
            }
        }
    }

    private static OptionalLong find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }
}
