package dev.dynamodesk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.opentest4j.TestAbortedException;

/**
 * Amazon's ion-js (npm), a reference Ion writer sharing no code with the app's reader (ion-java):
 * installed into {@code target/ion-js} when missing (as {@code .ci/run} does); tests skip, saying
 * why, where there is no npm.
 */
public final class IonJs {
    private IonJs() {
    }

    /** DynamoDB JSON lines in, the lines of a DynamoDB Ion export out (see {@code ion/dynamodb-json-to-ion.js}). */
    public static void dynamoJsonToIon(Path jsonLines, Path ionLines) throws IOException {
        Path home = Path.of("target", "ion-js").toAbsolutePath();
        if (!Files.isDirectory(home.resolve("node_modules/ion-js"))) {
            if (!Backend.commandWorks("npm", "--version")) {
                throw new TestAbortedException("ion-js is not installed and there is no npm to install it (.ci/run installs both)");
            }
            Files.createDirectories(home);
            Backend.run(home, Duration.ofMinutes(3), "npm", "install", "--no-audit", "--no-fund", "--prefix", home.toString(), "ion-js@5");
        }
        Path script = home.resolve("dynamodb-json-to-ion.js");
        try (var in = IonJs.class.getResourceAsStream("/ion/dynamodb-json-to-ion.js")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Backend.run(home, Duration.ofMinutes(2), "node", script.toString(), jsonLines.toAbsolutePath().toString(),
                ionLines.toAbsolutePath().toString());
    }
}
