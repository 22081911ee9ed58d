package dev.dynamodesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ContextCommandTest {
    @Test
    void aCommandRunsOnlyWhileItsRuleHolds() {
        List<String> ran = new ArrayList<>();
        AtomicBoolean selection = new AtomicBoolean();
        ContextCommand open = ContextCommand.of("openItem", "Open item", () -> ran.add("open")).enabledWhen(selection::get);
        assertThat(open.enabled()).isFalse();
        open.run();
        assertThat(ran).isEmpty();
        selection.set(true);
        assertThat(open.enabled()).isTrue();
        open.run();
        assertThat(ran).containsExactly("open");
    }

    @Test
    void itsWordsMayFollowTheStateAndItKeepsItsIdAndRule() {
        AtomicBoolean connected = new AtomicBoolean();
        ContextCommand connect = ContextCommand.of("connectConnection", "Connect", () -> { })
                .enabledWhen(() -> true)
                .textWhenShown(() -> connected.get() ? "Reconnect" : "Connect");
        assertThat(connect.text()).isEqualTo("Connect");
        connected.set(true);
        assertThat(connect.text()).isEqualTo("Reconnect");
        assertThat(connect.id()).isEqualTo("connectConnection");
        assertThat(connect.enabled()).isTrue();
    }

    @Test
    void aSubmenuHoldsItsCommandsInOrder() {
        ContextCommand copyAs = ContextCommand.submenu("copyRowsAs", "Copy rows as",
                List.of(ContextCommand.of("copyAsCSV", "CSV", () -> { }), ContextCommand.of("copyAsTSV", "TSV", () -> { })));
        assertThat(copyAs.children()).extracting(ContextCommand::id).containsExactly("copyAsCSV", "copyAsTSV");
    }
}
