package dev.dynamodesk.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class ChunkedRowsTest {
    private final List<ChunkedRows.Chunk> reloadRequests = new ArrayList<>();
    private final ChunkedRows rows = new ChunkedRows(250, reloadRequests::add);

    private static List<Item> items(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> Item.builder().n("i", i).build()).toList();
    }

    private static ChunkedRows.Start start(int n) {
        return new ChunkedRows.Start(0, 1, n == 0 ? null : Item.builder().n("i", n - 1).build());
    }

    @Test
    void appendsChunksAsOneChangeEach() {
        List<String> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<Item>) change -> {
            while (change.next()) {
                changes.add(change.wasAdded() + ":" + change.getFrom() + "-" + change.getTo());
            }
        });
        rows.append(start(0), items(0, 100), Item.builder().n("i", 99).build(), 100);
        rows.append(start(100), List.of(), Item.builder().n("i", 150).build(), 100); // a filtered page with nothing
        rows.append(start(151), items(100, 100), null, 100);
        assertThat(changes).containsExactly("true:0-100", "true:100-200");
        assertThat(rows).hasSize(200);
        assertThat(rows.get(0).get("i").toString()).isEqualTo("0");
        assertThat(rows.get(100).get("i").toString()).isEqualTo("100");
        assertThat(rows.get(199).get("i").toString()).isEqualTo("199");
        assertThat(rows.lastChunk().endKey()).isNull();
    }

    @Test
    void keepsAtMostTheLimitInMemoryDroppingTheLeastRecentlyShown() {
        rows.append(start(0), items(0, 100), null, 100);
        rows.append(start(100), items(100, 100), null, 100);
        rows.get(5); // the first chunk is on screen
        List<String> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<Item>) change -> {
            while (change.next()) {
                changes.add(change.getFrom() + "-" + change.getTo() + " removed " + change.getRemovedSize());
            }
        });
        rows.append(start(200), items(200, 100), null, 100);
        // 300 held > 250: the second chunk, shown least recently, is dropped, and that is no change
        // of the list (its rows are the same items, not in memory): only the append is announced.
        assertThat(changes).containsExactly("200-300 removed 0");
        assertThat(rows.loadedCount()).isEqualTo(200);
        assertThat(rows).hasSize(300);
        assertThat(rows.get(150)).isSameAs(ChunkedRows.PLACEHOLDER);
        assertThat(reloadRequests).singleElement().satisfies(chunk -> assertThat(chunk.start()).isEqualTo(start(100)));
        assertThat(rows.loadedItems()).hasSize(200);
    }

    @Test
    void aReloadedChunkComesBackEvenIfItsSizeChanged() {
        rows.append(start(0), items(0, 100), null, 100);
        rows.append(start(100), items(100, 100), null, 100);
        rows.get(150);
        rows.append(start(200), items(200, 100), null, 100);
        assertThat(rows.get(10)).isSameAs(ChunkedRows.PLACEHOLDER);
        ChunkedRows.Chunk dropped = reloadRequests.get(0);

        List<String> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<Item>) change -> {
            while (change.next()) {
                changes.add(change.getRemovedSize() + "->" + change.getAddedSize());
            }
        });
        rows.reloaded(dropped, items(0, 90)); // ten items were deleted meanwhile
        assertThat(rows).hasSize(290);
        assertThat(rows.get(10).get("i").toString()).isEqualTo("10");
        assertThat(rows.get(250).get("i").toString()).isEqualTo("260");
        assertThat(changes).first().isEqualTo("100->90");
        // Holding 290 again, the chunk shown longest ago (rows 90-189) made room.
        assertThat(rows.loadedCount()).isEqualTo(190);
        assertThat(rows.get(90)).isSameAs(ChunkedRows.PLACEHOLDER);
    }

    @Test
    void removesDeletedRowsInPlace() {
        rows.append(start(0), items(0, 10), null, 10);
        rows.append(start(10), items(10, 10), null, 10);
        List<Integer> removedAt = new ArrayList<>();
        rows.addListener((ListChangeListener<Item>) change -> {
            while (change.next()) {
                if (change.wasRemoved()) {
                    removedAt.add(change.getFrom());
                }
            }
        });
        rows.removeLoaded(item -> Integer.parseInt(item.get("i").toString()) % 5 == 0);
        assertThat(rows).hasSize(16);
        assertThat(rows.get(4).get("i").toString()).isEqualTo("6");
        assertThat(rows.get(8).get("i").toString()).isEqualTo("11");
        assertThat(removedAt).isNotEmpty();
    }

    @Test
    void resetRemovesEverything() {
        rows.append(start(0), items(0, 10), null, 100);
        rows.reset();
        assertThat(rows).isEmpty();
        assertThat(rows.lastChunk()).isNull();
    }

    @Test
    void aSavedItemShowsInPlaceAndADeletedOrReKeyedOneLeaves() {
        dev.dynamodesk.dynamo.TableInfo info = new dev.dynamodesk.dynamo.TableInfo("T", "ACTIVE",
                new dev.dynamodesk.dynamo.KeyAttribute("i", dev.dynamodesk.item.AttributeType.N), null, List.of(), 0, 0,
                "PAY_PER_REQUEST");
        rows.append(start(0), items(0, 5), null, 5);
        Item before = rows.get(2);
        Item edited = Item.builder().n("i", 2).s("note", "edited").build();
        rows.showSaved(info, before, edited);
        assertThat(rows.get(2)).isSameAs(edited);
        assertThat(rows).hasSize(5);

        rows.showSaved(info, edited, Item.builder().n("i", 99).build()); // its key changed: a new item elsewhere
        assertThat(rows).hasSize(4).extracting(item -> item.get("i").toString()).containsExactly("0", "1", "3", "4");

        rows.showSaved(info, rows.get(0), null); // deleted
        assertThat(rows).extracting(item -> item.get("i").toString()).containsExactly("1", "3", "4");
    }
}
