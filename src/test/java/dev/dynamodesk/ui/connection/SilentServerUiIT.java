package dev.dynamodesk.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.testing.FaultProxy;
import dev.dynamodesk.testing.LocalDynamo;
import dev.dynamodesk.ui.AppUiTest;
import java.util.List;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A saved connection to a server that accepts connections and never answers: the row says
 * "Connecting…" (never "Connected" or "No tables yet", which would read as an empty account) until
 * the timeout, then what did not answer; Stop ends the wait at once.
 */
class SilentServerUiIT extends AppUiTest {
    @RegisterExtension
    static final LocalDynamo LOCAL = new LocalDynamo();

    @BeforeAll
    static void shortTimeouts() {
        System.setProperty("dynamodesk.timeouts", "connect=1,attempt=1.5,call=3,attempts=2");
    }

    @AfterAll
    static void defaultTimeouts() {
        System.clearProperty("dynamodesk.timeouts");
    }

    @Test
    void aSilentServerIsNeverShownAsConnected() throws Exception {
        try (FaultProxy silent = new FaultProxy(LOCAL.endpoint())) {
            silent.plan(FaultProxy.Plan.after(0, FaultProxy.Fault.NEVER_ANSWER));
            start(0, savedProfileConnection("Silent", "silent", silent.endpoint(), "eu-west-1", "AKIASILENT00001", "silent-secret"));
            waitUntil(() -> connection("Silent") != null);

            menuItem("Silent", "connectConnection");
            try {
                waitUntil(() -> silent.requests("ListTables") > 0);
            } catch (java.util.concurrent.TimeoutException e) {
                ConnectionViewModel c = connection("Silent");
                throw new AssertionError("state " + c.stateProperty().get() + ", detail " + c.detailProperty().get() + ", error "
                        + c.errorProperty().get() + ", threads " + Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted().toList(), e);
            }
            ConnectionViewModel row = connection("Silent");
            assertThat(row.stateProperty().get()).isEqualTo(ConnectionViewModel.State.CONNECTING);
            assertThat(row.detailProperty().get()).isEqualTo("Connecting…");
            assertThat(hintsOf("Silent")).containsExactly("Waiting for the server — right-click ▸ Stop connecting");

            waitUntil(() -> row.stateProperty().get() == ConnectionViewModel.State.FAILED && "No answer".equals(row.detailProperty().get()));
            assertThat(row.errorProperty().get().summary()).startsWith("Timed out: " + silent.endpoint() + " did not answer within");
            assertThat(hintsOf("Silent")).containsExactly("No answer in time — right-click ▸ Show problem…");
            dev.dynamodesk.ui.Screenshots.save(robot, robot.lookup("#connectionTree").query(), "connection-no-answer");
            assertThat(row.tables()).isEmpty();

            // Again, and this time the user stops waiting.
            menuItem("Silent", "connectConnection");
            waitUntil(() -> row.stateProperty().get() == ConnectionViewModel.State.CONNECTING);
            menuItem("Silent", "stopConnecting");
            waitUntil(() -> row.stateProperty().get() == ConnectionViewModel.State.DISCONNECTED
                    && "Stopped — double-click to connect".equals(row.detailProperty().get()));
            Thread.sleep(3_500); // the stopped attempt's answer (a timeout) comes later and changes nothing
            waitUntil(() -> true);
            assertThat(row.stateProperty().get()).isEqualTo(ConnectionViewModel.State.DISCONNECTED);
        }
    }

    /** Chooses an item of the row's right-click menu, which must be enabled there. */
    private void menuItem(String connection, String id) throws Exception {
        TreeView<SidebarNode> tree = robot.lookup("#connectionTree").queryAs(TreeView.class);
        TreeItem<SidebarNode> item = tree.getRoot().getChildren().stream()
                .filter(child -> child.getValue().connection().profile().name().equals(connection)).findFirst().orElseThrow();
        javafx.scene.control.MenuItem chosen = tree.getContextMenu().getItems().stream()
                .filter(menuItem -> id.equals(menuItem.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            tree.getSelectionModel().select(item);
            tree.getContextMenu().show(tree, javafx.geometry.Side.BOTTOM, 0, 0);
        });
        waitUntil(() -> !chosen.isDisable());
        robot.interact(() -> {
            chosen.fire();
            tree.getContextMenu().hide();
        });
    }


    private List<String> hintsOf(String name) {
        TreeView<SidebarNode> tree = robot.lookup("#connectionTree").queryAs(TreeView.class);
        return tree.getRoot().getChildren().stream().filter(item -> item.getValue().connection().profile().name().equals(name))
                .flatMap(item -> item.getChildren().stream()).map(TreeItem::getValue)
                .filter(SidebarNode.Hint.class::isInstance).map(node -> ((SidebarNode.Hint) node).text()).toList();
    }
}
