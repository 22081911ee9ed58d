package dev.dynamodesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.CredentialSource;
import dev.dynamodesk.ui.common.TaskRunner;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The window's rules about what is open and which connection is in use, without a toolkit. */
class WorkspaceTest {
    private final TaskRunner tasks = TaskRunner.synchronous();
    private final ConnectionViewModel local = new ConnectionViewModel(ConnectionProfile.builtInLocal(), tasks);
    private final ConnectionViewModel prod = new ConnectionViewModel(new ConnectionProfile("p1", "Prod", "eu-west-1", null,
            new CredentialSource.DefaultChain(), true, ConnectionProfile.Environment.PRODUCTION, "red", false), tasks);
    private final ObservableList<ConnectionViewModel> connections = FXCollections.observableArrayList();
    private final Workspace workspace = new Workspace(connections);

    @Test
    void theFirstConnectionIsInUseUntilAPageOfAnotherIsSelected() {
        assertThat(workspace.activeConnection()).isNull();
        connections.addAll(local, prod);
        assertThat(workspace.activeConnection()).isSameAs(local);

        WorkspacePage orders = WorkspacePage.table(prod, "Orders");
        workspace.opened(orders, -1);
        workspace.selected(orders);
        assertThat(workspace.activeConnection()).isSameAs(prod);

        // Getting started belongs to no connection: the one in use stays.
        WorkspacePage help = WorkspacePage.gettingStarted();
        workspace.opened(help, 0);
        workspace.selected(help);
        assertThat(workspace.activeConnection()).isSameAs(prod);
        assertThat(workspace.pages()).containsExactly(help, orders);

        // A connection removed is no longer in use.
        workspace.closed(orders);
        connections.remove(prod);
        assertThat(workspace.activeConnection()).isSameAs(local);
    }

    @Test
    void anOpenTableOrConsoleIsFoundAgainAndAConnectionsPagesAreItsOwn() {
        connections.addAll(local, prod);
        WorkspacePage localOrders = WorkspacePage.table(local, "Orders");
        WorkspacePage prodOrders = WorkspacePage.table(prod, "Orders");
        WorkspacePage prodItem = WorkspacePage.item(prod, "Orders");
        WorkspacePage prodConsole = WorkspacePage.console(prod);
        for (WorkspacePage page : new WorkspacePage[] {localOrders, prodOrders, prodItem, prodConsole}) {
            workspace.opened(page, -1);
        }
        workspace.opened(prodOrders, -1); // once only
        assertThat(workspace.pages()).hasSize(4);

        assertThat(workspace.tablePage(prod, "Orders")).containsSame(prodOrders);
        assertThat(workspace.tablePage(prod, "Users")).isEmpty();
        assertThat(workspace.consolePage(prod)).containsSame(prodConsole);
        assertThat(workspace.consolePage(local)).isEmpty();
        assertThat(workspace.pagesOf(prod)).containsExactly(prodOrders, prodItem, prodConsole);

        workspace.selected(prodItem);
        workspace.closed(prodItem);
        assertThat(workspace.selectedProperty().get()).isNull();
        assertThat(workspace.pages()).containsExactly(localOrders, prodOrders, prodConsole);
    }
}
