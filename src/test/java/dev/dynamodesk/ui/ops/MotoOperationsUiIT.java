package dev.dynamodesk.ui.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.testing.RandomTables;
import dev.dynamodesk.testing.SameItems;
import dev.dynamodesk.testing.Backend;
import dev.dynamodesk.testing.ReferenceReader;
import dev.dynamodesk.ui.AppUiTest;
import dev.dynamodesk.ui.common.RecordingDialogs;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import dev.dynamodesk.ui.connection.SidebarNode;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The operations panel on moto, standing in for AWS where DynamoDB Local has no such API: point-in-
 * time recovery turned on and a restore to a new table, an on-demand backup made, restored and
 * deleted, tags and a resource policy edited, each through its form with the request shown first,
 * and each checked with the test's own SDK client (the restores item by item against the source).
 * Then an export to S3 from the panel, read straight from moto's S3 by the window's import into
 * the embedded DynamoDB Local, where the items are those of moto's table, by value.
 */
class MotoOperationsUiIT extends AppUiTest {
    @Test
    void pitrBackupsTagsAndAPolicyAreChangedFromTheOperationsPanelOnMoto() throws Exception {
        try (Backend moto = Backend.start(Backend.Kind.MOTO)) {
            DynamoDbClient direct = moto.client();
            RandomTables.create(direct, "Ledger");
            RandomTables.load(direct, "Ledger", 60, 3);
            startConnectedTo(moto, "Moto");
            openTable("Ledger");
            robot.clickOn("#showInfo");
            waitUntil(() -> text("#operation-point-in-time-recovery").equals("DISABLED"));
            assertThat(text("#operation-backups")).isEqualTo("none");

            // Point-in-time recovery on, with a recovery period.
            clickWhenShown("#changePitr");
            waitUntil(() -> robot.lookup("#pitrDialog").tryQuery().isPresent());
            DialogPane pitr = robot.lookup("#pitrDialog").queryAs(DialogPane.class);
            robot.clickOn("#pitrOn");
            robot.interact(() -> robot.lookup("#pitrDays").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(7));
            TextArea pitrRequest = robot.from(pitr).lookup(".request-json").queryAs(TextArea.class);
            waitUntil(() -> pitrRequest.getText().contains("\"RecoveryPeriodInDays\" : 7"));
            assertThat(pitrRequest.getText()).startsWith("// UpdateContinuousBackups").contains("\"PointInTimeRecoveryEnabled\" : true");
            robot.clickOn("#sendOperation");
            waitUntil(() -> text("#operation-point-in-time-recovery").startsWith("ENABLED"));
            assertThat(direct.describeContinuousBackups(b -> b.tableName("Ledger")).continuousBackupsDescription()
                    .pointInTimeRecoveryDescription().pointInTimeRecoveryStatusAsString()).isEqualTo("ENABLED");

            // Restore to the latest restorable time, into a new table holding the same items.
            clickWhenShown("#restorePitr");
            waitUntil(() -> robot.lookup("#restorePitrDialog").tryQuery().isPresent());
            robot.interact(() -> robot.lookup("#restoreTable").queryTextInputControl().setText("LedgerRestored"));
            robot.clickOn("#sendOperation");
            waitUntil(() -> direct.listTables().tableNames().contains("LedgerRestored"));
            waitUntil(() -> tableNames().contains("LedgerRestored")); // the sidebar lists the new table
            SameItems.assertSame("the point-in-time restore made in the window", ReferenceReader.scan(direct, "Ledger"),
                    ReferenceReader.scan(direct, "LedgerRestored"), RandomTables.KEYS);

            // An on-demand backup: listed with its own row, restored, then deleted once its name is confirmed.
            clickWhenShown("#createBackup");
            waitUntil(() -> robot.lookup("#createBackupDialog").tryQuery().isPresent());
            robot.interact(() -> robot.lookup("#backupName").queryTextInputControl().setText("before-migration"));
            robot.clickOn("#sendOperation");
            waitUntil(() -> text("#operation-backups").startsWith("1 backup; latest before-migration"));
            assertThat(direct.listBackups(b -> b.tableName("Ledger")).backupSummaries())
                    .extracting(summary -> summary.backupName()).containsExactly("before-migration");
            dev.dynamodesk.ui.Screenshots.saveShowing(robot, "#operationsPane", "operations-moto");
            clickWhenShown("#restoreBackup");
            waitUntil(() -> robot.lookup("#restoreBackupDialog").tryQuery().isPresent());
            robot.interact(() -> robot.lookup("#restoreTable").queryTextInputControl().setText("LedgerFromBackup"));
            robot.clickOn("#sendOperation");
            waitUntil(() -> direct.listTables().tableNames().contains("LedgerFromBackup"));
            SameItems.assertSame("the backup's restore made in the window", ReferenceReader.scan(direct, "Ledger"),
                    ReferenceReader.scan(direct, "LedgerFromBackup"), RandomTables.KEYS);
            try (RecordingDialogs dialogs = RecordingDialogs.answering(true)) {
                clickWhenShown("#deleteBackup");
                waitUntil(() -> text("#operation-backups").equals("none"));
                assertThat(dialogs.asked).singleElement().satisfies(question ->
                        assertThat(question.header()).isEqualTo("Delete backup before-migration?"));
            }
            assertThat(direct.listBackups(b -> b.tableName("Ledger")).backupSummaries()).isEmpty();

            // Tags, one a line.
            String arn = direct.describeTable(b -> b.tableName("Ledger")).table().tableArn();
            clickWhenShown("#editTags");
            waitUntil(() -> robot.lookup("#tagsDialog").tryQuery().isPresent());
            robot.interact(() -> robot.lookup("#tagLines").queryTextInputControl().setText("team=payments\ncost-centre=42\n"));
            robot.clickOn("#sendOperation");
            waitUntil(() -> text("#operation-tags").contains("team=payments"));
            assertThat(direct.listTagsOfResource(b -> b.resourceArn(arn)).tags().stream()
                    .collect(Collectors.toMap(tag -> tag.key(), tag -> tag.value())))
                    .isEqualTo(Map.of("team", "payments", "cost-centre", "42"));

            // A resource policy: the template's JSON edited, the diff shown, then put; moto gives back what was put.
            clickWhenShown("#editPolicy");
            waitUntil(() -> robot.lookup("#policyDialog").tryQuery().isPresent());
            DialogPane policyDialog = robot.lookup("#policyDialog").queryAs(DialogPane.class);
            TextArea json = robot.lookup("#policyJson").queryAs(TextArea.class);
            robot.interact(() -> json.setText("{not json"));
            waitUntil(() -> robot.from(policyDialog).lookup(".form-problem").queryAllAs(Label.class).stream()
                    .anyMatch(label -> !label.getText().isBlank()));
            assertThat(policyDialog.lookupButton(policyDialog.getButtonTypes().get(1)).isDisabled()).isTrue();
            String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                    + "\"arn:aws:iam::123456789012:root\"},\"Action\":\"dynamodb:GetItem\",\"Resource\":\"" + arn + "\"}]}";
            robot.interact(() -> json.setText(policy));
            TextArea diff = robot.lookup("#policyDiff").queryAs(TextArea.class);
            waitUntil(() -> diff.getText().contains("+") && diff.getText().contains("dynamodb:GetItem"));
            robot.clickOn("#sendOperation");
            waitUntil(() -> text("#operation-resource-policy").startsWith("present"));
            assertThat(ReferenceReader.JSON.readTree(direct.getResourcePolicy(b -> b.resourceArn(arn)).policy()))
                    .isEqualTo(ReferenceReader.JSON.readTree(policy));

            // DynamoDB's own export to S3 (PITR is on now), followed until it ends.
            try (S3Client s3 = S3Client.builder().endpointOverride(moto.endpoint()).forcePathStyle(true).region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("differential", "tests"))).build()) {
                s3.createBucket(b -> b.bucket("exports"));
            }
            clickWhenShown("#exportToS3");
            waitUntil(() -> robot.lookup("#exportS3Dialog").tryQuery().isPresent());
            robot.interact(() -> robot.lookup("#exportS3Url").queryTextInputControl().setText("s3://exports/ledger"));
            DialogPane exportDialog = robot.lookup("#exportS3Dialog").queryAs(DialogPane.class);
            TextArea exportRequest = robot.from(exportDialog).lookup(".request-json").queryAs(TextArea.class);
            waitUntil(() -> exportRequest.getText().startsWith("// ExportTableToPointInTime"));
            assertThat(exportRequest.getText()).contains("\"S3Bucket\" : \"exports\"").contains("\"S3Prefix\" : \"ledger\"");
            robot.clickOn("#sendOperation");
            waitUntil(() -> text("#operationStatus").startsWith("export COMPLETED Ledger"));
            waitUntil(() -> text("#operation-s3-jobs").contains("export COMPLETED Ledger → s3://exports/ledger"));

