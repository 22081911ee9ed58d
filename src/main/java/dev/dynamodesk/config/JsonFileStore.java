package dev.dynamodesk.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON file of the app's own (settings, profiles, history). Saves are atomic. A file that
 * cannot be read is moved aside under a timestamped name and the defaults are used, so the app
 * still starts; the caller gets a message to show the user.
 */
public final class JsonFileStore<T> {
    private static final Logger LOG = LoggerFactory.getLogger(JsonFileStore.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final Class<T> type;
    private final Supplier<T> defaults;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public JsonFileStore(Path file, Class<T> type, Supplier<T> defaults) {
        this(file, type, defaults, Clock.systemDefaultZone());
    }

    JsonFileStore(Path file, Class<T> type, Supplier<T> defaults, Clock clock) {
        this.file = file;
        this.type = type;
        this.defaults = defaults;
        this.clock = clock;
    }

    /** What was loaded, and a message for the user when the file had to be set aside. */
    public record Loaded<T>(T value, Optional<String> problem) {
    }

    public Loaded<T> load() {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Loaded<>(defaults.get(), Optional.empty());
        } catch (IOException e) {
            LOG.warn("Cannot read {}: {}", file, e.toString());
            return new Loaded<>(defaults.get(), Optional.of("Could not read " + file + ": " + e.getMessage()
                    + ". Defaults are used for now."));
        }
        try {
            T value = mapper.readValue(content, type);
            if (value == null) {
                throw new IOException("the file is empty");
            }
            return new Loaded<>(value, Optional.empty());
        } catch (IOException e) {
            return new Loaded<>(defaults.get(), Optional.of(setAside(e)));
        }
    }

    public void save(T value) throws IOException {
        AtomicFiles.write(file, mapper.writeValueAsBytes(value));
    }

    public Path file() {
        return file;
    }

    private String setAside(IOException cause) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        Path aside = file.resolveSibling(base + ".corrupt-" + LocalDateTime.now(clock).format(STAMP) + ext);
        String reason = firstLine(cause.getMessage());
        try {
            Files.move(file, aside);
            LOG.warn("{} could not be read ({}); moved it to {}", file, reason, aside);
            return file.getFileName() + " could not be read (" + reason + "). It was kept as "
                    + aside.getFileName() + " and defaults are used.";
        } catch (IOException moveFailed) {
            LOG.warn("{} could not be read ({}) nor moved aside: {}", file, reason, moveFailed.toString());
            return file.getFileName() + " could not be read (" + reason + "). Defaults are used.";
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
