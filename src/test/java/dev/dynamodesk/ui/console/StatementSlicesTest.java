package dev.dynamodesk.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSlicesTest {
    @Test
    void aShortTextIsOneSlice() {
        assertThat(StatementEditor.slices("SELECT 1\nSELECT 2")).containsExactly("SELECT 1\nSELECT 2");
        assertThat(StatementEditor.slices("")).containsExactly("");
    }

    @Test
    void aLongTextIsCutAtLineEndsAndPutTogetherAgainExactly() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < StatementEditor.LINES_PER_SLICE * 3 + 7; i++) {
            text.append("SELECT * FROM \"T\" WHERE pk = '").append(i).append("'\r\n");
        }
        text.append("-- no line end at the very end");
        List<String> slices = StatementEditor.slices(text.toString());
        assertThat(String.join("", slices)).isEqualTo(text.toString());
        assertThat(slices.subList(0, slices.size() - 1)).allSatisfy(slice -> assertThat(slice).endsWith("\n"));
        // A screenful first, a few lines at a time, then big pieces.
        assertThat(slices.subList(0, StatementEditor.SCREEN_SLICES)).allSatisfy(slice ->
                assertThat(slice.chars().filter(c -> c == '\n').count()).isEqualTo(StatementEditor.SCREEN_SLICE_LINES));
        assertThat(slices.subList(StatementEditor.SCREEN_SLICES, slices.size() - 1)).isNotEmpty().allSatisfy(slice ->
                assertThat(slice.chars().filter(c -> c == '\n').count()).isEqualTo(StatementEditor.LINES_PER_SLICE));
    }

    @Test
    void aTextOfAtMostOnePieceIsNotCut() {
        String text = "SELECT 1\n".repeat(StatementEditor.LINES_PER_SLICE);
        assertThat(StatementEditor.slices(text)).containsExactly(text);
    }
}
