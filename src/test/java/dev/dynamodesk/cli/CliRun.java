package dev.dynamodesk.cli;

import dev.dynamodesk.config.AppDirectories;
import dev.dynamodesk.testing.AwsFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A command run in-process as a user would type it, with AWS files under {@code home} whose default
 * profile holds the test backends' keys (moto and DynamoDB Local take any); its exit code and output.
 */
record CliRun(int code, String out, String err) {
    static CliRun of(Path home, String... args) {
        return withEnvironment(home, java.util.Map.of(), args);
    }

    /** The same with these environment variables set (a secret's, say). */
    static CliRun withEnvironment(Path home, java.util.Map<String, String> variables, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AwsFiles files = new AwsFiles(home.resolve("aws"), "", "[default]\naws_access_key_id = differential\naws_secret_access_key = tests\n");
        variables.forEach(files::with);
        var aws = files.files();
        CliEnvironment environment = new CliEnvironment(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), false,
                AppDirectories.under(home.resolve("app")), aws, new CountDownLatch(0));
        int code = Cli.run(args, environment);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