            // The account's exports and imports, from the connection's menu: moto lists exports only by table, which is said.
            menuItem("Moto", "s3JobsHere");
            waitUntil(() -> robot.lookup("#s3JobsTable").tryQuery().isPresent());
            javafx.scene.control.TableView<dev.dynamodesk.dynamo.ops.S3Jobs.Job> jobs = robot.lookup("#s3JobsTable")
                    .queryAs(javafx.scene.control.TableView.class);
            waitUntil(() -> jobs.getItems().size() == 1);
            var referenceExports = direct.listExports(b -> b.tableArn(arn)).exportSummaries();
            assertThat(jobs.getItems()).extracting(job -> job.arn()).containsExactly(referenceExports.get(0).exportArn());
            var reference = direct.describeExport(b -> b.exportArn(referenceExports.get(0).exportArn())).exportDescription();
            assertThat(jobs.getItems().get(0)).satisfies(job -> {
                assertThat(job.kind()).isEqualTo("export");
                assertThat(job.status()).isEqualTo(reference.exportStatusAsString());
                assertThat(job.items()).isEqualTo(reference.itemCount());
                assertThat(job.s3()).isEqualTo("s3://exports/ledger");
            });
            assertThat(robot.lookup("#s3JobsUnavailable").queryAs(Label.class).getText())
                    .startsWith("This endpoint lists exports only of one table: listed for 3 of 3 tables;");
            assertThat(robot.lookup("#s3JobsStatus").queryAs(Label.class).getText()).startsWith("1 job, 0 in progress · read at ");
            dev.dynamodesk.ui.Screenshots.saveShowing(robot, "#s3JobsTable", "s3-jobs");

