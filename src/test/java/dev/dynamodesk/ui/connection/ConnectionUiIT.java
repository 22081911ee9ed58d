package dev.dynamodesk.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.config.AppDirectories;
import dev.dynamodesk.testing.AwsFiles;
import dev.dynamodesk.testing.StsStandIn;
import dev.dynamodesk.ui.AppUiTest;
import dev.dynamodesk.ui.shell.DynamoDeskApp;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The connection dialog, Test Connection, saved connections and their marks, driven as a user would. */
class ConnectionUiIT extends AppUiTest {
    private static final String SECRET = "ui-secret-never-in-any-file";
    private static final String TOKEN = "ui-session-token-never-in-any-file";

    /** Everything the app logs during a test, to be searched for secrets. */
    private final ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
            new ch.qos.logback.core.read.ListAppender<>();

    @BeforeAll
    static void noKeychain() {
        System.setProperty("dynamodesk.noKeychain", "true");
    }

    @org.junit.jupiter.api.BeforeEach
    void captureLogs() {
        var root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logged.start();
        root.addAppender(logged);
    }

    @org.junit.jupiter.api.AfterEach
    void noSecretLogged() {
        var root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(logged);
        for (var event : List.copyOf(logged.list)) {
            StringBuilder text = new StringBuilder(event.getFormattedMessage());
            for (var t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                text.append(' ').append(t.getMessage());
            }
            assertThat(text.toString()).as("a log line").doesNotContain(SECRET, TOKEN, "base-secret-in-the-users-own-file",
                    "prod-secret-in-the-users-own-file", StsStandIn.ROLE_SECRET, StsStandIn.ROLE_TOKEN, "Authorization");
        }
    }

    @AfterAll
    static void keychainAgain() {
        System.clearProperty("dynamodesk.noKeychain");
    }

    @Test
    void typedKeysAreTestedAgainstLocalAndAClosedPortThenSavedWithoutTheSecretInAnyFile() throws Exception {
        DynamoDeskApp app = start(0);
        waitUntil(() -> tableNames().size() == 6);
        String endpoint = app.localEndpoint().orElseThrow().toString();

        robot.clickOn("#newConnection");
        waitUntil(() -> robot.lookup("#profileDialog").tryQuery().isPresent());
        robot.clickOn("#profileName").write("Typed keys");
        robot.interact(() -> {
            robot.lookup("#profileRegion").queryComboBox().getEditor().setText("eu-west-1");
            robot.lookup("#credentialSource").queryAs(ChoiceBox.class).getSelectionModel()
                    .select(ProfileDialogController.Source.KEYS);
        });
        robot.clickOn("#profileEndpoint").write(endpoint);
        robot.clickOn("#accessKeyId").write("AKIATESTUI000001");
        robot.clickOn("#secretAccessKey").write(SECRET);
        robot.clickOn("#sessionToken").write(TOKEN);
        assertThat(label("#localDatabaseNote")).contains("AKIATESTUI000001_eu-west-1.db", "-sharedDb");
        assertThat(label("#keychainNote")).contains("for this session only");

        robot.clickOn("#testConnection");
        waitUntil(() -> label("#testResult").startsWith("✔"));
        assertThat(label("#testResult")).contains("Tables: 6", "access key ****0001", "Account: not AWS");

        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        replace("#profileEndpoint", "http://127.0.0.1:" + closed);
        robot.clickOn("#testConnection");
        waitUntil(() -> label("#testResult").startsWith("✘"));
        assertThat(label("#testResult")).contains("Connection refused", "127.0.0.1:" + closed);

        replace("#profileEndpoint", endpoint);
        robot.clickOn("#saveProfile");
        waitUntil(() -> connectionNames().contains("Typed keys"));
        waitUntil(() -> tablesOf("Typed keys") == 6);

        Path profiles = AppDirectories.under(home).configDir().resolve("profiles.json");
        waitUntil(() -> Files.exists(profiles));
        assertThat(Files.readString(profiles)).contains("AKIATESTUI000001", "Typed keys").doesNotContain(SECRET, TOKEN);
        assertNoFileUnder(home, SECRET, TOKEN);
    }

