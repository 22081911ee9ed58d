package dev.dynamodesk.ui.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.ui.AppUiTest;
import dev.dynamodesk.ui.Screenshots;
import dev.dynamodesk.ui.shell.DynamoDeskApp;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The operations panel on the built-in DynamoDB Local: a stream turned on with its view type and
 * TTL on an attribute, each through its form with the request shown first, checked with the
 * test's own client; tags, which Local lacks, say so and offer nothing.
 */
class OperationsUiIT extends AppUiTest {
    @Test
    void aStreamAndTimeToLiveAreTurnedOnFromTheOperationsPanel() throws Exception {
        DynamoDeskApp started = start(0);
        waitUntil(() -> tableNames().size() == 6 && robot.lookup("#taskStatus").queryAs(Label.class).getText().isEmpty());
        openTable("Orders");
        robot.clickOn("#showInfo");
        waitUntil(() -> robot.lookup("#operation-stream").tryQuery().isPresent());
        assertThat(text("#operation-stream")).isEqualTo("DISABLED");
        assertThat(text("#operation-tags")).isEqualTo("not available (Tagging is not currently supported in DynamoDB Local.)");
        assertThat(robot.lookup("#editTags").tryQuery()).isEmpty();

        robot.clickOn("#changeStream");
        waitUntil(() -> robot.lookup("#streamDialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#streamDialog").queryAs(DialogPane.class);
        robot.clickOn("#streamOn");
        ComboBox<String> view = robot.lookup("#streamViewType").queryComboBox();
        robot.interact(() -> view.setValue("NEW_IMAGE"));
        TextArea preview = robot.from(dialog).lookup(".request-json").queryAs(TextArea.class);
        waitUntil(() -> preview.getText().contains("\"StreamViewType\" : \"NEW_IMAGE\""));
        assertThat(preview.getText()).startsWith("// UpdateTable").contains("\"StreamEnabled\" : true");
        robot.clickOn("#sendOperation");
        waitUntil(() -> text("#operation-stream").startsWith("NEW_IMAGE ("));

        robot.clickOn("#changeTtl");
        waitUntil(() -> robot.lookup("#ttlDialog").tryQuery().isPresent());
        robot.clickOn("#ttlOn");
        robot.interact(() -> robot.lookup("#ttlAttribute").queryTextInputControl().setText("deliverBy"));
        robot.clickOn("#sendOperation");
        waitUntil(() -> text("#operation-time-to-live").endsWith(" on deliverBy"));
        Screenshots.saveShowing(robot, "#operationsPane", "operations");

        try (DynamoDbClient direct = new DynamoClientFactory().create(ConnectionProfile.builtInLocal()
                .withEndpoint(started.localEndpoint().orElseThrow()))) {
            var table = direct.describeTable(b -> b.tableName("Orders")).table();
            assertThat(table.streamSpecification().streamEnabled()).isTrue();
            assertThat(table.streamSpecification().streamViewTypeAsString()).isEqualTo("NEW_IMAGE");
            assertThat(text("#operation-stream")).isEqualTo("NEW_IMAGE (" + table.latestStreamArn() + ")");
            var ttl = direct.describeTimeToLive(b -> b.tableName("Orders")).timeToLiveDescription();
            assertThat(ttl.attributeName()).isEqualTo("deliverBy");
            assertThat(text("#operation-time-to-live")).isEqualTo(ttl.timeToLiveStatusAsString() + " on deliverBy");
        }
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
