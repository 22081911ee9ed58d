package dev.dynamodesk.ui.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.testing.ReferenceReader;
import dev.dynamodesk.testing.Typed;
import dev.dynamodesk.transform.CopyJob;
import dev.dynamodesk.ui.AppUiTest;
import dev.dynamodesk.ui.Screenshots;
import dev.dynamodesk.ui.shell.DynamoDeskApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The copy page's transformers on the sample UserData: email=email and profile.displayName=name
 * with every other string hashed, the preview of the first items before and after, then the copy
 * into a new table, checked with the test's own client: keys kept, every email and display name
 * changed, no source email anywhere, every item's types and shape kept. The job saved and loaded
 * back.
 */
class AnonymizedCopyUiIT extends AppUiTest {
    @Test
    void anAnonymizedCopyFromTheCopyPage() throws Exception {
        DynamoDeskApp started = start(0);
        waitUntil(() -> tableNames().size() == 6 && robot.lookup("#taskStatus").queryAs(Label.class).getText().isEmpty());
        openCopyPage("UserData");
        robot.interact(() -> robot.lookup("#otherTable").queryTextInputControl().setText("UserDataAnon"));
        robot.clickOn("#createOtherTable");
        TransformJobView transforms = robot.lookup("#transformJob").queryAs(TransformJobView.class);
        robot.interact(() -> transforms.setExpanded(true));
        // The fields scroll once the transformers are open: the button is pressed as a person would after scrolling to it.
        robot.interact(() -> robot.lookup("#addTransform").queryButton().fire());
        robot.interact(() -> robot.lookup("#addTransform").queryButton().fire());
        robot.interact(() -> {
            robot.lookup("#transformPath0").queryAs(TextField.class).setText("email");
            robot.lookup("#transformKind0").queryAs(ComboBox.class).getEditor().setText("email");
            robot.lookup("#transformPath1").queryAs(TextField.class).setText("profile.displayName");
            robot.lookup("#transformKind1").queryAs(ComboBox.class).getEditor().setText("name");
            robot.lookup("#defaultS").queryAs(ComboBox.class).getEditor().setText("hash");
            robot.lookup("#secretTyped").queryAs(TextField.class).setText("a secret for the test");
        });
        waitUntil(() -> text("#previewStatus").matches("The first 20 items: [1-9][0-9]* of [0-9]+ attributes changed"));
        TableView<TransformJobModel.PreviewRow> preview = robot.lookup("#transformPreview").queryAs(TableView.class);
        assertThat(preview.getItems()).filteredOn(row -> row.attribute().equals("email")).isNotEmpty().allSatisfy(row -> {
            assertThat(row.before()).contains("@example.com");
            assertThat(row.after()).contains("@").doesNotContain("example.com");
        });
        assertThat(preview.getItems()).filteredOn(row -> row.attribute().equals("userId")).allSatisfy(row ->
                assertThat(row.changed()).as("a key is kept").isFalse());
        robot.interact(() -> robot.lookup("#copyFormScroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        Screenshots.saveShowing(robot, "#transformPreview", "copy-anonymize");

        robot.clickOn("#copyTable");
        waitUntil(() -> text("#copyCompareStatus").startsWith("Copied: read "));
        assertThat(text("#copyCompareStatus")).contains("failed 0").contains("Transformed: ").contains("email=email: 25 values")
                .contains("profile.displayName=name: 25 values");
        try (DynamoDbClient direct = new DynamoClientFactory().create(ConnectionProfile.builtInLocal()
                .withEndpoint(started.localEndpoint().orElseThrow()))) {
            List<Map<String, Typed>> source = ReferenceReader.scan(direct, "UserData");
            Map<String, Map<String, Typed>> copied = ReferenceReader.scan(direct, "UserDataAnon").stream()
                    .collect(Collectors.toMap(item -> item.get("userId").value().toString(), item -> item));
            assertThat(copied).hasSize(source.size());
            String everything = copied.toString();
            for (Map<String, Typed> item : source) {
                Map<String, Typed> anonymous = copied.get(item.get("userId").value().toString());
                assertThat(anonymous).as("kept under its key").isNotNull();
                assertThat(Typed.shape(anonymous)).isEqualTo(Typed.shape(item));
                String email = item.get("email").value().toString();
                assertThat(everything).doesNotContain(email);
                assertThat(anonymous.get("email").value().toString()).contains("@").isNotEqualTo(email);
                Object name = ((Map<?, ?>) item.get("profile").value()).get("displayName");
                assertThat(((Map<?, ?>) anonymous.get("profile").value()).get("displayName")).isNotEqualTo(name);
            }
        }

        // A subset chosen by a PartiQL WHERE, as Neosync chooses one: exactly the items the SDK's scan finds with that condition.
        robot.interact(() -> {
            robot.lookup("#otherTable").queryTextInputControl().setText("UserDataActive");
            robot.lookup("#partiqlWhere").queryTextInputControl().setText("loginCount > 1000");
        });
        assertThat(text("#subsetStatement")).startsWith("Runs SELECT * FROM \"UserData\" WHERE loginCount > 1000");
        robot.interact(() -> robot.lookup("#copyTable").queryButton().fire());
        // Copy sets the status to "Copying…" as it is pressed: "Copied" now is this copy's.
        waitUntil(() -> text("#copyCompareStatus").startsWith("Copied: read "));
        try (DynamoDbClient direct = new DynamoClientFactory().create(ConnectionProfile.builtInLocal()
                .withEndpoint(started.localEndpoint().orElseThrow()))) {
            List<String> expected = ReferenceReader.scan(direct, "UserData").stream()
                    .filter(item -> item.get("loginCount") != null && ((java.math.BigDecimal) item.get("loginCount").value())
                            .compareTo(java.math.BigDecimal.valueOf(1000)) > 0)
                    .map(item -> item.get("userId").value().toString()).sorted().toList();
            assertThat(ReferenceReader.scan(direct, "UserDataActive").stream().map(item -> item.get("userId").value().toString())
                    .sorted().toList()).isNotEmpty().isEqualTo(expected);
        }

        // The job saved (no secret) and loaded back into an emptied form.
        Path job = home.resolve("user-data-job.json");
        robot.interact(() -> transforms.model().save(transforms.model().toJob("Local (embedded)", "Local (embedded)", "UserDataAnon",
                true, "overwrite"), job));
        // The status line is shared with the preview, which may refresh meanwhile: the file itself is what counts.
        waitUntil(() -> Files.exists(job));
        CopyJob saved = CopyJob.read(job);
        assertThat(saved.transforms()).containsExactly("email=email", "profile.displayName=name");
        assertThat(saved.defaults()).containsExactly("S=hash");
        assertThat(saved.partiqlWhere()).isEqualTo("loginCount > 1000");
        assertThat(Files.readString(job)).doesNotContain("a secret for the test");
        robot.interact(() -> {
            transforms.model().rules().clear();
            transforms.model().open(job);
        });
        waitUntil(() -> transforms.model().rules().size() == 2);
        assertThat(transforms.model().rules().get(1).pathProperty().get()).isEqualTo("profile.displayName");
        waitUntil(() -> robot.lookup("#otherTable").queryTextInputControl().getText().equals("UserDataAnon")); // the job's target
        assertThat(robot.lookup("#partiqlWhere").queryTextInputControl().getText()).isEqualTo("loginCount > 1000");
    }


    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
