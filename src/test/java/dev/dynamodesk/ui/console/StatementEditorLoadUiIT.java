package dev.dynamodesk.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.ui.common.TaskRunner;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A long script goes into the editor in slices; meanwhile nothing of it can be lost or typed over. */
class StatementEditorLoadUiIT {
    private final FxRobot robot = new FxRobot();
    private TaskRunner tasks;
    private StatementEditor editor;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        tasks = TaskRunner.background();
        FxToolkit.setupStage(stage -> {
            editor = new StatementEditor(tasks, new EmptyCatalog());
            stage.setScene(new Scene(editor, 900, 600));
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void aLongScriptIsWholeForEveryoneWhileItLoadsAndOneUndoStepAfter() throws Exception {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            script.append("SELECT * FROM \"Orders\" WHERE userId = 'u-").append(i).append("'\n");
        }
        String text = script.toString();
        CountDownLatch loaded = new CountDownLatch(1);
        boolean[] duringLoad = new boolean[2];
        robot.interact(() -> {
            editor.setText(text, loaded::countDown);
            // What a console closing now would keep, and whether typing is possible.
            duringLoad[0] = editor.text().equals(text);
            duringLoad[1] = editor.area().isEditable();
        });
        assertThat(duringLoad[0]).as("the whole script is the text while it loads").isTrue();
        assertThat(duringLoad[1]).as("editable while loading").isFalse();
        assertThat(loaded.await(30, TimeUnit.SECONDS)).isTrue();
        robot.interact(() -> {
            assertThat(editor.area().getText()).isEqualTo(text);
            assertThat(editor.area().isEditable()).isTrue();
            assertThat(editor.area().getUndoManager().isUndoAvailable()).isFalse();
            assertThat(editor.caret()).as("a long script opens at its beginning").isZero();
        });
    }

    @Test
    void aSecondTextReplacesALoadStillGoingIn() throws Exception {
        String longText = "SELECT 1\n".repeat(2_000);
        CountDownLatch second = new CountDownLatch(1);
        robot.interact(() -> {
            editor.setText(longText);
            editor.setText("SELECT 2", second::countDown);
        });
        assertThat(second.await(30, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(300); // slices of the first load, had they not been dropped, would land now
        robot.interact(() -> {
            assertThat(editor.area().getText()).isEqualTo("SELECT 2");
            assertThat(editor.text()).isEqualTo("SELECT 2");
            assertThat(editor.caret()).as("a statement from the history: the caret at its end").isEqualTo(8);
        });
    }

    @Test
    void everyRunOfALongScriptIsStyledWhateverSliceItCameIn() throws Exception {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < 1_500; i++) {
            script.append("SELECT \"name\", total FROM \"Orders\" WHERE userId = 'u-").append(i).append("' AND total > ")
                    .append(i).append(" -- note ").append(i).append('\n');
        }
        String text = script.toString();
        CountDownLatch styled = new CountDownLatch(1);
        robot.interact(() -> {
            editor.highlighter().afterEachPass(styled::countDown);
            editor.setText(text);
        });
        assertThat(styled.await(60, TimeUnit.SECONDS)).isTrue();
        var runs = dev.dynamodesk.dynamo.partiql.PartiqlStyler.runs(text);
        robot.interact(() -> {
            // The lines on screen came in small slices, the rest in big ones: all of it as the styler says.
            for (var run : runs) {
                assertThat(editor.area().getStyleOfChar(run.start())).as("at %d", run.start()).containsExactly(run.styleClass());
                assertThat(editor.area().getStyleOfChar(run.end() - 1)).as("at %d", run.end() - 1)
                        .containsExactly(run.styleClass());
            }
        });
    }
}
