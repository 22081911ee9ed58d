package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.ops.OperationsText;
import dev.dynamodesk.dynamo.ops.S3Jobs;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** DynamoDB's exports to S3 and imports from it, listed, or one followed until it ends. */
@Command(name = "jobs", description = "List DynamoDB's exports to S3 and imports from S3 (status, items, bytes, errors),"
        + " or follow one until it ends.")
final class JobsCommand implements Runnable {
    @picocli.CommandLine.ParentCommand
    Cli cli;

    @Option(names = "--follow", paramLabel = "ARN", description = "Follow this export or import until it ends.")
    String follow;

    @picocli.CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "TABLE",
            description = "Only this table's exports and imports (default: the account's, in this region).")
    String table;

    @Override
    public void run() {
        try (CliConnection connection = cli.open()) {
            S3Jobs jobs = connection.services().s3Jobs();
            if (follow != null) {
                S3Jobs.Job known = jobs.find(follow).orElseThrow(() -> CliFailure.error("No export or import in this account and"
                        + " region has the ARN " + follow));
                S3Jobs.Job ended = new S3Export(cli).follow(jobs, known);
                if (!"COMPLETED".equals(ended.status())) {
                    throw CliFailure.error("The " + ended.kind() + " ended " + ended.status()
                            + (ended.failure() == null ? "" : ": " + ended.failure()));
                }
                return;
            }
            S3Jobs.Listing listing = table != null ? jobs.list(connection.services().operations().tableArn(table))
                    : jobs.listAccount(connection.services().tables().listTableNames());
            listing.unavailable().forEach(cli.environment().err()::println);
            List<S3Jobs.Job> all = listing.jobs();
            if (all.isEmpty()) {
                cli.environment().err().println("No exports or imports in this account and region.");
                return;
            }
            Table table = new Table("KIND", "STATUS", "TABLE", "S3", "ITEMS", "BYTES", "ERRORS", "STARTED", "ARN");
            for (S3Jobs.Job job : all) {
                table.row(job.kind(), job.status(), job.table(), job.s3(), count(job.items()), count(job.bytes()), count(job.errors()),
                        OperationsText.when(job.started()), job.arn());
            }
            table.print(cli.environment().out());
        }
    }

    private static String count(Long value) {
        return value == null ? "-" : String.format("%,d", value);
    }
}
