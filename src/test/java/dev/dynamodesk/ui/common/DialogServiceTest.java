package dev.dynamodesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.ui.console.FullScanQuestion;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialogServiceTest {
    @Test
    void aQuestionGoesThroughTheServiceInUseAndItsAnswerIsTheCallers() {
        DialogService app = DialogService.current();
        try (RecordingDialogs no = RecordingDialogs.answering(false)) {
            assertThat(FullScanQuestion.ask(null, List.of("Events: no WHERE clause"))).isFalse();
            assertThat(no.asked).singleElement().satisfies(question -> {
                assertThat(question.id()).isEqualTo("fullScanQuestion");
                assertThat(question.yes()).isEqualTo("Run anyway");
                assertThat(question.warning()).isTrue();
                assertThat(question.text()).contains("Events: no WHERE clause");
            });
        }
        try (RecordingDialogs yes = RecordingDialogs.answering(true)) {
            assertThat(FullScanQuestion.ask(null, List.of("a", "b"))).isTrue();
            assertThat(yes.asked.get(0).header()).isEqualTo("2 of these SELECTs read whole tables");
        }
        assertThat(DialogService.current()).isSameAs(app).isInstanceOf(FxDialogService.class);
    }

    @Test
    void anErrorIsASentenceWithItsDetailsKept() {
        try (RecordingDialogs dialogs = RecordingDialogs.answering(true)) {
            DialogService.current().error(null, "Import into Orders", new IllegalStateException("The file ended early"));
            assertThat(dialogs.errors).singleElement().asString().startsWith("Import into Orders: ").contains("The file ended early");
        }
    }
}
