package dev.dynamodesk.ui.connection;

import dev.dynamodesk.connection.AwsProfileSummary;
import dev.dynamodesk.connection.ConnectionColour;
import dev.dynamodesk.connection.ConnectionProblem;
import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.ConnectionProfile.Environment;
import dev.dynamodesk.connection.ConnectionTester;
import dev.dynamodesk.connection.CredentialSource;
import dev.dynamodesk.connection.Regions;
import dev.dynamodesk.connection.SecretStore;
import dev.dynamodesk.connection.SsoLogin;
import dev.dynamodesk.connection.StoredSecret;
import dev.dynamodesk.ui.common.TaskRunner;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** The connection form (profile-dialog.fxml): fields, what applies to which source, Test connection. */
public final class ProfileDialogController {
    enum Source {
        DEFAULT("AWS default chain (environment, ~/.aws default profile, SSO, instance role)"),
        PROFILE("AWS profile from ~/.aws (keys, SSO, credential_process, role)"),
        KEYS("Access keys typed here (secret kept in the OS keychain)"),
        ROLE("Assume a role (external ID, MFA)");

        private final String label;

        Source(String label) {
            this.label = label;
        }
    }

    @FXML private Node awsProfileSection;
    @FXML private Node keysSection;
    @FXML private Node roleSection;
    @FXML private Label awsProfileLabel;
    @FXML private TextField profileName;
    @FXML private ComboBox<String> profileRegion;
    @FXML private TextField profileEndpoint;
    @FXML private ChoiceBox<Source> credentialSource;
    @FXML private ComboBox<String> awsProfile;
    @FXML private Label awsProfileDetail;
    @FXML private TextField accessKeyId;
    @FXML private PasswordField secretAccessKey;
    @FXML private PasswordField sessionToken;
    @FXML private TextField roleArn;
    @FXML private TextField externalId;
    @FXML private TextField mfaSerial;
    @FXML private TextField sessionName;
    @FXML private ChoiceBox<Environment> environment;
    @FXML private ChoiceBox<ConnectionColour> profileColour;
    @FXML private CheckBox readOnly;
    @FXML private Label keychainNote;
    @FXML private Label localDatabaseNote;
    @FXML private Button testConnection;
    @FXML private ProgressIndicator testProgress;
    @FXML private Button ssoLogin;
    @FXML private Label testResult;
    @FXML private Label formProblem;

    private final BooleanProperty valid = new SimpleBooleanProperty(this, "valid");
    private List<AwsProfileSummary> summaries = List.of();
    private String id;
    private boolean hasStoredSecret;
    private TaskRunner tasks;
    private ConnectionTester tester;
    private SsoLogin sso;
    /** Sections appear and disappear: the dialog's window must grow and shrink with them. */
    private Runnable resize = () -> { };

    @FXML
    private void initialize() {
        profileRegion.getItems().setAll(Regions.all());
        credentialSource.getItems().setAll(Source.values());
        credentialSource.setConverter(converter(source -> source.label));
        environment.getItems().setAll(Environment.values());
        environment.setConverter(converter(Environment::label));
        credentialSource.valueProperty().addListener((observable, old, now) -> showRowsFor(now));
        for (var field : List.of(profileName.textProperty(), profileEndpoint.textProperty(), accessKeyId.textProperty(),
                secretAccessKey.textProperty(), roleArn.textProperty(), awsProfile.valueProperty(),
                profileRegion.valueProperty(), awsProfile.getEditor().textProperty(), profileRegion.getEditor().textProperty())) {
            field.addListener((observable, old, now) -> check());
        }
        credentialSource.valueProperty().addListener((observable, old, now) -> check());
        awsProfile.valueProperty().addListener((observable, old, now) -> describeAwsProfile());
        profileColour.getItems().setAll(ConnectionColour.values());
        profileColour.setConverter(converter(ConnectionColour::label));
        environment.valueProperty().addListener((observable, old, now) -> {
            if (now == Environment.PRODUCTION && profileColour.getValue() == ConnectionColour.GREY) {
                profileColour.setValue(ConnectionColour.RED); // production stands out unless a colour was chosen
            }
        });
        testConnection.setOnAction(event -> runTest());
        ssoLogin.setOnAction(event -> runSsoLogin());
    }

    /** Fills the form from a connection being edited, or with defaults for a new one. */
    void show(ConnectionProfile existing, boolean secretStored, List<AwsProfileSummary> awsProfiles, String defaultProfile,
              String defaultRegion, TaskRunner runner, ConnectionTester connectionTester, SsoLogin ssoLogin, SecretStore secrets) {
        this.tasks = runner;
        this.tester = connectionTester;
        this.sso = ssoLogin;
        this.summaries = awsProfiles;
        this.hasStoredSecret = secretStored;
        awsProfile.getItems().setAll(awsProfiles.stream().map(AwsProfileSummary::name).toList());
        keychainNote.setText(secrets.description());
        if (existing == null) {
            id = ConnectionManager.newId();
            profileRegion.setValue(defaultRegion);
            credentialSource.setValue(awsProfiles.isEmpty() ? Source.DEFAULT : Source.PROFILE);
            // The profile the AWS CLI would use, when it exists.
            awsProfiles.stream().map(AwsProfileSummary::name).filter(defaultProfile::equals).findFirst()
                    .ifPresent(awsProfile::setValue);
            environment.setValue(Environment.DEVELOPMENT);
            profileColour.setValue(ConnectionColour.GREY);
        } else {
            id = existing.id();
            fill(existing);
        }
        secretAccessKey.setPromptText(secretStored ? "stored — leave blank to keep it" : "required");
        showRowsFor(credentialSource.getValue());
        check();
    }

