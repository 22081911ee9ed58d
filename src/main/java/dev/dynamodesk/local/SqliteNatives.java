package dev.dynamodesk.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DynamoDB Local stores tables with SQLite through sqlite4java, a JNI library. Its jar carries
 * the native library for each platform; left alone it copies one into the temp folder on every
 * start (and leaves it there if the JVM is killed). We copy it once into the app's data folder,
 * keyed by its content hash, and point DynamoDB Local at it with {@code org.sqlite.lib.path}.
 */
final class SqliteNatives {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteNatives.class);
    private static final String RESOURCE_ROOT = "com/amazonaws/services/dynamodbv2/local/shared/access/sqlite/native/";
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    /** The folder we pointed DynamoDB Local at, so a later call can tell our setting from the user's. */
    private static String installedDir;

    private SqliteNatives() {
    }

    /**
     * Makes sure the native library for this platform is installed under {@code nativeRoot} and that
     * DynamoDB Local will load it from there. Returns the installed file, or empty when this platform's
     * library is not bundled (DynamoDB Local then falls back to its own loading and reports failure).
     */
    static synchronized Optional<Path> install(Path nativeRoot) throws IOException {
        String configured = System.getProperty(PATH_PROPERTY);
        if (configured != null && !configured.equals(installedDir)) {
            return Optional.empty(); // the user chose a location; respect it
        }
        Optional<String> resource = resourcePath(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
        if (resource.isEmpty()) {
            LOG.warn("No bundled SQLite library for {} {}", System.getProperty("os.name"), System.getProperty("os.arch"));
            return Optional.empty();
        }
        byte[] library;
        try (InputStream in = SqliteNatives.class.getClassLoader().getResourceAsStream(resource.get())) {
            if (in == null) {
                LOG.warn("The SQLite library {} is missing from DynamoDB Local's jar", resource.get());
                return Optional.empty();
            }
            library = in.readAllBytes();
        }
        String fileName = resource.get().substring(resource.get().lastIndexOf('/') + 1);
        Path dir = nativeRoot.resolve("sqlite4java-" + shortHash(library));
        Path target = dir.resolve(fileName);
        if (!Files.isRegularFile(target) || Files.size(target) != library.length) {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, fileName, ".tmp");
            Files.write(temp, library);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Installed SQLite native library at {}", target);
        }
        installedDir = dir.toString();
        System.setProperty(PATH_PROPERTY, installedDir);
        System.setProperty(NAME_PROPERTY, fileName);
        return Optional.of(target);
    }

    /** The resource inside DynamoDB Local's jar for an OS and architecture, as its loader names them. */
    static Optional<String> resourcePath(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String folder;
        String file;
        if (os.contains("windows")) {
            folder = "Windows";
            file = "sqlite4java.dll";
        } else if (os.contains("mac") || os.contains("darwin")) {
            folder = "Mac";
            file = "libsqlite4java.dylib";
        } else if (os.contains("linux")) {
            folder = "Linux";
            file = "libsqlite4java.so";
        } else {
            return Optional.empty();
        }
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            case "x86", "i386", "i486", "i586", "i686" -> "x86";
            default -> null;
        };
        return arch == null ? Optional.empty() : Optional.of(RESOURCE_ROOT + folder + "/" + arch + "/" + file);
    }

    private static String shortHash(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
