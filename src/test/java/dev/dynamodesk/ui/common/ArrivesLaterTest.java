package dev.dynamodesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrivesLaterTest {
    @Test
    void whatIsAskedBeforeItArrivesRunsWhenItDoesInOrderAndAfterThatAtOnce() {
        ArrivesLater<String> actions = new ArrivesLater<>();
        List<String> ran = new ArrayList<>();
        actions.whenReady(value -> ran.add("connect with " + value));
        actions.whenReady(value -> ran.add("edit with " + value));
        assertThat(ran).as("nothing runs, and nothing is dropped, before it arrives").isEmpty();
        assertThat(actions.arrived()).isFalse();

        actions.arrive("services");
        assertThat(ran).containsExactly("connect with services", "edit with services");

        actions.whenReady(value -> ran.add("remove with " + value));
        assertThat(ran).last().isEqualTo("remove with services");
        assertThat(actions.arrived()).isTrue();
    }
}
