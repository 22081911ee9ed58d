package dev.dynamodesk.ui.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.ui.AppUiTest;
import dev.dynamodesk.ui.Screenshots;
import dev.dynamodesk.ui.shell.DynamoDeskApp;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The sample App table as its entities: the shipped model in the Entities view, the user entity's
 * items with {email} read out of the keys as a column (a Query of GSI1, no Scan), and the access
 * pattern "Users of a company" run with acme: the grid holds what the SDK's own Query returns.
 */
class EntitiesUiIT extends AppUiTest {
    @Test
    @SuppressWarnings("unchecked")
    void theAppTablesUserEntityAndAnAccessPatternOnLiveData() throws Exception {
        DynamoDeskApp started = start(0);
        waitUntil(() -> tableNames().size() == 6 && robot.lookup("#taskStatus").queryAs(Label.class).getText().isEmpty());
        openTable("App");
        robot.clickOn("#showEntities");
        TableView<dev.dynamodesk.entity.Entity> entities = robot.lookup("#entityList").queryAs(TableView.class);
        waitUntil(() -> entities.getItems().size() == 4);
        assertThat(entities.getItems()).extracting(dev.dynamodesk.entity.Entity::name)
                .containsExactly("membership", "user", "project", "company");
        assertThat(robot.lookup("#entityOrigin").queryAs(Label.class).getText()).contains("sample model that ships with Dynamo Desk");
        robot.interact(() -> entities.getSelectionModel().select(1));
        TableView<dev.dynamodesk.entity.EntityAttribute> attributes = robot.lookup("#entityAttributes").queryAs(TableView.class);
        waitUntil(() -> attributes.getItems().stream().anyMatch(a -> a.name().equals("emailVerified")));
        TableView<dev.dynamodesk.entity.AccessPattern> patterns = robot.lookup("#patternList").queryAs(TableView.class);
        assertThat(patterns.getItems()).extracting(dev.dynamodesk.entity.AccessPattern::name)
                .containsExactly("Users of a company", "Companies of a user", "Projects of a company");
        Screenshots.saveShowing(robot, "#entitiesView", "entities");

        // The user entity in the grid: a Query of GSI1 (its partition key is type#user for every user), {email} as a column.
        robot.clickOn("#showEntityItems");
        TableView<Item> grid = robot.lookup("#itemGrid").queryTableView();
        try {
            waitUntil(() -> grid.getItems().size() == 18 && grid.getColumns().stream().anyMatch(c -> "{email}".equals(c.getUserData())));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("grid " + grid.getItems().size() + " columns " + grid.getColumns().stream().map(c -> c.getUserData()).toList()
                    + " explanation " + robot.lookup("#entityExplanation").queryAs(Label.class).getText() + " status "
                    + robot.lookup("#gridStatus").queryAs(Label.class).getText() + " error " + robot.lookup("#gridError").tryQueryAs(Label.class)
                    .map(Label::getText).orElse("-"), e);
        }
        assertThat(robot.lookup("#entityExplanation").queryAs(Label.class).getText())
                .isEqualTo("Query of index GSI1 where GSI1PK = type#user: reads only user's items");
        ComboBox<Object> chooser = robot.lookup("#entityChooser").queryAs(ComboBox.class);
        assertThat(chooser.getConverter().toString(chooser.getValue())).isEqualTo("user");
        TableColumn<Item, ?> email = grid.getColumns().stream().filter(c -> "{email}".equals(c.getUserData())).findFirst().orElseThrow();
        for (int row = 0; row < grid.getItems().size(); row++) {
            Item user = grid.getItems().get(row);
            assertThat(email.getCellData(row)).isEqualTo(new StringValue(((StringValue) user.get("pk")).value().substring("user#".length())));
        }
        assertThat(grid.getColumns().stream().map(c -> (String) c.getUserData()).toList())
                .startsWith("pk", "sk", "{email}", "GSI1PK", "GSI1SK", "email");
        Screenshots.saveShowing(robot, "#itemGrid", "entity-user");

        // The access pattern, run from the Entities view with acme: its items are the SDK's own Query's.
        robot.clickOn("#showEntities");
        robot.interact(() -> patterns.getSelectionModel().select(1));
        // Copied as code with its parameter as a placeholder: the GSI1 Query of "Companies of a user".
        javafx.scene.control.MenuButton code = robot.lookup("#copyPatternCode").queryAs(javafx.scene.control.MenuButton.class);
        robot.interact(() -> code.getItems().stream().filter(item -> "copyPatternCode-PYTHON".equals(item.getId())).findFirst()
                .orElseThrow().fire());
        robot.interact(() -> assertThat(javafx.scene.input.Clipboard.getSystemClipboard().getString())
                .contains("IndexName=\"GSI1\"").contains("KeyConditionExpression=").contains("user#{email}").contains("company#"));
        robot.interact(() -> patterns.getSelectionModel().select(0));
        robot.clickOn("#runPattern");
        waitUntil(() -> robot.lookup("#param-companyId").tryQuery().isPresent());
        robot.clickOn("#param-companyId").write("acme");
        robot.clickOn("#confirmEntityDialog");
        waitUntil(() -> robot.lookup("#itemGrid").tryQuery().isPresent() && grid.getItems().size() == 6
                && grid.getColumns().stream().anyMatch(c -> "{companyId}".equals(c.getUserData())));
        assertThat(robot.lookup("#entityExplanation").queryAs(Label.class).getText())
                .isEqualTo("Users of a company: Query of App where pk = company#acme and begins_with(sk, \"user#\"): reads only that"
                        + " partition's matching items");
        try (DynamoDbClient direct = new DynamoClientFactory().create(ConnectionProfile.builtInLocal()
                .withEndpoint(started.localEndpoint().orElseThrow()))) {
            Set<Item> reference = direct.query(b -> b.tableName("App").keyConditionExpression("pk = :p and begins_with(sk, :s)")
                            .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("company#acme"), ":s", AttributeValue.fromS("user#"))))
                    .items().stream().map(AttributeValues::toItem).collect(Collectors.toSet());
            assertThat(Set.copyOf(grid.getItems())).isEqualTo(reference);
            assertThat(chooser.getConverter().toString(chooser.getValue())).isEqualTo("membership");
            assertThat(grid.getItems().stream().map(item -> Objects.toString(item.get("role"))).distinct().count()).isGreaterThan(1);
            Screenshots.saveShowing(robot, "#itemGrid", "entity-pattern");

