package dev.dynamodesk.ui.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.dynamo.partiql.PartiqlStyler;
import dev.dynamodesk.dynamo.partiql.PartiqlStyler.StyleRun;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.MapValue;
import dev.dynamodesk.item.NumberSetValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringSetValue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The console's text logic that needs no window: restyling windows, brackets, comments, parameters. */
class ConsoleTextTest {

    /** Applies the window to the old runs as the editor would, and checks the result is the fresh styling. */
    private static void assertWindowRestyles(String before, String after, int editFrom, int editTo) {
        List<StyleRun> old = PartiqlStyler.runs(before);
        List<StyleRun> fresh = PartiqlStyler.runs(after);
        HighlightWindow window = HighlightWindow.between(old, before.length(), fresh, after.length(), editFrom, editTo);
        assertThat(window.from()).isLessThanOrEqualTo(editFrom);
        assertThat(window.to()).isGreaterThanOrEqualTo(editTo);
        // Outside the window the old runs, moved by the edit, must already be the fresh ones.
        int shift = after.length() - before.length();
        for (StyleRun run : fresh) {
            if (run.end() <= window.from()) {
                assertThat(old).contains(run);
            } else if (run.start() >= window.to()) {
                assertThat(old).contains(new StyleRun(run.start() - shift, run.end() - shift, run.styleClass()));
            } else {
                assertThat(window.runs()).contains(run);
            }
        }
    }

    @Test
    void aSmallEditRestylesLittle() {
        String line = "SELECT * FROM \"Orders\" WHERE pk = 'a' AND n > 5 -- note\n";
        String before = line.repeat(1_000);
        int at = line.length() * 500 + 7;
        String after = before.substring(0, at) + "x, " + before.substring(at);
        List<StyleRun> old = PartiqlStyler.runs(before);
        HighlightWindow window = HighlightWindow.between(old, before.length(), PartiqlStyler.runs(after), after.length(), at, at + 3);
        assertThat(window.to() - window.from()).isLessThan(20);
        assertWindowRestyles(before, after, at, at + 3);
    }

    @Test
    void openingAStringRestylesToTheEndAndClosingItRestylesBack() {
        String before = "SELECT * FROM t WHERE a = 1;\nSELECT 2 FROM u";
        String after = "SELECT * FROM t WHERE a = '1;\nSELECT 2 FROM u";
        int at = before.indexOf("1;");
        assertWindowRestyles(before, after, at, at + 1);
        HighlightWindow window = HighlightWindow.between(PartiqlStyler.runs(before), before.length(),
                PartiqlStyler.runs(after), after.length(), at, at + 1);
        assertThat(window.to()).isEqualTo(after.length());
        assertWindowRestyles(after, before, at, at);
    }

    @Test
    void typingInPlainTextBetweenEqualRunsRestylesTheTypedText() {
        assertWindowRestyles("SELECT *", "SELECT  *", 6, 7);
        assertWindowRestyles("SELECT", "SELECTx", 6, 7);
        assertWindowRestyles("?x?", "??x?", 0, 1);
    }

    @Test
    void bracketsAndQuotesFindTheirPartnersSkippingStrings() {
        String text = "SELECT * FROM t WHERE a IN [1, ')', (2)] AND b = 'x'";
        List<StyleRun> runs = PartiqlStyler.runs(text);
        int open = text.indexOf('[');
        int close = text.indexOf(']');
        assertThat(BracketMatcher.match(text, open, runs)).contains(new BracketMatcher.Pair(open, close));
        assertThat(BracketMatcher.match(text, close + 1, runs)).contains(new BracketMatcher.Pair(open, close));
        int quote = text.lastIndexOf("'x'");
        assertThat(BracketMatcher.match(text, quote, runs)).contains(new BracketMatcher.Pair(quote, quote + 2));
        assertThat(BracketMatcher.match("SELECT (1", 7, PartiqlStyler.runs("SELECT (1"))).isEqualTo(Optional.empty());
        assertThat(BracketMatcher.match("SELECT 1", 3, List.of())).isEmpty();
    }

    @Test
    void commentsAreToggledLineByLine() {
        String text = "SELECT 1;\n  SELECT 2;\n\nSELECT 3";
        CommentToggle.Change on = CommentToggle.toggle(text, 0, text.indexOf("2;") + 2);
        assertThat(on.replacement()).isEqualTo("-- SELECT 1;\n  -- SELECT 2;");
        String commented = text.substring(0, on.lineStart()) + on.replacement() + text.substring(on.lineEnd());
        CommentToggle.Change off = CommentToggle.toggle(commented, 3, 20);
        assertThat(off.replacement()).isEqualTo("SELECT 1;\n  SELECT 2;");
        CommentToggle.Change last = CommentToggle.toggle(text, text.length(), text.length());
        assertThat(last.replacement()).isEqualTo("-- SELECT 3");
    }

    @Test
    void parameterTextBecomesTypedValues() {
        assertThat(ParameterSlot.parse("12.50", AttributeType.N)).isEqualTo(new NumberValue("12.5"));
        assertThat(ParameterSlot.parse("a, b", AttributeType.SS)).isEqualTo(StringSetValue.of(List.of("a", "b")));
        assertThat(ParameterSlot.parse("1, 2.0", AttributeType.NS))
                .isEqualTo(NumberSetValue.of(List.of(new NumberValue("1"), new NumberValue("2"))));
        assertThat(ParameterSlot.parse("{\"M\": {\"a\": {\"S\": \"x\"}}}", AttributeType.M)).isInstanceOf(MapValue.class);
        assertThatThrownBy(() -> ParameterSlot.parse("1, 1.0", AttributeType.NS)).hasMessageContaining("twice");
        assertThatThrownBy(() -> ParameterSlot.parse("", AttributeType.SS)).hasMessageContaining("at least one");
        assertThatThrownBy(() -> ParameterSlot.parse("{\"L\": []}", AttributeType.M)).hasMessageContaining("map");
        ParameterSlot slot = new ParameterSlot();
        slot.typeProperty().set(AttributeType.N);
        slot.textProperty().set("1e999");
        assertThat(slot.problemProperty().get()).isNotEmpty();
        slot.set(StringSetValue.of(List.of("x")));
        assertThat(slot.typeProperty().get()).isEqualTo(AttributeType.SS);
        assertThat(slot.value()).isEqualTo(StringSetValue.of(List.of("x")));
        assertThat(slot.problemProperty().get()).isEmpty();
    }

    @Test
    void slotsFollowTheMarksAndKeepTheirValues() {
        ConsoleParameters parameters = new ConsoleParameters();
        parameters.update("SELECT * FROM t WHERE a = ? AND b = ?");
        parameters.slots().get(0).textProperty().set("one");
        parameters.update("SELECT * FROM t WHERE a = ? AND b = ? AND c = '?'");
        assertThat(parameters.slots()).hasSize(2);
        assertThat(parameters.slots().get(0).textProperty().get()).isEqualTo("one");
        assertThat(parameters.slots().get(1).labelProperty().get()).isEqualTo("?2 · line 1: SELECT * FROM t WHERE a = ? AND b = ?");
        parameters.update("SELECT 1 FROM t");
        assertThat(parameters.slots()).isEmpty();
    }
}
