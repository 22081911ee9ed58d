package dev.dynamodesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class WindowCommandTest {
    @Test
    void idsAndShortcutsAreEachUsedOnce() {
        assertThat(Arrays.stream(WindowCommand.values()).map(WindowCommand::id)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(WindowCommand.values()).map(WindowCommand::shortcutText).filter(Objects::nonNull))
                .doesNotHaveDuplicates();
    }

    @Test
    void shortcutsReadAsPeopleWriteThem() {
        assertThat(WindowCommand.EXPORT_TABLE.shortcutText()).isEqualTo("Ctrl+Shift+E");
        assertThat(WindowCommand.REFRESH.shortcutText()).isEqualTo("F5");
        assertThat(WindowCommand.FIND_TABLE.shortcutText()).isEqualTo("Ctrl+P");
        assertThat(WindowCommand.ABOUT.shortcutText()).isNull();
    }

    @Test
    void theShortcutListHasEveryCommandShortcutAndTheReadmeHasEveryShortcut() throws Exception {
        List<String> listed = new ArrayList<>();
        Shortcuts.ALL.forEach(group -> group.shortcuts().forEach(shortcut -> listed.add(shortcut.keys())));
        for (WindowCommand command : WindowCommand.values()) {
            if (command.shortcut() != null) {
                assertThat(listed).as(command.name()).contains(command.shortcutText());
            }
        }
        String readme = Files.readString(Path.of("README.md"));
        String keyboard = readme.substring(readme.indexOf("## Keyboard"), readme.indexOf("## Troubleshooting"));
        for (String keys : listed) {
            for (String one : keys.split(" / |, ")) {
                assertThat(keyboard).as("README's keyboard table has " + one).contains(one);
            }
        }
    }

    @Test
    void aCommandRunsOnlyWhileItCanAndEveryCommandMustBeBound() {
        WindowCommands commands = new WindowCommands();
        List<String> ran = new ArrayList<>();
        SimpleBooleanProperty selected = new SimpleBooleanProperty(false);
        commands.bind(WindowCommand.EDIT_CONNECTION, () -> ran.add("edit")).enableWhen(WindowCommand.EDIT_CONNECTION, selected);
        commands.run(WindowCommand.EDIT_CONNECTION);
        selected.set(true);
        commands.run(WindowCommand.EDIT_CONNECTION);
        assertThat(ran).containsExactly("edit");
        assertThatThrownBy(() -> commands.bind(WindowCommand.EDIT_CONNECTION, () -> { }))
                .hasMessageContaining("bound twice");
        assertThatThrownBy(commands::checkAllBound).hasMessageContaining("does not bind");
    }
}
