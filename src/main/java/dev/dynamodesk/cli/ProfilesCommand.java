package dev.dynamodesk.cli;

import dev.dynamodesk.connection.AwsProfileSummary;
import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.ProfileStore;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Lists what {@code --profile} accepts: the app's connections and the AWS profiles. Never a secret. */
@Command(name = "profiles", description = "List Dynamo Desk connections and AWS profiles (what --profile accepts).")
final class ProfilesCommand implements Runnable {
    @ParentCommand
    Cli cli;

    @Override
    public void run() {
        CliEnvironment environment = cli.environment();
        PrintStream out = environment.out();
        ProfileStore.Loaded saved = new ProfileStore(environment.directories().configDir().resolve("profiles.json")).load();
        saved.problem().ifPresent(problem -> environment.err().println("dynamodesk profiles: warning: " + problem.lines().findFirst().orElse("")));
        Table connections = new Table("CONNECTION", "REGION", "ENDPOINT", "CREDENTIALS", "MARKS");
        ConnectionProfile local = ConnectionProfile.builtInLocal();
        connections.row(ConnectionChoice.LOCAL, "-", "built in", "none needed", local.name());
        for (ConnectionProfile profile : saved.profiles()) {
            String marks = (profile.readOnly() ? "read-only " : "")
                    + (profile.environment() == ConnectionProfile.Environment.DEVELOPMENT ? "" : profile.environment().label());
            connections.row(profile.name(), profile.region(), profile.endpoint() == null ? "AWS" : profile.endpoint().toString(),
                    profile.credentials().describe(), marks.isBlank() ? "-" : marks.strip());
        }
        connections.print(out);
        out.println();
        List<AwsProfileSummary> aws = AwsProfileSummary.list(environment.aws());
        Table profiles = new Table("AWS PROFILE", "REGION", "KIND", "DETAIL");
        for (AwsProfileSummary profile : aws) {
            profiles.row(profile.name(), profile.region().isBlank() ? "-" : profile.region(), profile.kind().label(),
                    profile.detail() == null || profile.detail().isBlank() ? "-" : profile.detail());
        }
        if (aws.isEmpty()) {
            out.println("No AWS profiles in " + environment.aws().config() + " or " + environment.aws().credentials());
        } else {
            profiles.print(out);
        }
    }
}
