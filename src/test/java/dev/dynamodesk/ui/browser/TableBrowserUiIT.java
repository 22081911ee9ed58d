package dev.dynamodesk.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.dynamo.query.Operator;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.ui.AppUiTest;
import java.util.List;
import javafx.geometry.Side;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/** The table browser as a user drives it: the query builder, sorting, filtering, copying, deleting. */
class TableBrowserUiIT extends AppUiTest {
    private TableView<Item> grid() {
        return robot.lookup("#itemGrid").queryTableView();
    }

    private String status() {
        return robot.lookup("#gridStatus").queryAs(Label.class).getText();
    }

    @Test
    void queriesAPartitionWithASortKeyConditionFromTheBuilder() throws Exception {
        startSeeded();
        openTable("App");
        waitUntil(() -> status().contains("all loaded"));
        assertThat(robot.lookup("#queryMode").queryAs(Label.class).getText()).isEqualTo("Scan");

        robot.clickOn("#partitionValue").write("company#acme");
        assertThat(robot.lookup("#queryMode").queryAs(Label.class).getText()).isEqualTo("Query");
        ComboBox<Operator> sort = robot.lookup("#sortOperator").queryComboBox();
        robot.interact(() -> sort.setValue(Operator.BEGINS_WITH));
        robot.clickOn("#sortValue").write("user#");
        robot.clickOn("#runQuery");

        waitUntil(() -> status().contains("all loaded") && !grid().getItems().isEmpty());
        assertThat(grid().getItems()).allSatisfy(item -> {
            assertThat(item.get("pk")).isEqualTo(new StringValue("company#acme"));
            assertThat(((StringValue) item.get("sk")).value()).startsWith("user#");
        });
        robot.clickOn("#copyCli");
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().getString())
                .startsWith("aws dynamodb query").contains("begins_with(#n1, :v1)"));
        MenuButton copy = robot.lookup("#queryCode").queryAs(MenuButton.class);
        robot.interact(() -> copy.getItems().stream().filter(item -> "copyQueryCode-PYTHON".equals(item.getId()))
                .findFirst().orElseThrow().fire());
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().getString())
                .contains("client.get_paginator(\"query\")").contains("KeyConditionExpression=")
                .contains("\":v1\": {\"S\": \"user#\"}"));

        MenuButton history = robot.lookup("#queryHistory").queryAs(MenuButton.class);
        robot.clickOn(history);
        assertThat(history.getItems()).extracting(MenuItem::getText)
                .anySatisfy(text -> assertThat(text).contains("Query = company#acme, sort begins with user#"));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void filtersOnAnyAttributeAcrossPagesThatMatchNothing() throws Exception {
        startSeeded();
        openTable("Events");
        waitUntil(() -> !grid().getItems().isEmpty());
        robot.clickOn("#addFilter");
        robot.clickOn("#filterPath0").write("level");
        robot.clickOn("#filterValue0").write("ERROR");
        robot.clickOn("#runQuery");
        waitUntil(() -> status().contains("all loaded"));
        assertThat(grid().getItems()).isNotEmpty()
                .allSatisfy(item -> assertThat(item.get("level")).isEqualTo(new StringValue("ERROR")));
        assertThat(status()).contains("scanned " + SAMPLE_EVENTS);

        robot.clickOn("#countItems");
        waitUntil(() -> robot.lookup("#countText").queryAs(Label.class).getText().contains("match"));
        assertThat(robot.lookup("#countText").queryAs(Label.class).getText())
                .startsWith(grid().getItems().size() + " items match · scanned " + SAMPLE_EVENTS);
    }

    @Test
    void saysWhatIsWrongBeforeSending() throws Exception {
        startSeeded();
        openTable("ExampleTable");
        waitUntil(() -> status().contains("all loaded"));
        robot.clickOn("#partitionValue").write("abc");
        assertThat(robot.lookup("#partitionValue").queryAs(TextField.class).getPseudoClassStates())
                .anySatisfy(state -> assertThat(state.getPseudoClassName()).isEqualTo("invalid"));
        robot.clickOn("#runQuery");
        VBox problems = robot.lookup("#queryProblems").queryAs(VBox.class);
        waitUntil(() -> !problems.getChildren().isEmpty());
        assertThat(((Label) problems.getChildren().get(0)).getText())
                .contains("The partition key Id is a number").contains("is not a number");
        assertThat(grid().getItems()).hasSize(12);
    }

    @Test
    void sortsAndFiltersTheLoadedRowsAndCopiesThem() throws Exception {
        startSeeded();
        openTable("ExampleTable");
        waitUntil(() -> status().contains("all loaded"));
        TableColumn<Item, ?> id = grid().getColumns().get(0);
        robot.interact(() -> {
            id.setSortType(TableColumn.SortType.DESCENDING);
            grid().getSortOrder().setAll(List.of(id));
        });
        // Numbers sort by value: 12 before 9, which text order would get wrong.
        assertThat(grid().getItems().get(0).get("Id").toString()).isEqualTo("12");
        assertThat(grid().getItems().get(3).get("Id").toString()).isEqualTo("9");

        robot.clickOn("#rowFilter").write("Osaka");
        waitUntil(() -> grid().getItems().stream().allMatch(item -> item.get("Address").toString().contains("Osaka")));
        assertThat(grid().getItems()).isNotEmpty().hasSizeLessThan(12);

        robot.interact(() -> grid().getSelectionModel().selectAll());
        // Monocle does not turn a right click into a context-menu request: use the grid's menu as that would.
        Menu copyAs = (Menu) grid().getContextMenu().getItems().stream()
                .filter(item -> "Copy rows as".equals(item.getText())).findFirst().orElseThrow();
        robot.interact(() -> {
            grid().getContextMenu().show(grid(), Side.BOTTOM, 0, 0);
            copyAs.getItems().stream().filter(item -> "copyAsCSV".equals(item.getId())).findFirst().orElseThrow().fire();
            grid().getContextMenu().hide();
        });
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().getString())
                .startsWith("Id,").contains("Osaka"));

        robot.interact(() -> grid().getSortOrder().clear());
        robot.doubleClickOn("#rowFilter").type(KeyCode.BACK_SPACE);
        robot.interact(() -> robot.lookup("#rowFilter").queryAs(TextField.class).setText("no-such-value-anywhere"));
        waitUntil(() -> grid().getItems().isEmpty());
        robot.interact(() -> assertThat(((javafx.scene.control.Label) grid().getPlaceholder()).getText())
                .isEqualTo("No loaded item matches the filter."));
        robot.interact(() -> robot.lookup("#rowFilter").queryAs(TextField.class).clear());
        waitUntil(() -> grid().getItems().size() == 12);
    }

    @Test
    void deletesSelectedItemsAfterATypedConfirmation() throws Exception {
        startSeeded();
        openTable("Orders");
        waitUntil(() -> status().contains("all loaded"));
        int before = grid().getItems().size();
        robot.interact(() -> grid().getSelectionModel().selectRange(0, 3));
        robot.clickOn("#deleteSelected");
        waitUntil(() -> robot.lookup("#confirmDelete").tryQuery().isPresent());
        DialogPane confirm = robot.lookup("#confirmDelete").queryAs(DialogPane.class);
        robot.clickOn(confirm.lookup(".text-field")).write("DELETE").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#gridNotice").queryAs(Label.class).getText().startsWith("Deleted 3 items."));
        assertThat(grid().getItems()).hasSize(before - 3);

        robot.clickOn("#refreshItems");
        waitUntil(() -> status().contains("all loaded"));
        assertThat(grid().getItems()).hasSize(before - 3);
    }
}
