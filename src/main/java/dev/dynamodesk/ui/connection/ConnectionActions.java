package dev.dynamodesk.ui.connection;

import dev.dynamodesk.connection.AwsProfileSummary;
import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.CredentialSource;
import dev.dynamodesk.connection.SecretStore;
import dev.dynamodesk.connection.SsoLogin;
import dev.dynamodesk.ui.common.DialogService;
import dev.dynamodesk.ui.common.TaskRunner;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * What the user does to connections: new, edit, remove, import from ~/.aws. Whatever needs I/O
 * (the AWS files, the keychain) is read in the background before a dialog opens.
 */
public final class ConnectionActions {
    private final TaskRunner tasks;
    private final ConnectionManager manager;
    private final SsoLogin sso;
    private final Supplier<Window> owner;

    public ConnectionActions(TaskRunner tasks, ConnectionManager manager, SsoLogin sso, Supplier<Window> owner) {
        this.tasks = tasks;
        this.manager = manager;
        this.sso = sso;
        this.owner = owner;
    }

    public void newConnection() {
        openDialog(null);
    }

    public void edit(ConnectionViewModel connection) {
        if (!connection.savedProfile().embeddedLocal()) {
            openDialog(connection.savedProfile());
        }
    }

    public void connect(ConnectionViewModel connection) {
        manager.connect(connection);
    }

    private void openDialog(ConnectionProfile existing) {
        tasks.task("Reading AWS profiles", context -> {
                    List<AwsProfileSummary> profiles = manager.awsProfiles();
                    SecretStore secrets = manager.secrets().join();
                    boolean stored = existing != null && existing.credentials() instanceof CredentialSource.StoredKeys
                            && secrets.read(existing.id()).isPresent();
                    String region = profiles.stream().filter(p -> p.name().equals("default") && !p.region().isBlank())
                            .map(AwsProfileSummary::region).findFirst().orElse("us-east-1");
                    return new ProfileDialog.Context(profiles, manager.defaultAwsProfile(), secrets, stored, region);
                })
                .quiet()
                .onSuccess(context -> ProfileDialog.ask(owner.get(), existing, context, manager, tasks, sso)
                        .ifPresent(result -> manager.save(result.profile(), result.secret())))
                .onFailure(failure -> DialogService.current().error(owner.get(), "Could not read the AWS profiles", failure))
                .start();
    }

    public void remove(ConnectionViewModel connection) {
        if (connection.savedProfile().embeddedLocal()) {
            return;
        }
        if (DialogService.current().confirm(owner.get(), DialogService.Question.of("removeConnectionDialog", "Remove connection",
                "Remove the connection \"" + connection.savedProfile().name() + "\"? Its stored secret is deleted too;"
                        + " your ~/.aws files and the tables are not touched."))) {
            manager.remove(connection);
        }
    }

    /**
     * Runs {@code aws sso login} for the connection's profile, showing what the CLI prints (the
     * page to open and the code to confirm), then connects again.
     */
    public void ssoLogin(ConnectionViewModel connection) {
        CredentialSource source = connection.savedProfile().credentials();
        String profile = source instanceof CredentialSource.NamedProfile named ? named.profileName()
                : source instanceof CredentialSource.AssumeRole role && role.baseProfile() != null ? role.baseProfile()
                : manager.defaultAwsProfile();
        Alert progress = new Alert(Alert.AlertType.INFORMATION, "Running aws sso login --profile " + profile
                + "…\nConfirm the code in the browser page it opens.", ButtonType.CLOSE);
        progress.setHeaderText("SSO login for " + connection.savedProfile().name());
        progress.getDialogPane().setId("ssoLoginProgress");
        progress.initOwner(owner.get());
        progress.show();
        StringBuilder lines = new StringBuilder();
        tasks.task("SSO login for " + profile, context -> {
                    sso.logIn(profile, line -> context.deliver(() -> {
                        lines.append(line).append('\n');
                        progress.setContentText(lines.toString().strip());
                    }));
                    return null;
                })
                .onSuccess(done -> {
                    progress.close();
                    manager.connect(connection);
                })
                .onFailure(failure -> progress.setContentText(lines + "\n" + failure.getMessage()))
                .start();
    }

    /** One click: a connection for every AWS profile that has none yet. */
    public void importAwsProfiles() {
        tasks.task("Reading AWS profiles", context -> manager.awsProfiles())
                .quiet()
                .onSuccess(profiles -> {
                    int added = manager.importAwsProfiles(profiles, "us-east-1");
                    DialogService.current().tell(owner.get(), DialogService.Notice.info("importAwsProfilesDone",
                            "Import AWS profiles", profiles.isEmpty()
                            ? "No profiles were found in your AWS files (" + manager.configFiles() + ")."
                            : added == 0 ? "Every AWS profile already has a connection."
                            : "Added " + added + (added == 1 ? " connection" : " connections")
                              + ". Double-click one to connect."));
                })
                .onFailure(failure -> DialogService.current().error(owner.get(), "Could not read the AWS profiles", failure))
                .start();
    }
}
