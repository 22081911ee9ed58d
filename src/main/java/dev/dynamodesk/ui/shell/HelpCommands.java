package dev.dynamodesk.ui.shell;

import dev.dynamodesk.config.AppSettings;
import dev.dynamodesk.ui.common.TaskRunner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/** The Help menu: Getting started (by itself on the first run), keyboard shortcuts, About. */
final class HelpCommands {
    private final TabPane tabs;
    private final Stage stage;
    private final SettingsKeeper settings;
    private final TaskRunner tasks;
    private final WindowCommands commands;

    HelpCommands(TabPane tabs, Stage stage, SettingsKeeper settings, TaskRunner tasks, WindowCommands commands) {
        this.tabs = tabs;
        this.stage = stage;
        this.settings = settings;
        this.tasks = tasks;
        this.commands = commands;
    }

    /** Opens (or selects) the Getting started tab, first among the tabs. */
    void gettingStarted() {
        Tab page = tabs.getTabs().stream().filter(GettingStartedTab.class::isInstance).findFirst().orElseGet(() -> {
            Tab created = new GettingStartedTab(commands);
            tabs.getTabs().add(0, created);
            return created;
        });
        tabs.getSelectionModel().select(page);
    }

    /** The first time the app starts, Getting started opens by itself; after that, from the Help menu. */
    void gettingStartedOnFirstRun() {
        if (!settings.current().gettingStartedSeen()) {
            gettingStarted();
            settings.update(AppSettings::withGettingStartedSeen, tasks);
        }
    }

    void shortcuts() {
        ShortcutsDialog.show(stage);
    }

    void about() {
        AboutDialog.show(stage);
    }
}
