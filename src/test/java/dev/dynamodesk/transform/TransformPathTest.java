package dev.dynamodesk.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransformPathTest {
    @Test
    void readsNeosyncPathsAndListElements() {
        assertThat(TransformPath.parse("Pets.Judith.Age").steps()).containsExactly(new TransformPath.Name("Pets"),
                new TransformPath.Name("Judith"), new TransformPath.Name("Age"));
        assertThat(TransformPath.parse("lines[*].sku").steps()).containsExactly(new TransformPath.Name("lines"),
                new TransformPath.EveryElement(), new TransformPath.Name("sku"));
        assertThat(TransformPath.parse(" lines[0].price ").toString()).isEqualTo("lines[0].price");
        assertThat(TransformPath.parse("grid[1][*]").toString()).isEqualTo("grid[1][*]");
        assertThat(TransformPath.parse("email").attribute()).isEqualTo("email");
    }

    @Test
    void everyElementMatchesAnyPositionAndAPositionIsMoreSpecific() {
        List<TransformPath.Step> second = List.of(new TransformPath.Name("lines"), new TransformPath.Element(1), new TransformPath.Name("sku"));
        assertThat(TransformPath.parse("lines[*].sku").matches(second)).isTrue();
        assertThat(TransformPath.parse("lines[1].sku").matches(second)).isTrue();
        assertThat(TransformPath.parse("lines[0].sku").matches(second)).isFalse();
        assertThat(TransformPath.parse("lines").matches(second)).isFalse();
        assertThat(TransformPath.parse("lines[1].sku").specificity()).isGreaterThan(TransformPath.parse("lines[*].sku").specificity());
    }

    @Test
    void whatIsNoPathIsSaidInWords() {
        assertThatThrownBy(() -> TransformPath.parse("")).hasMessageContaining("the path is empty");
        assertThatThrownBy(() -> TransformPath.parse("a..b")).hasMessageContaining("empty name between dots");
        assertThatThrownBy(() -> TransformPath.parse("a.")).hasMessageContaining("ends with a dot");
        assertThatThrownBy(() -> TransformPath.parse("[0].a")).hasMessageContaining("starts with an attribute's name");
        assertThatThrownBy(() -> TransformPath.parse("a[x]")).hasMessageContaining("a position (0, 1, …) or *");
        assertThatThrownBy(() -> TransformPath.parse("a[1")).hasMessageContaining("without its ]");
        assertThatThrownBy(() -> TransformPath.parse("a[1]b")).hasMessageContaining("after ] comes . or [");
    }
}
