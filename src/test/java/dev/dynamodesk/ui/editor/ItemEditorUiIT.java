package dev.dynamodesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.StringSetValue;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.ui.AppUiTest;
import dev.dynamodesk.ui.shell.DynamoDeskApp;
import java.util.List;
import java.util.Map;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Editing items through the tree and both text views, saving, and a conflict with another client. */
class ItemEditorUiIT extends AppUiTest {
    private TableView<Item> grid() {
        return robot.lookup("#itemGrid").queryTableView();
    }

    private TreeTableView<EditorNode> tree() {
        return robot.lookup("#itemTree").queryAs(TreeTableView.class);
    }

    private String status() {
        return robot.lookup("#editorStatus").queryAs(Label.class).getText();
    }

    /** Opens the grid row whose key attribute {@code key} equals {@code value} in an editor. */
    private void openItem(String table, String key, String value) throws Exception {
        openTable(table);
        waitUntil(() -> robot.lookup("#gridStatus").queryAs(Label.class).getText().contains("all loaded"));
        int row = -1;
        for (int i = 0; i < grid().getItems().size(); i++) {
            if (new StringValue(value).equals(grid().getItems().get(i).get(key))) {
                row = i;
            }
        }
        int index = row;
        robot.interact(() -> {
            grid().getSelectionModel().clearAndSelect(index);
            grid().requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#itemTree").tryQuery().isPresent());
    }

    /** The tree's top-level attribute {@code name} (null when none). */
    private EditorNode node(String name) {
        TreeItem<EditorNode> item = attributeItem(name);
        return item == null ? null : item.getValue();
    }

    private TreeItem<EditorNode> attributeItem(String name) {
        for (TreeItem<EditorNode> child : tree().getRoot().getChildren()) {
            if (name.equals(child.getValue().label())) {
                return child;
            }
        }
        return null;
    }

    /** Starts editing an attribute's value in place, as double-clicking its value cell does. */
    private void editInPlace(String name) throws Exception {
        waitUntil(() -> attributeItem(name) != null);
        robot.interact(() -> {
            int row = tree().getRow(attributeItem(name));
            tree().scrollTo(row);
            tree().getSelectionModel().clearAndSelect(row);
            tree().edit(row, tree().getColumns().get(2));
        });
        waitUntil(() -> robot.from(tree()).lookup(".tree-table-cell .text-field").tryQuery().isPresent());
    }

    private void saveThroughPreview() throws Exception {
        robot.clickOn("#saveItem");
        waitUntil(() -> robot.lookup("#savePreview").tryQuery().isPresent());
        DialogPane preview = robot.lookup("#savePreview").queryAs(DialogPane.class);
        assertThat(robot.from(preview).lookup(".request-json").queryTextInputControl().getText()).contains("// UpdateItem");
        robot.clickOn("#confirmSave");
        waitUntil(() -> status().equals("Saved."));
    }

    @Test
    void editsAValueInTheTreeAndSavesOnlyThatAttribute() throws Exception {
        startSeeded();
        openItem("UserData", "userId", "u-1001");
        dev.dynamodesk.ui.Screenshots.saveShowing(robot, "#itemTree", "item-editor");
        editInPlace("email");
        robot.write("ada@example.org").type(KeyCode.ENTER);
        waitUntil(() -> node("email").value().equals(new StringValue("ada@example.org")));
        assertThat(robot.lookup("#undo").queryButton().isDisabled()).isFalse();
        saveThroughPreview();
        // The grid shows the saved item without reading the table again.
        assertThat(grid().getItems()).anySatisfy(item -> assertThat(item.get("email")).isEqualTo(new StringValue("ada@example.org")));
    }

    @Test
    void comparesTheItemWithTheClipboardsJsonSideBySide() throws Exception {
        startSeeded();
        openItem("UserData", "userId", "u-1001");
        waitUntil(() -> node("email") != null);
        robot.interact(() -> {
            dev.dynamodesk.item.Item current = ((ItemEditorTab) robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class)
                    .getSelectionModel().getSelectedItem()).model().current();
            java.util.Map<String, dev.dynamodesk.item.DynamoValue> changed = new java.util.LinkedHashMap<>(current.attributes());
            changed.put("email", new StringValue("someone.else@example.org"));
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(dev.dynamodesk.item.DynamoJson.write(new dev.dynamodesk.item.Item(changed), true));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        javafx.scene.control.MenuButton compare = robot.lookup("#compareItem").queryAs(javafx.scene.control.MenuButton.class);
        robot.interact(compare::show);
        robot.interact(() -> compare.getItems().stream().filter(item -> "compareWithClipboard".equals(item.getId())).findFirst()
                .orElseThrow().fire());
        waitUntil(() -> robot.lookup("#itemComparisonSummary").tryQuery().isPresent());
        assertThat(robot.lookup("#itemComparisonSummary").queryAs(Label.class).getText()).isEqualTo("1 attribute differs.");
        javafx.scene.control.TableView<String[]> sides = robot.lookup("#itemComparison").queryAs(javafx.scene.control.TableView.class);
        assertThat(sides.getItems().get(0)[0]).isEqualTo("email");
        assertThat(sides.getItems().get(0)[2]).isEqualTo("S someone.else@example.org");
        robot.interact(() -> ((javafx.stage.Stage) sides.getScene().getWindow()).close());
    }

    /** Keys only: arrows to a value, F2, type, Enter, Ctrl+S; after the edit and after an undo the tree keeps the keyboard. */
    @Test
    void aKeyboardUserEditsInPlaceAndSavesWithCtrlS() throws Exception {
        startSeeded();
        openItem("UserData", "userId", "u-1001");
        waitUntil(() -> tree().isFocused());
        for (int i = 0; i < 30 && !"email".equals(selectedLabel()); i++) {
            robot.type(KeyCode.DOWN);
        }
        assertThat(selectedLabel()).isEqualTo("email");
        robot.type(KeyCode.F2);
        waitUntil(() -> robot.from(tree()).lookup(".tree-table-cell .text-field").tryQuery().isPresent());
        robot.write("grace@example.org").type(KeyCode.ENTER);
        waitUntil(() -> node("email").value().equals(new StringValue("grace@example.org")));
        waitUntil(() -> tree().isFocused() && "email".equals(selectedLabel()));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> !node("email").value().equals(new StringValue("grace@example.org")));
        assertThat(tree().isFocused()).isTrue();
        assertThat(selectedLabel()).isEqualTo("email");
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitUntil(() -> node("email").value().equals(new StringValue("grace@example.org")));
        assertThat(tree().isFocused()).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#savePreview").tryQuery().isPresent() || status().equals("Saved."));
        if (robot.lookup("#savePreview").tryQuery().isPresent()) {
            robot.type(KeyCode.ENTER); // Save is the dialog's default button
        }
        waitUntil(() -> status().equals("Saved."));
        assertThat(grid().getItems()).anySatisfy(item -> assertThat(item.get("email")).isEqualTo(new StringValue("grace@example.org")));
    }

    private String selectedLabel() {
        TreeItem<EditorNode> selected = tree().getSelectionModel().getSelectedItem();
        return selected == null || selected.getValue() == null ? null : selected.getValue().label();
    }

    @Test
    void editsAsDynamoDbJsonRefusingToLeaveBrokenTextAndSaves() throws Exception {
        startSeeded();
        openItem("UserData", "userId", "u-1002");
        robot.clickOn("#showDynamoJson");
        CodeArea area = robot.lookup("#dynamoJsonText").queryAs(CodeArea.class);
        String good = area.getText();
        robot.interact(() -> area.replaceText(good.replace("\"email\" : {", "\"email\" : {{")));
        waitUntil(() -> robot.lookup("#dynamoJsonMessage").queryAs(Label.class).getText().contains("line"));
        robot.clickOn("#showTree");
        waitUntil(() -> status().startsWith("Fix the text first"));
        assertThat(robot.lookup("#dynamoJsonText").tryQuery()).isPresent();

        String fixed = good.replaceFirst("\"email\" : \\{\\s*\"S\" : \"[^\"]*\"", "\"email\" : {\n    \"S\" : \"grace@example.org\"");
        robot.interact(() -> area.replaceText(fixed));
        robot.clickOn("#showTree");
        waitUntil(() -> robot.lookup("#itemTree").tryQuery().isPresent());
        assertThat(node("email").value()).isEqualTo(new StringValue("grace@example.org"));

        // The item as edited, and its key, as code.
        javafx.scene.control.MenuButton code = robot.lookup("#itemCode").queryAs(javafx.scene.control.MenuButton.class);
        robot.interact(() -> fire(code, "copyEditorItemCode", "copyEditorItemCode-JAVA"));
        robot.interact(() -> assertThat(javafx.scene.input.Clipboard.getSystemClipboard().getString())
                .contains("client.putItem(PutItemRequest.builder()").contains("Map.entry(\"email\", AttributeValue.fromS(\"grace@example.org\"))"));
        robot.interact(() -> fire(code, "copyEditorKeyCode", "copyEditorKeyCode-AWS_CLI"));
        robot.interact(() -> assertThat(javafx.scene.input.Clipboard.getSystemClipboard().getString())
                .startsWith("aws dynamodb get-item").contains("--key '{\"userId\":{\"S\":\"u-1002\"}}'"));
        saveThroughPreview();
    }

    private static void fire(javafx.scene.control.MenuButton button, String menuId, String itemId) {
        button.getItems().stream().filter(menu -> menuId.equals(menu.getId())).findFirst()
                .map(menu -> ((javafx.scene.control.Menu) menu).getItems().stream()
                        .filter(item -> itemId.equals(item.getId())).findFirst().orElseThrow())
                .orElseThrow().fire();
    }

    @Test
    void plainJsonEditsKeepSetsAsSets() throws Exception {
        startSeeded();
        openItem("TypeShowcase", "id", "sets");
        robot.clickOn("#showPlainJson");
        CodeArea area = robot.lookup("#plainJsonText").queryAs(CodeArea.class);
        robot.interact(() -> area.replaceText(area.getText().replace("\"only\"", "\"only, changed\"")));
        robot.clickOn("#showTree");
        waitUntil(() -> robot.lookup("#itemTree").tryQuery().isPresent());
        EditorNode singleton = node("singleton");
        assertThat(singleton.value()).isEqualTo(StringSetValue.of(List.of("only, changed")));
        assertThat(node("stringSet").value()).isInstanceOf(StringSetValue.class);
        saveThroughPreview();
    }

    @Test
    void aConflictingSaveOffersMergingAndKeepsBothChanges() throws Exception {
        DynamoDeskApp started = start(0);
        waitUntil(() -> tableNames().size() == 6 && robot.lookup("#taskStatus").queryAs(Label.class).getText().isEmpty());
        openItem("Orders", "userId", "u-1001");
        editInPlace("currency");
        robot.write("GBP").type(KeyCode.ENTER);
        waitUntil(() -> node("currency").value().equals(new StringValue("GBP")));

        // Another client changes the same attribute and another one.
        EditorNode key = node("orderId");
        try (DynamoDbClient other = new DynamoClientFactory().create(ConnectionProfile.builtInLocal()
                .withEndpoint(started.localEndpoint().orElseThrow()))) {
            other.updateItem(b -> b.tableName("Orders")
                    .key(Map.of("userId", AttributeValue.fromS("u-1001"), "orderId", AttributeValue.fromS(((StringValue) key.value()).value())))
                    .updateExpression("SET currency = :c, #s = :s")
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("USD"), ":s", AttributeValue.fromS("SHIPPED"))));
        }
        robot.clickOn("#saveItem");
        waitUntil(() -> robot.lookup("#savePreview").tryQuery().isPresent());
        robot.clickOn("#confirmSave");
        waitUntil(() -> robot.lookup("#conflictDialog").tryQuery().isPresent());
        dev.dynamodesk.ui.Screenshots.save(robot, robot.lookup("#conflictDialog").query(), "conflict-dialog");
        robot.clickOn("Merge my choices");
        waitUntil(() -> status().startsWith("Merged"));
        assertThat(node("status").value()).isEqualTo(new StringValue("SHIPPED"));
        assertThat(node("currency").value()).isEqualTo(new StringValue("GBP"));
        saveThroughPreview();
    }
}
