package dev.dynamodesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.item.Item;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditorTitleTest {
    private static final List<String> KEYS = List.of("pk", "sk");

    @Test
    void namesTheItemByItsKeyValues() {
        Item item = Item.builder().s("pk", "user#1").s("sk", "profile").n("age", 3).build();
        assertThat(EditorTitle.text(KEYS, item, false, false)).isEqualTo("user#1 · profile");
        assertThat(EditorTitle.text(KEYS, item, false, true)).isEqualTo("● user#1 · profile");
    }

    @Test
    void aLongKeyKeepsItsStartAndItsEnd() {
        Item item = Item.builder().s("pk", "order#2024-11-29T10:15:00Z#customer-000123").s("sk", "line#0042").build();
        String title = EditorTitle.text(KEYS, item, false, false);
        assertThat(title).hasSizeLessThanOrEqualTo(EditorTitle.MAX_CHARS).startsWith("order#").endsWith("000123 · line#0042")
                .contains("…");
    }

    @Test
    void aNewItemSaysSoUntilItsKeyIsTyped() {
        assertThat(EditorTitle.text(KEYS, Item.builder().build(), true, false)).isEqualTo("New item");
        assertThat(EditorTitle.text(KEYS, Item.builder().s("pk", "a").build(), true, true)).isEqualTo("● New: a");
    }

    @Test
    void theTooltipHoldsTheWholeKey() {
        String pk = "x".repeat(100);
        Item item = Item.builder().s("pk", pk).n("sk", 7).build();
        assertThat(EditorTitle.tooltip("Local", "Orders", KEYS, item, false))
                .isEqualTo("Item of Orders on Local\npk = " + pk + "\nsk = 7");
        assertThat(EditorTitle.tooltip("Local", "Orders", KEYS, Item.builder().build(), true))
                .isEqualTo("New item in Orders on Local\npk = (not set)\nsk = (not set)");
    }
}