    @Test
    void aSavedProductionProfileFromTheAwsFilesIsMarkedAndReadOnlyEverywhere() throws Exception {
        // Local's endpoint is known only once it runs: start once to learn it, then write the files and start again.
        DynamoDeskApp first = start(0);
        waitUntil(() -> tableNames().size() == 6);
        int port = first.localEndpoint().orElseThrow().getPort();
        stopApp();

        AwsFiles aws = new AwsFiles(home.resolve("aws"), """
                [profile shop-prod]
                region = eu-central-1
                endpoint_url = http://127.0.0.1:%d
                """.formatted(port), """
                [shop-prod]
                aws_access_key_id = AKIAPRODPROFILE001
                aws_secret_access_key = prod-secret-in-the-users-own-file
                """);
        Path profiles = AppDirectories.under(home).configDir().resolve("profiles.json");
        Files.createDirectories(profiles.getParent());
        Files.writeString(profiles, """
                {"connections": [{"id": "p1", "name": "Shop prod", "region": "eu-central-1", "source": "profile",
                  "awsProfile": "shop-prod", "colour": "red", "environment": "PRODUCTION", "readOnly": true}]}
                """);
        start(port, aws.files());
        waitUntil(() -> connectionNames().contains("Shop prod"));
        assertThat(hints()).contains("Not connected — double-click to connect");

        selectConnectionAndPressEnter("Shop prod");
        try {
            waitUntil(() -> tablesOf("Shop prod") == 6);
        } catch (java.util.concurrent.TimeoutException e) {
            ConnectionViewModel c = connection("Shop prod");
            throw new AssertionError("state " + c.stateProperty().get() + " error " + c.errorProperty().get(), e);
        }
        ConnectionViewModel prod = connection("Shop prod");
        assertThat(prod.services().guard().readOnly()).isTrue();
        assertThat(prod.profile().endpointLabel()).isEqualTo("http://127.0.0.1:" + port);

        TreeView<SidebarNode> tree = robot.lookup("#connectionTree").queryAs(TreeView.class);
        var prodItem = tree.getRoot().getChildren().stream().filter(item -> item.getValue().connection() == prod).findFirst().orElseThrow();
        robot.interact(() -> {
            tree.getSelectionModel().select(prodItem.getChildren().get(0));
            tree.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> tabs().stream().anyMatch(tab -> tab.getStyleClass().contains("production-tab")));
        Stage stage = (Stage) robot.lookup("#mainRoot").query().getScene().getWindow();
        assertThat(stage.getTitle()).contains("Shop prod", "PRODUCTION", "read-only");
        assertThat(robot.lookup(".production-badge").queryAll()).hasSizeGreaterThanOrEqualTo(2); // sidebar and tab
        assertNoFileUnder(AppDirectories.under(home).configDir(), "prod-secret-in-the-users-own-file");
    }

    @Test
    void aRoleWithMfaAsksForTheCodeInTheAppWhenConnecting() throws Exception {
        DynamoDeskApp first = start(0);
        waitUntil(() -> tableNames().size() == 6);
        int port = first.localEndpoint().orElseThrow().getPort();
        stopApp();

        try (StsStandIn sts = new StsStandIn()) {
            AwsFiles aws = new AwsFiles(home.resolve("aws"), """
                    [profile base]
                    region = eu-west-1

                    [profile admin]
                    role_arn = arn:aws:iam::123456789012:role/Admin
                    source_profile = base
                    mfa_serial = arn:aws:iam::123456789012:mfa/alice
                    external_id = partner-42
                    services = local-dynamo

                    [services local-dynamo]
                    dynamodb =
                      endpoint_url = http://127.0.0.1:%d
                    """.formatted(port), """
                    [base]
                    aws_access_key_id = AKIABASEPROFILE0001
                    aws_secret_access_key = base-secret-in-the-users-own-file
                    """).with("AWS_ENDPOINT_URL_STS", sts.endpoint().toString());
            Path profiles = AppDirectories.under(home).configDir().resolve("profiles.json");
            Files.createDirectories(profiles.getParent());
            Files.writeString(profiles, """
                    {"connections": [{"id": "m1", "name": "Admin with MFA", "region": "eu-west-1", "source": "profile",
                      "awsProfile": "admin"}]}
                    """);
            start(port, aws.files());
            waitUntil(() -> connectionNames().contains("Admin with MFA"));
            selectConnectionAndPressEnter("Admin with MFA");

            try {
                waitUntil(() -> robot.lookup("#mfaDialog").tryQuery().isPresent());
            } catch (java.util.concurrent.TimeoutException e) {
                ConnectionViewModel c = connection("Admin with MFA");
                throw new AssertionError("no MFA question; state " + c.stateProperty().get() + ", error " + c.errorProperty().get(), e);
            }
            assertThat(robot.lookup("#mfaDialog").queryAs(DialogPane.class).getHeaderText())
                    .contains("arn:aws:iam::123456789012:role/Admin", "arn:aws:iam::123456789012:mfa/alice");
            robot.clickOn("#mfaCode").write("123456");
            robot.clickOn(robot.lookup("#mfaDialog").queryAs(DialogPane.class).lookupButton(javafx.scene.control.ButtonType.OK));

            waitUntil(() -> tablesOf("Admin with MFA") == 6);
            assertThat(sts.requests()).singleElement().satisfies(request -> assertThat(request)
                    .containsEntry("TokenCode", "123456")
                    .containsEntry("SerialNumber", "arn:aws:iam::123456789012:mfa/alice")
                    .containsEntry("ExternalId", "partner-42"));
            assertThat(connection("Admin with MFA").profile().endpointLabel()).isEqualTo("http://127.0.0.1:" + port);
        }
    }

    @Test
    void awsProfilesAreImportedInOneClickAndAConnectionCanBeRemoved() throws Exception {
        AwsFiles aws = new AwsFiles(home.resolve("aws"), """
                [default]
                region = eu-west-1

                [profile team-sso]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = Dev

                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = us-east-1
                """, "");
        start(0, aws.files());
        waitUntil(() -> tableNames().size() == 6);
        robot.clickOn("File").clickOn("Import AWS profiles");
        waitUntil(() -> robot.lookup("#importAwsProfilesDone").tryQuery().isPresent());
        DialogPane done = robot.lookup("#importAwsProfilesDone").queryAs(DialogPane.class);
        assertThat(done.getContentText()).contains("Added 2 connections");
        robot.clickOn(done.lookupButton(javafx.scene.control.ButtonType.OK));
        assertThat(connectionNames()).containsExactly("Local (embedded)", "default", "team-sso");
        assertThat(connection("default").profile().region()).isEqualTo("eu-west-1");
        assertThat(connection("team-sso").profile().region()).isEqualTo("us-east-1"); // none in the profile: the fallback

        Path profiles = AppDirectories.under(home).configDir().resolve("profiles.json");
        waitUntil(() -> read(profiles).contains("team-sso"));

        TreeView<SidebarNode> tree = robot.lookup("#connectionTree").queryAs(TreeView.class);
        var item = tree.getRoot().getChildren().stream()
                .filter(row -> row.getValue().connection().profile().name().equals("team-sso")).findFirst().orElseThrow();
        robot.interact(() -> tree.getSelectionModel().select(item));
        robot.clickOn("File").clickOn("Remove connection…");
        waitUntil(() -> robot.lookup("#removeConnectionDialog").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#removeConnectionDialog").queryAs(DialogPane.class).lookupButton(javafx.scene.control.ButtonType.OK));
        waitUntil(() -> !connectionNames().contains("team-sso"));
        waitUntil(() -> !read(profiles).contains("team-sso"));
        assertThat(Files.readString(profiles)).contains("\"default\"");
    }

    @Test
    void aCorruptProfilesFileIsSetAsideAndTheAppStillStarts() throws Exception {
        Path profiles = AppDirectories.under(home).configDir().resolve("profiles.json");
        Files.createDirectories(profiles.getParent());
        Files.writeString(profiles, "{ \"connections\": [ oops");
        start(0);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains("profiles.json could not be read", "profiles.corrupt-");
        waitUntil(() -> tableNames().size() == 6);
        try (Stream<Path> files = Files.list(profiles.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("profiles.corrupt-"));
        }
    }

    private void stopApp() throws Exception {
        org.testfx.api.FxToolkit.cleanupApplication(app);
        org.testfx.api.FxToolkit.cleanupStages();
        app = null;
    }

    /**
     * The keyboard way: the connection's row selected, then Enter (connects a saved connection).
     * Monocle does not turn two clicks into a double-click, so the mouse way cannot be driven here.
     */
    private void selectConnectionAndPressEnter(String name) throws Exception {
        ConnectionViewModel connection = connection(name);
        TreeView<SidebarNode> tree = robot.lookup("#connectionTree").queryAs(TreeView.class);
        for (int attempt = 1; ; attempt++) {
            var item = tree.getRoot().getChildren().stream()
                    .filter(row -> row.getValue().connection() == connection).findFirst().orElseThrow();
            robot.interact(() -> {
                tree.getSelectionModel().select(item);
                tree.requestFocus();
            });
            robot.type(javafx.scene.input.KeyCode.ENTER);
            try {
                waitUntil(() -> connection.stateProperty().get() != ConnectionViewModel.State.DISCONNECTED);
                return;
            } catch (java.util.concurrent.TimeoutException e) {
                if (attempt == 2) {
                    throw new AssertionError("Enter on " + name + " did not start connecting; focus was on "
                            + tree.getScene().getFocusOwner(), e);
                }
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return ""; // being replaced right now: try again
        }
    }

    private String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void replace(String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
    }

    private List<String> connectionNames() {
        TreeView<SidebarNode> tree = robot.lookup("#connectionTree").queryAs(TreeView.class);
        return tree.getRoot().getChildren().stream().map(item -> item.getValue().connection().profile().name()).toList();
    }

    private List<String> hints() {
        TreeView<SidebarNode> tree = robot.lookup("#connectionTree").queryAs(TreeView.class);
        return tree.getRoot().getChildren().stream().flatMap(item -> item.getChildren().stream())
                .map(item -> item.getValue()).filter(SidebarNode.Hint.class::isInstance)
                .map(node -> ((SidebarNode.Hint) node).text()).toList();
    }


    /** How many tables the connection lists; -1 while its row is not in the tree (the sidebar rebuilds rows as they change). */
    private long tablesOf(String name) {
        TreeView<SidebarNode> tree = robot.lookup("#connectionTree").queryAs(TreeView.class);
        return tree.getRoot().getChildren().stream().map(item -> item.getValue().connection())
                .filter(c -> c.profile().name().equals(name)).findFirst().map(c -> (long) c.tables().size()).orElse(-1L);
    }

    private List<Tab> tabs() {
        return robot.lookup("#tabs").queryAs(TabPane.class).getTabs();
    }

    /** Every file the app wrote under {@code folder} (config, logs, data), searched for the given texts. */
    private static void assertNoFileUnder(Path folder, String... secrets) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    assertThat(content).as("%s must not hold a secret", file).doesNotContain(secret);
                }
            }
        }
    }
}