            // The builder shows the pattern's query; another query run from it is no entity's view: back to All items.
            assertThat(robot.lookup("#partitionValue").tryQueryAs(javafx.scene.control.TextField.class).map(f -> f.getText()))
                    .contains("company#acme");
            robot.interact(() -> {
                robot.lookup("#partitionValue").queryTextInputControl().setText("company#globex");
                robot.lookup("#sortOperator").queryAs(ComboBox.class).setValue(null);
            });
            robot.clickOn("#runQuery");
            waitUntil(() -> grid.getItems().size() == 6 && grid.getColumns().stream().noneMatch(c -> "{companyId}".equals(c.getUserData())));
            assertThat(chooser.getConverter().toString(chooser.getValue())).isEqualTo("All items");
            assertThat(robot.lookup("#entityExplanation").queryAs(Label.class).getText()).isEmpty();

            // An item that is no entity (no type attribute): Other shows it, and only it.
            Map<String, AttributeValue> legacy = Map.of("pk", AttributeValue.fromS("legacy-1"), "sk", AttributeValue.fromS("x"),
                    "note", AttributeValue.fromS("from before the design"));
            direct.putItem(b -> b.tableName("App").item(legacy));
            robot.interact(() -> chooser.setValue("Other"));
            waitUntil(() -> grid.getItems().size() == 1);
            assertThat(grid.getItems().get(0)).isEqualTo(AttributeValues.toItem(legacy));
            assertThat(robot.lookup("#entityExplanation").queryAs(Label.class).getText()).startsWith("Scan of App keeping the items that are"
                    + " no entity (no type");
        }

        // A new company: the editor opens with its keys built from the templates and its usual attributes ready.
        robot.clickOn("#showEntities");
        robot.interact(() -> entities.getSelectionModel().select(3));
        robot.clickOn("#newEntityItem");
        waitUntil(() -> robot.lookup("#param-companyId").tryQuery().isPresent());
        robot.clickOn("#param-companyId").write("initrode");
        robot.clickOn("#param-name").write("Initrode");
        robot.clickOn("#confirmEntityDialog");
        waitUntil(() -> robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().getSelectedItem()
                instanceof dev.dynamodesk.ui.editor.ItemEditorTab);
        Item draft = ((dev.dynamodesk.ui.editor.ItemEditorTab) robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().getSelectedItem()).model().current();
        assertThat(draft.get("pk")).isEqualTo(new StringValue("company#initrode"));
        assertThat(draft.get("sk")).isEqualTo(new StringValue("company#initrode"));
        assertThat(draft.get("GSI1PK")).isEqualTo(new StringValue("type#company"));
        assertThat(draft.get("GSI1SK")).isEqualTo(new StringValue("Initrode"));
        assertThat(draft.get("name")).isEqualTo(new StringValue("Initrode"));
        assertThat(draft.get("type")).isEqualTo(new StringValue("company"));
        assertThat(draft.attributes()).containsKeys("plan", "seats", "billing", "createdAt");
    }

    @Test
    @SuppressWarnings("unchecked")
    void entitiesAreMergedAndSplitAndTheGridFollows() throws Exception {
        start(0);
        waitUntil(() -> tableNames().size() == 6 && robot.lookup("#taskStatus").queryAs(Label.class).getText().isEmpty());
        openTable("App");
        robot.clickOn("#showEntities");
        TableView<dev.dynamodesk.entity.Entity> entities = robot.lookup("#entityList").queryAs(TableView.class);
        waitUntil(() -> entities.getItems().size() == 4);

        // project merged into membership: one entity of 31 sampled items, both type values.
        robot.interact(() -> entities.getSelectionModel().select(0));
        robot.clickOn("#mergeEntity");
        waitUntil(() -> robot.lookup("#entityChoice").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#entityChoice").queryAs(ComboBox.class).setValue("project"));
        robot.clickOn("#confirmEntityDialog");
        waitUntil(() -> entities.getItems().size() == 3);
        assertThat(entities.getItems()).extracting(e -> e.name() + " " + e.sampled()).containsExactly("membership 31", "user 18", "company 5");
        assertThat(robot.lookup("#entityStatus").queryAs(Label.class).getText()).isEqualTo("Merged project into membership.");

        // Split again by what sk starts with: read from the table (no sample in memory), told apart by their keys.
        robot.interact(() -> entities.getSelectionModel().select(0));
        robot.clickOn("#splitEntity");
        waitUntil(() -> robot.lookup("#entityChoice").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#entityChoice").queryAs(ComboBox.class).setValue("sk"));
        robot.clickOn("#confirmEntityDialog");
        waitUntil(() -> entities.getItems().size() == 4);
        assertThat(entities.getItems()).extracting(e -> e.name() + " " + e.sampled())
                .containsExactly("membership-user 21", "membership-project 10", "user 18", "company 5");
        robot.interact(() -> entities.getSelectionModel().select(1));
        robot.clickOn("#showEntityItems");
        // No index has one partition for every project: asked for a partition first; empty would Scan.
        waitUntil(() -> robot.lookup("#entityPartitionDialog").tryQuery().isPresent());
        robot.clickOn("#param-companyId").write("acme");
        robot.clickOn("#confirmEntityDialog");
        TableView<Item> grid = robot.lookup("#itemGrid").queryTableView();
        try {
            waitUntil(() -> grid.getItems().size() == 3 && grid.getColumns().stream().anyMatch(c -> "{projectId}".equals(c.getUserData())));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(grid.getItems().size() + " " + grid.getColumns().stream().map(c -> c.getUserData()).toList() + " "
                    + robot.lookup("#entityExplanation").queryAs(Label.class).getText() + " / " + robot.lookup("#gridStatus")
                    .queryAs(Label.class).getText(), e);
        }
        assertThat(grid.getItems()).allSatisfy(item -> {
            assertThat(((StringValue) item.get("sk")).value()).startsWith("project#");
            assertThat(item.get("pk")).isEqualTo(new StringValue("company#acme"));
        });
        assertThat(robot.lookup("#entityExplanation").queryAs(Label.class).getText()).isEqualTo("Query of App where pk = company#acme"
                + " and begins_with(sk, \"project#\"): reads only membership-project's items of that partition");

        // A new access pattern, checked against the keys as it is typed, then run: one company by its id.
        robot.clickOn("#showEntities");
        robot.clickOn("#newPattern");
        waitUntil(() -> robot.lookup("#patternName").tryQuery().isPresent());
        javafx.scene.Node confirmPattern = robot.lookup("#confirmEntityDialog").query();
        robot.interact(() -> {
            robot.lookup("#patternName").queryTextInputControl().setText("Company by id");
            robot.lookup("#patternEntity").queryAs(ComboBox.class).setValue("company");
            robot.lookup("#patternPartition").queryTextInputControl().setText("company#{companyId");
        });
        assertThat(confirmPattern.isDisabled()).isTrue(); // not a template yet
        robot.interact(() -> {
            robot.lookup("#patternPartition").queryTextInputControl().setText("company#{companyId}");
            robot.lookup("#patternSortOperator").queryAs(ComboBox.class).setValue("=");
            robot.lookup("#patternSortValues").queryTextInputControl().setText("company#{companyId}");
        });
        waitUntil(() -> !confirmPattern.isDisabled());
        robot.clickOn("#confirmEntityDialog");
        TableView<dev.dynamodesk.entity.AccessPattern> patterns = robot.lookup("#patternList").queryAs(TableView.class);
        waitUntil(() -> patterns.getItems().stream().anyMatch(p -> p.name().equals("Company by id")));
        robot.interact(() -> patterns.getSelectionModel().select(patterns.getItems().size() - 1));
        robot.clickOn("#runPattern");
        waitUntil(() -> robot.lookup("#param-companyId").tryQuery().isPresent());
        robot.clickOn("#param-companyId").write("globex");
        robot.clickOn("#confirmEntityDialog");
        waitUntil(() -> grid.getItems().size() == 1 && grid.getItems().get(0).get("name") != null);
        assertThat(grid.getItems().get(0).get("name")).isEqualTo(new StringValue("Globex"));

        // Renamed: the entity, then its parameter everywhere it appears; the model kept, saved to a file and loaded back.
        robot.clickOn("#showEntities");
        robot.interact(() -> entities.getSelectionModel().select(3));
        robot.clickOn("#renameEntity");
        waitUntil(() -> robot.lookup("#entityDialogText").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#entityDialogText").queryTextInputControl().setText("organisation"));
        robot.clickOn("#confirmEntityDialog");
        waitUntil(() -> entities.getItems().get(3).name().equals("organisation"));
        robot.interact(() -> entities.getSelectionModel().select(3));
        robot.clickOn("#renameParameter");
        waitUntil(() -> robot.lookup("#parameterNewName").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#parameterToRename").queryAs(ComboBox.class).setValue("companyId");
            robot.lookup("#parameterNewName").queryTextInputControl().setText("orgId");
        });
        robot.clickOn("#confirmEntityDialog");
        waitUntil(() -> entities.getItems().get(3).keys().get("pk").toString().equals("company#{orgId}"));
        assertThat(entities.getItems().get(3).keys().get("sk")).hasToString("company#{orgId}");
        EntityViewModel model = robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class).getTabs().stream()
                .filter(dev.dynamodesk.ui.browser.TableTab.class::isInstance).map(tab -> ((dev.dynamodesk.ui.browser.TableTab) tab)
                        .entities()).findFirst().orElseThrow();
        java.nio.file.Path file = home.resolve("app.entities.json");
        robot.interact(() -> model.saveTo(file, false));
        waitUntil(() -> robot.lookup("#entityStatus").queryAs(Label.class).getText().startsWith("Saved the entity model to "));
        var saved = dev.dynamodesk.entity.EntityModelFiles.load(file, null);
        assertThat(saved.entities()).extracting(dev.dynamodesk.entity.Entity::name)
                .containsExactly("membership-user", "membership-project", "user", "organisation");
        assertThat(saved.patterns()).extracting(dev.dynamodesk.entity.AccessPattern::entity)
                .containsExactly("membership-user", "membership-user", "membership-user", "organisation");
        java.nio.file.Path workbench = home.resolve("app.workbench.json");
        robot.interact(() -> model.saveTo(workbench, true));
        waitUntil(() -> robot.lookup("#entityStatus").queryAs(Label.class).getText().endsWith("(NoSQL Workbench)."));
        robot.interact(() -> model.loadFrom(workbench));
        waitUntil(() -> robot.lookup("#entityOrigin").queryAs(Label.class).getText().contains("loaded from app.workbench.json"));
        assertThat(entities.getItems()).extracting(dev.dynamodesk.entity.Entity::name)
                .containsExactly("membership-user", "membership-project", "user", "organisation");
    }
}