    private void fill(ConnectionProfile p) {
        profileName.setText(p.name());
        profileRegion.setValue(p.region());
        profileEndpoint.setText(p.endpoint() == null ? "" : p.endpoint().toString());
        environment.setValue(p.environment());
        profileColour.setValue(ConnectionColour.of(p.colour()).orElse(ConnectionColour.GREY));
        readOnly.setSelected(p.readOnly());
        CredentialSource source = p.credentials();
        if (source instanceof CredentialSource.NamedProfile named) {
            credentialSource.setValue(Source.PROFILE);
            awsProfile.setValue(named.profileName());
        } else if (source instanceof CredentialSource.StoredKeys keys) {
            credentialSource.setValue(Source.KEYS);
            accessKeyId.setText(keys.accessKeyId());
        } else if (source instanceof CredentialSource.AssumeRole role) {
            credentialSource.setValue(Source.ROLE);
            awsProfile.setValue(role.baseProfile());
            roleArn.setText(role.roleArn());
            externalId.setText(role.externalId() == null ? "" : role.externalId());
            mfaSerial.setText(role.mfaSerial() == null ? "" : role.mfaSerial());
            sessionName.setText(role.sessionName() == null ? "" : role.sessionName());
        } else {
            credentialSource.setValue(Source.DEFAULT);
        }
    }

    void onResize(Runnable action) {
        this.resize = action;
    }

    void focusName() {
        javafx.application.Platform.runLater(profileName::requestFocus);
    }

    BooleanProperty validProperty() {
        return valid;
    }

    /** The connection as filled in, when it is complete. */
    Optional<ConnectionProfile> profile() {
        return build().profile();
    }

    /** The typed secret, or null to keep the stored one. */
    StoredSecret secret() {
        if (credentialSource.getValue() != Source.KEYS || secretAccessKey.getText().isBlank()) {
            return null;
        }
        return new StoredSecret(secretAccessKey.getText().strip(), sessionToken.getText().strip());
    }

    private record Built(Optional<ConnectionProfile> profile, String problem) {
    }

