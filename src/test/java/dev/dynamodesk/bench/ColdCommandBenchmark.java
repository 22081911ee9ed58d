package dev.dynamodesk.bench;

import dev.dynamodesk.testing.Verdict;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dynamodesk.testing.LocalDynamo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A cold command, JVM start included: {@code dynamodesk scan T --limit 25} against the AWS CLI's
 * {@code aws dynamodb scan --max-items 25 --page-size 25} on the same table of DynamoDB Local,
 * alternating, median of 5 each (after one unmeasured run of each). Also the app image's launcher
 * when {@code packaging/package.sh} has built it. Skips, saying so, without the AWS CLI.
 */
class ColdCommandBenchmark {
    private static final int RUNS = Integer.getInteger("bench.commandRuns", 5);

    @RegisterExtension
    static final LocalDynamo local = new LocalDynamo();

    @Test
    void scanTwentyFiveItemsAgainstTheAwsCli() throws Exception {
        assumeTrue(Files.exists(AppLaunch.APP_JAR), "no " + AppLaunch.APP_JAR + ": run mvn package first");
        String aws = Files.isExecutable(Path.of("/usr/bin/aws")) ? "/usr/bin/aws" : "aws";
        assumeTrue(runs(List.of(aws, "--version")), "the AWS CLI is not installed here");
        BenchTable.seed(local.client(), "Cold", 1_000);
        String endpoint = local.endpoint().toString();

        List<String> jar = List.of(AppLaunch.java(), "-jar", AppLaunch.APP_JAR.toString(), "scan", "Cold", "--limit", "25",
                "--endpoint", endpoint, "--region", "us-east-1");
        List<String> cli = List.of(aws, "dynamodb", "scan", "--table-name", "Cold", "--max-items", "25", "--page-size", "25",
                "--endpoint-url", endpoint, "--region", "us-east-1", "--output", "json");
        List<String> image = List.of(AppLaunch.IMAGE_LAUNCHER.toString(), "scan", "Cold", "--limit", "25",
                "--endpoint", endpoint, "--region", "us-east-1");
        boolean withImage = Files.isExecutable(AppLaunch.IMAGE_LAUNCHER);

        time(jar);
        time(cli);
        if (withImage) {
            time(image);
        }
        List<Long> jarTimes = new ArrayList<>();
        List<Long> cliTimes = new ArrayList<>();
        List<Long> imageTimes = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            cliTimes.add(time(cli));
            jarTimes.add(time(jar));
            if (withImage) {
                imageTimes.add(time(image));
            }
        }
        String version = output(List.of(aws, "--version")).strip();
        long baseline = Verdict.median(cliTimes);
        Verdict.print("AWS CLI (" + version + ") scan of 25 items: " + cliTimes + " ms, median " + baseline + " ms");
        Verdict.print("dynamodesk scan --limit 25 (java -jar): " + jarTimes + " ms");
        Verdict.print(Verdict.ratio("cold command, java -jar", Verdict.median(jarTimes), "ms", baseline, "the AWS CLI", 1.0));
        if (withImage) {
            Verdict.print("dynamodesk scan --limit 25 (app image): " + imageTimes + " ms");
            Verdict.print(Verdict.ratio("cold command, app image", Verdict.median(imageTimes), "ms", baseline, "the AWS CLI", 1.0));
        } else {
            Verdict.print("app image: not built (packaging/package.sh app-image), not measured");
        }
    }

    /** Wall-clock milliseconds of one run, which must succeed and print 25 items. */
    private static long time(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        String out = output(command);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!out.contains("pk")) {
            throw new IllegalStateException("no items from " + command + ":\n" + out);
        }
        return millis;
    }

    private static boolean runs(List<String> command) {
        try {
            output(command);
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String output(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("AWS_ACCESS_KEY_ID", "bench");
        env.put("AWS_SECRET_ACCESS_KEY", "bench");
        env.put("AWS_PAGER", "");
        Path home = Files.createTempDirectory("cold");
        env.put("HOME", home.toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed:\n" + out);
        }
        return out;
    }
}
