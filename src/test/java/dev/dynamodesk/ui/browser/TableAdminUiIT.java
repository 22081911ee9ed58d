package dev.dynamodesk.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.dynamo.admin.IndexSpec;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.ui.AppUiTest;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Creating, inspecting and deleting a table through the dialogs, against the in-memory Local. */
class TableAdminUiIT extends AppUiTest {
    @Test
    void createsATableShowingTheRequestFirstThenDeletesItWithItsNameTyped() throws Exception {
        startSeeded();
        robot.clickOn("#newTable");
        waitUntil(() -> robot.lookup("#createTableDialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#createTableDialog").queryAs(DialogPane.class);
        Button create = (Button) dialog.lookupButton(dialog.getButtonTypes().get(1));
        assertThat(create.isDisabled()).isTrue();

        robot.clickOn("#tableName").write("Invoices");
        robot.clickOn("#partitionKeyName").write("customerId");
        robot.clickOn("#sortKeyName").write("issuedAt");
        ComboBox<AttributeType> sortType = robot.lookup("#sortKeyType").queryComboBox();
        robot.interact(() -> sortType.setValue(AttributeType.N));
        robot.clickOn("#ttlAttribute").write("expiresAt");
        robot.clickOn("#addGlobalIndex");
        TextField indexName = robot.from(dialog).lookup(".index-row .text-field").queryAs(TextField.class);
        robot.clickOn(indexName).write("byStatus");
        robot.write("\t").write("status");

        TextArea preview = robot.from(dialog).lookup(".request-json").queryAs(TextArea.class);
        waitUntil(() -> preview.getText().contains("\"IndexName\" : \"byStatus\""));
        assertThat(preview.getText()).contains("// CreateTable").contains("\"TableName\" : \"Invoices\"")
                .contains("\"AttributeType\" : \"N\"").contains("// UpdateTimeToLive");
        assertThat(create.isDisabled()).isFalse();
        robot.clickOn(create);

        waitUntil(() -> tableNames().contains("Invoices"));
        waitUntil(() -> robot.lookup("#tab-Invoices").tryQuery().isPresent()
                || robot.lookup(".tab").match((javafx.scene.Node node) -> node.lookup(".tab-label") instanceof Label l
                && "Invoices".equals(l.getText())).tryQuery().isPresent());

        robot.clickOn("#showInfo");
        waitUntil(() -> robot.lookup("#tableInfo").tryQuery().isPresent()
                && robot.lookup("GSI byStatus").tryQuery().isPresent());
        // The TTL setting is read after the description (a call of its own): wait for it rather than race it.
        waitUntil(() -> robot.lookup("ENABLED on expiresAt").tryQuery().isPresent());
        dev.dynamodesk.ui.Screenshots.saveShowing(robot, "#tableInfo", "table-info");

        robot.clickOn("#deleteTable");
        waitUntil(() -> robot.lookup("#deleteTableDialog").tryQuery().isPresent());
        DialogPane confirm = robot.lookup("#deleteTableDialog").queryAs(DialogPane.class);
        Button delete = (Button) confirm.lookupButton(confirm.getButtonTypes().get(1));
        robot.clickOn("#confirmTableName").write("Invoice");
        assertThat(delete.isDisabled()).isTrue();
        robot.write("s");
        assertThat(delete.isDisabled()).isFalse();
        robot.clickOn(delete);
        waitUntil(() -> !tableNames().contains("Invoices"));
        waitUntil(() -> robot.lookup("#itemGrid").tryQuery().isEmpty());
    }
}