    private Built build() {
        String name = profileName.getText().strip();
        String region = regionText();
        if (name.isEmpty()) {
            return new Built(Optional.empty(), "Give the connection a name.");
        }
        if (!region.matches("[a-z]{2}(-[a-z]+)+-\\d+")) {
            return new Built(Optional.empty(), "The region should look like eu-west-1.");
        }
        URI endpoint = null;
        String endpointText = profileEndpoint.getText().strip();
        if (!endpointText.isEmpty()) {
            try {
                endpoint = URI.create(endpointText);
            } catch (IllegalArgumentException e) {
                endpoint = null;
            }
            if (endpoint == null || endpoint.getHost() == null
                    || !("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))) {
                return new Built(Optional.empty(), "The endpoint should be an http:// or https:// URL, or blank for AWS.");
            }
        }
        CredentialSource source;
        String profileText = awsProfileText();
        switch (credentialSource.getValue()) {
            case PROFILE -> {
                if (profileText.isEmpty()) {
                    return new Built(Optional.empty(), "Choose a profile from your AWS files.");
                }
                source = new CredentialSource.NamedProfile(profileText);
            }
            case KEYS -> {
                if (!accessKeyId.getText().strip().matches("[A-Z0-9]{16,128}")) {
                    return new Built(Optional.empty(), "The access key ID is 16 or more capital letters and digits (AKIA…, ASIA…).");
                }
                if (secretAccessKey.getText().isBlank() && !hasStoredSecret) {
                    return new Built(Optional.empty(), "Enter the secret access key.");
                }
                source = new CredentialSource.StoredKeys(accessKeyId.getText().strip());
            }
            case ROLE -> {
                if (!roleArn.getText().strip().matches("arn:aws[a-z-]*:iam::\\d{12}:role/.+")) {
                    return new Built(Optional.empty(), "The role ARN should look like arn:aws:iam::123456789012:role/Name.");
                }
                source = new CredentialSource.AssumeRole(profileText.isEmpty() ? null : profileText, roleArn.getText().strip(),
                        blankToNull(externalId.getText()), blankToNull(mfaSerial.getText()), blankToNull(sessionName.getText()));
            }
            default -> source = new CredentialSource.DefaultChain();
        }
        String colour = profileColour.getValue().key();
        return new Built(Optional.of(new ConnectionProfile(id, name, region, endpoint, source, readOnly.isSelected(),
                environment.getValue(), colour, false)), null);
    }

    private void check() {
        Built built = build();
        valid.set(built.profile().isPresent());
        formProblem.setText(built.problem() == null ? "" : built.problem());
        localDatabaseNote.setText(LocalDatabaseNote.of(profileEndpoint.getText().strip(), accessKeyId.getText().strip(),
                regionText(), credentialSource.getValue() == Source.KEYS));
        boolean note = !localDatabaseNote.getText().isEmpty();
        if (note != localDatabaseNote.isVisible()) {
            localDatabaseNote.setVisible(note);
            localDatabaseNote.setManaged(note);
            resize.run();
        }
    }

    private void showRowsFor(Source source) {
        boolean profileRow = source == Source.PROFILE || source == Source.ROLE;
        boolean keys = source == Source.KEYS;
        boolean role = source == Source.ROLE;
        show(profileRow, awsProfileSection);
        awsProfileLabel.setText(role ? "Start from profile" : "AWS profile");
        awsProfile.setPromptText(role ? "blank: the AWS default chain" : "choose or type a profile name");
        show(keys, keysSection);
        show(role, roleSection);
        describeAwsProfile();
        resize.run();
    }

    private static void show(boolean visible, Node... nodes) {
        for (Node node : nodes) {
            node.setVisible(visible);
            node.setManaged(visible);
        }
    }

    private void describeAwsProfile() {
        String name = awsProfileText();
        Optional<AwsProfileSummary> summary = summaries.stream().filter(s -> s.name().equals(name)).findFirst();
        awsProfileDetail.setText(summary.map(s -> s.kind().label() + " — " + s.detail()
                        + (s.region().isBlank() ? "" : " · region " + s.region()))
                .orElse(summaries.isEmpty() ? "No profiles found in your AWS files." : ""));
        summary.filter(s -> !s.region().isBlank() && regionText().isEmpty()).ifPresent(s -> profileRegion.setValue(s.region()));
        boolean ssoProfile = summary.map(s -> s.kind() == AwsProfileSummary.Kind.SSO).orElse(false)
                && credentialSource.getValue() == Source.PROFILE;
        ssoLogin.setVisible(ssoProfile);
        ssoLogin.setManaged(ssoProfile);
    }

    private void runTest() {
        Built built = build();
        if (built.profile().isEmpty()) {
            testResult.setText(built.problem());
            return;
        }
        ConnectionProfile profile = built.profile().get();
        StoredSecret typed = secret();
        if (typed != null) {
            // Not stored yet: test with the typed keys, held in memory only.
            profile = new ConnectionProfile(profile.id(), profile.name(), profile.region(), profile.endpoint(),
                    new CredentialSource.StaticKeys(accessKeyId.getText().strip(), typed.secretAccessKey(), typed.sessionToken()),
                    profile.readOnly(), profile.environment(), profile.colour(), false);
        }
        ConnectionProfile tested = profile;
        testProgress.setVisible(true);
        testConnection.setDisable(true);
        testResult.getStyleClass().removeAll("test-ok", "test-failed");
        testResult.setText("Testing…");
        tasks.task("Testing " + tested.name(), context -> tester.test(tested))
                .quiet()
                .onSuccess(this::showReport)
                .onFailure(failure -> showReport(new ConnectionTester.Report(List.of(),
                        ConnectionProblem.of(failure, tested.credentials().describe(), tested.endpointLabel()))))
                .onDone(() -> {
                    testProgress.setVisible(false);
                    testConnection.setDisable(false);
                })
                .start();
    }

    private void showReport(ConnectionTester.Report report) {
        StringBuilder text = new StringBuilder(report.ok() ? "✔ Connected.\n" : "✘ " + report.problem().message() + "\n");
        report.facts().forEach(fact -> text.append(fact).append('\n'));
        testResult.setText(text.toString().strip());
        testResult.getStyleClass().add(report.ok() ? "test-ok" : "test-failed");
        resize.run();
    }

    private void runSsoLogin() {
        String name = awsProfileText();
        testResult.getStyleClass().removeAll("test-ok", "test-failed");
        testResult.setText("Running aws sso login --profile " + name + "… confirm in the browser it opens.");
        StringBuilder lines = new StringBuilder();
        tasks.task("SSO login for " + name, context -> {
                    sso.logIn(name, line -> context.deliver(() -> {
                        lines.append(line).append('\n');
                        testResult.setText(lines.toString().strip());
                    }));
                    return null;
                })
                .quiet()
                .onSuccess(done -> runTest())
                .onFailure(failure -> {
                    testResult.setText(failure.getMessage());
                    testResult.getStyleClass().add("test-failed");
                })
                .start();
    }

    private String regionText() {
        String typed = profileRegion.getEditor().getText();
        String value = typed == null || typed.isBlank() ? profileRegion.getValue() : typed;
        return value == null ? "" : value.strip();
    }

    private String awsProfileText() {
        String typed = awsProfile.getEditor().getText();
        String value = typed == null || typed.isBlank() ? awsProfile.getValue() : typed;
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
