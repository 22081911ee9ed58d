package dev.dynamodesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.config.AppDirectories;
import dev.dynamodesk.ui.AppUiTest;
import java.nio.file.Files;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;

/** A new user's first minutes: Getting started opens by itself once, its buttons work, F1 lists the shortcuts. */
class GettingStartedUiIT extends AppUiTest {
    private TabPane tabs() {
        return robot.lookup("#tabs").queryAs(TabPane.class);
    }

    private String settingsText() {
        try {
            return Files.readString(AppDirectories.under(home).settingsFile());
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Test
    void gettingStartedOpensOnTheFirstRunAndItsButtonsWork() throws Exception {
        gettingStartedAsNewUser = true;
        startSeeded();
        waitUntil(() -> tabs().getSelectionModel().getSelectedItem() != null
                && "gettingStartedTab".equals(tabs().getSelectionModel().getSelectedItem().getId()));
        waitUntil(() -> settingsText().replace(" ", "").contains("\"gettingStartedSeen\":true"));

        robot.clickOn("#startShortcuts");
        waitUntil(() -> robot.lookup("#shortcutsDialog").tryQuery().isPresent());
        DialogPane shortcuts = robot.lookup("#shortcutsDialog").queryAs(DialogPane.class);
        assertThat(robot.from(shortcuts).lookup(".shortcut-keys").queryAllAs(Label.class))
                .extracting(Label::getText).contains("Ctrl+P", "F1", "Ctrl+S", "Ctrl+Space");
        robot.interact(() -> ((javafx.stage.Stage) shortcuts.getScene().getWindow()).close());

        robot.clickOn("#startOpenTable");
        waitUntil(() -> tabs().getTabs().stream().map(Tab::getId).anyMatch("tab-UserData"::equals));
        assertThat(tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-UserData");

        // Closing every tab shows the empty state, which leads back to Getting started.
        robot.interact(() -> tabs().getTabs().clear());
        robot.clickOn("#emptyGettingStarted");
        waitUntil(() -> tabs().getTabs().size() == 1 && "gettingStartedTab".equals(tabs().getTabs().get(0).getId()));
    }

    @Test
    void aReturningUserStartsWithoutIt() throws Exception {
        startSeeded();
        assertThat(tabs().getTabs()).isEmpty();
        robot.clickOn("Help").clickOn("Getting started");
        waitUntil(() -> tabs().getTabs().size() == 1);
    }
}
