package dev.dynamodesk.dynamo.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.dynamo.query.AttributePath.Index;
import dev.dynamodesk.dynamo.query.AttributePath.Name;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttributePathTest {
    @Test
    void readsNestedNamesAndListIndexes() {
        assertThat(AttributePath.parse("a.b[0].c").segments())
                .containsExactly(new Name("a"), new Name("b"), new Index(0), new Name("c"));
        assertThat(AttributePath.parse("matrix[1][12]").segments())
                .containsExactly(new Name("matrix"), new Index(1), new Index(12));
    }

    @Test
    void backticksQuoteNamesWithAnyCharacters() {
        assertThat(AttributePath.parse("`a.b`.c").segments()).containsExactly(new Name("a.b"), new Name("c"));
        assertThat(AttributePath.parse("`with space`").segments()).containsExactly(new Name("with space"));
        assertThat(AttributePath.parse("`it``s`").segments()).containsExactly(new Name("it`s"));
        assertThat(AttributePath.parse("emoji 🚀").segments()).containsExactly(new Name("emoji 🚀"));
        assertThat(AttributePath.parse("#hash").segments()).containsExactly(new Name("#hash"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.b[0].c", "`a.b`.c", "`x[1]`[1]", "with-dash", "`it``s`", "ünïcödé.ok", "` lead`"})
    void writesBackWhatItReads(String text) {
        AttributePath path = AttributePath.parse(text);
        assertThat(AttributePath.parse(path.toString())).isEqualTo(path);
    }

    @Test
    void quotesOnlyWhenNeeded() {
        assertThat(AttributePath.of("a.b").toString()).isEqualTo("`a.b`");
        assertThat(AttributePath.of("status").toString()).isEqualTo("status");
        assertThat(AttributePath.of("with space").toString()).isEqualTo("with space");
        assertThat(AttributePath.of(" padded ").toString()).isEqualTo("` padded `");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a.", ".a", "a..b", "a[", "a[x]", "a[-1]", "`open", "a]b", "[0]", "a b[0]x"})
    void explainsMistakes(String text) {
        assertThatThrownBy(() -> AttributePath.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
