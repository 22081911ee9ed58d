package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.PlannedRequest;
import dev.dynamodesk.dynamo.ops.S3Jobs;
import dev.dynamodesk.dynamo.ops.S3Url;
import java.time.Instant;
import java.util.Locale;

/** {@code export --to-s3}: DynamoDB's own export started, its request shown, and followed until it ends. */
final class S3Export {
    private final Cli cli;

    S3Export(Cli cli) {
        this.cli = cli;
    }

    void export(String table, String url, String formatName, Instant from, Instant until, boolean noWait) {
        S3Url to;
        try {
            to = S3Url.parse(url);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("--to-s3 " + e.getMessage());
        }
        String format = formatName == null ? "DYNAMODB_JSON" : switch (formatName.toLowerCase(Locale.ROOT)) {
            case "dynamodb-json", "dynamodb_json" -> "DYNAMODB_JSON";
            case "ion" -> "ION";
            default -> throw CliFailure.usage("--format with --to-s3 is dynamodb-json or ion, not '" + formatName + "'");
        };
        try (CliConnection connection = cli.open()) {
            String arn = connection.services().operations().tableArn(table);
            PlannedRequest request;
            try {
                request = S3Jobs.export(arn, to, format, from, until);
            } catch (IllegalArgumentException e) {
                throw CliFailure.usage(e.getMessage());
            }
            var err = cli.environment().err();
            err.println("Sending " + request.cliCommand());
            S3Jobs jobs = connection.services().s3Jobs();
            S3Jobs.Job started = jobs.start(request);
            cli.environment().out().println(started.arn());
            if (noWait) {
                err.println("Started; follow it with: dynamodesk jobs --follow " + started.arn());
                return;
            }
            S3Jobs.Job ended = follow(jobs, started);
            if (!"COMPLETED".equals(ended.status())) {
                throw CliFailure.error("The export ended " + ended.status() + (ended.failure() == null ? "" : ": " + ended.failure()));
            }
        }
    }

    /** Follows a job, printing each change of its line, until it ends; Ctrl+C stops following only. */
    S3Jobs.Job follow(S3Jobs jobs, S3Jobs.Job started) {
        var err = cli.environment().err();
        String[] last = {""};
        try (StopOnInterrupt stop = StopOnInterrupt.install(cli.environment(), "Stopped following; the job goes on in AWS")) {
            return jobs.follow(started, stop::requested, job -> {
                if (!job.line().equals(last[0])) {
                    err.println(job.line());
                    last[0] = job.line();
                }
            });
        }
    }
}