            // Production's export, into the embedded DynamoDB Local: read straight from moto's S3 with the Moto connection.
            selectConnection("Local (embedded)");
            robot.clickOn("File").clickOn("Import into new table…");
            waitUntil(() -> robot.lookup("#importDialog").tryQuery().isPresent());
            robot.clickOn("#newTableName").write("LedgerLocal");
            robot.clickOn("#newTablePartitionKey").write("pk");
            robot.clickOn("#newTableSortKey").write("sk");
            robot.interact(() -> robot.lookup("#newTableSortType").queryAs(javafx.scene.control.ChoiceBox.class)
                    .setValue(dev.dynamodesk.item.AttributeType.N));
            robot.interact(() -> robot.lookup("#importFile").queryTextInputControl().setText("s3://exports/ledger/"));
            waitUntil(() -> robot.lookup("#importS3Reader").queryAs(javafx.scene.control.ChoiceBox.class).isVisible());
            assertThat(robot.lookup("#importS3Reader").queryAs(javafx.scene.control.ChoiceBox.class).getValue()).hasToString("Moto");
            TextArea preview = robot.lookup("#importPreview").queryAs(TextArea.class);
            waitUntil(() -> preview.getText().startsWith("line 1: {\"pk\":"));
            javafx.scene.Node confirm = robot.lookup("#confirmImport").query();
            waitUntil(() -> !confirm.isDisabled());
            robot.clickOn("#confirmImport");
            waitUntil(() -> robot.lookup("#importDone").tryQuery().isPresent());
            DialogPane done = robot.lookup("#importDone").queryAs(DialogPane.class);
            assertThat(done.getContentText()).contains("60 records read: 60 written.");
            robot.clickOn(done.lookupButton(javafx.scene.control.ButtonType.OK));
            try (DynamoDbClient local = new dev.dynamodesk.connection.DynamoClientFactory().create(dev.dynamodesk.connection
                    .ConnectionProfile.builtInLocal().withEndpoint(((dev.dynamodesk.ui.shell.DynamoDeskApp) app).localEndpoint().orElseThrow()))) {
                SameItems.assertSame("moto's export read from its S3 in the window, into Local", ReferenceReader.scan(direct, "Ledger"),
                        ReferenceReader.scan(local, "LedgerLocal"), RandomTables.KEYS);
            }
        }
    }

    /** A saved connection to moto through an AWS profile of its own (endpoint and made-up keys), connected. */
    /** Chooses an item of the connection row's right-click menu, once it is enabled there. */
    private void menuItem(String connection, String id) throws Exception {
        selectConnection(connection);
        TreeView<SidebarNode> tree = robot.lookup("#connectionTree").queryAs(TreeView.class);
        javafx.scene.control.MenuItem chosen = tree.getContextMenu().getItems().stream()
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
        robot.interact(() -> tree.getContextMenu().show(tree, javafx.geometry.Side.BOTTOM, 0, 0));
        waitUntil(() -> !chosen.isDisable());
        robot.interact(() -> {
            chosen.fire();
            tree.getContextMenu().hide();
        });
    }

    private void selectConnection(String name) {
        ConnectionViewModel connection = connection(name);
        TreeView<SidebarNode> tree = robot.lookup("#connectionTree").queryAs(TreeView.class);
        var row = tree.getRoot().getChildren().stream().filter(item -> item.getValue().connection() == connection).findFirst().orElseThrow();
        robot.interact(() -> tree.getSelectionModel().select(row));
    }

    /** The panel's rows are made again on each read of the settings: wait for the button of the latest. */
    private void clickWhenShown(String id) throws Exception {
        waitUntil(() -> robot.lookup(id).tryQuery().isPresent());
        javafx.scene.Node node = robot.lookup(id).query();
        robot.interact(() -> scrollTo(node));
        robot.clickOn(id);
    }

    /** Scrolls the Info view (as a person would) until {@code node} is in sight. */
    private static void scrollTo(javafx.scene.Node node) {
        javafx.scene.Parent parent = node.getParent();
        while (parent != null && !(parent instanceof javafx.scene.control.ScrollPane)) {
            parent = parent.getParent();
        }
        if (parent instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
            javafx.scene.Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
            scroll.layout();
        }
    }

    private String text(String id) {
        return robot.lookup(id).tryQueryAs(Label.class).map(Label::getText).map(String::valueOf).orElse("");
    }
}
