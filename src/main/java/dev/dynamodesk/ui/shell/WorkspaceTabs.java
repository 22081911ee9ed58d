package dev.dynamodesk.ui.shell;

import dev.dynamodesk.ui.browser.TableTab;
import dev.dynamodesk.ui.bulk.BulkChangeTab;
import dev.dynamodesk.ui.bulk.BulkHistoryTab;
import dev.dynamodesk.ui.console.ConsoleTab;
import dev.dynamodesk.ui.copy.CopyCompareTab;
import dev.dynamodesk.ui.editor.ItemEditorTab;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The workspace's pages laid out as tabs: keeps the {@link Workspace} in step with the tab pane
 * (tabs opened, closed, selected, whoever did it) and finds the tab of a page.
 */
final class WorkspaceTabs {
    /** Key, in a tab's properties, of the workspace page it shows. */
    private static final String PAGE = "dynamodesk.workspacePage";

    private final TabPane tabs;

    WorkspaceTabs(TabPane tabs, Workspace workspace) {
        this.tabs = tabs;
        tabs.getTabs().addListener((ListChangeListener<Tab>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(tab -> workspace.closed(pageOf(tab)));
                for (int i = change.getFrom(); i < change.getTo() && change.wasAdded(); i++) {
                    workspace.opened(pageOf(tabs.getTabs().get(i)), i);
                }
            }
        });
        // A tab pane selects a first tab while adding it, before the list listener above hears of it.
        tabs.getSelectionModel().selectedItemProperty().addListener((observable, old, tab) -> {
            if (tab != null) {
                workspace.opened(pageOf(tab), tabs.getTabs().indexOf(tab));
            }
            workspace.selected(tab == null ? null : pageOf(tab));
        });
    }

    Tab tabOf(WorkspacePage page) {
        return tabs.getTabs().stream().filter(tab -> tab.getProperties().get(PAGE) == page).findFirst()
                .orElseThrow(() -> new IllegalStateException("No tab shows " + page));
    }

    /**
     * The page a tab shows, told apart here, once, by the tab's kind (and kept with the tab): the
     * workspace then answers every question about what is open without looking at controls.
     */
    static WorkspacePage pageOf(Tab tab) {
        Object known = tab.getProperties().get(PAGE);
        if (known instanceof WorkspacePage page) {
            return page;
        }
        WorkspacePage page;
        if (tab instanceof TableTab tableTab) {
            page = WorkspacePage.table(tableTab.connection(), tableTab.model().tableName());
        } else if (tab instanceof ItemEditorTab editorTab) {
            page = WorkspacePage.item(editorTab.connection(), editorTab.model().tableName());
        } else if (tab instanceof ConsoleTab consoleTab) {
            page = WorkspacePage.console(consoleTab.connection());
        } else if (tab instanceof BulkChangeTab bulkTab) {
            page = WorkspacePage.bulkChange(bulkTab.connection(), bulkTab.model().target().table());
        } else if (tab instanceof BulkHistoryTab historyTab) {
            page = WorkspacePage.bulkHistory(historyTab.connection());
        } else if (tab instanceof CopyCompareTab copyTab) {
            page = WorkspacePage.copyCompare(copyTab.connection(), copyTab.model().table());
        } else if (tab instanceof dev.dynamodesk.ui.ops.StreamTailTab tailTab) {
            page = WorkspacePage.streamTail(tailTab.connection(), tailTab.model().table());
        } else if (tab instanceof dev.dynamodesk.ui.ops.S3JobsTab jobsTab) {
            page = WorkspacePage.s3Jobs(jobsTab.connection());
        } else {
            page = WorkspacePage.gettingStarted();
        }
        tab.getProperties().put(PAGE, page);
        return page;
    }
}
