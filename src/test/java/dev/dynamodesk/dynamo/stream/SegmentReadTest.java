package dev.dynamodesk.dynamo.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.dynamo.ItemPage;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.StringValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The segment engine against a scripted server: every segment's pages, empty ones included, are
 * handed over exactly once; the stream ends only after every segment ended; a failure in one
 * segment fails the run. (The bug this guards against: an export that stopped at the first empty
 * page of any segment, because the end was told by the identity of an empty list.)
 */
class SegmentReadTest {
    /** Segment s holds {@code pages[s]} pages; page p of it holds {@code sizes[s][p]} items. */
    private static SegmentRead.ChunkReader<ItemPage> scripted(int[][] sizes) {
        return (segment, total, startKey, cancelled) -> {
            int page = startKey == null ? 0 : Integer.parseInt(((StringValue) startKey.get("page")).value()) + 1;
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < sizes[segment][page]; i++) {
                items.add(Item.builder().s("pk", segment + "/" + page + "/" + i).build());
            }
            Item next = page + 1 < sizes[segment].length ? Item.builder().s("page", String.valueOf(page)).build() : null;
            return new ItemPage(items, next, items.size() + 3, 0);
        };
    }

    private static String pk(Item item) {
        return ((StringValue) item.get("pk")).value();
    }

    private static final int[][] WITH_EMPTY_PAGES = {
            {0, 0, 5, 0},      // starts with empty pages
            {3, 0, 0, 0, 0, 2}, // empty pages in the middle
            {0},               // one empty page only
            {7, 1, 0},         // ends with an empty page
    };

    @Test
    void everyPageOfEverySegmentIsHandedOverEmptyOnesToo() {
        List<String> keys = Collections.synchronizedList(new ArrayList<>());
        List<SegmentRead.Delivered<ItemPage>> chunks = Collections.synchronizedList(new ArrayList<>());
        ReadAccount account = SegmentRead.run(4, SegmentRead.fromTheStart(4), scripted(WITH_EMPTY_PAGES), () -> false,
                delivered -> {
                    chunks.add(delivered);
                    delivered.chunk().items().forEach(item -> keys.add(pk(item)));
                });
        assertThat(keys).hasSize(18).doesNotHaveDuplicates();
        assertThat(chunks).hasSize(4 + 6 + 1 + 3);
        assertThat(account.items()).isEqualTo(18);
        assertThat(account.complete()).isTrue();
        assertThat(account.segments()).extracting(ReadAccount.SegmentTally::items).containsExactly(5L, 5L, 0L, 8L);
        assertThat(account.segments()).extracting(ReadAccount.SegmentTally::chunks).containsExactly(4L, 6L, 1L, 3L);
        assertThat(account.describe()).isEqualTo("18 items read (segments: 5 + 5 + 0 + 8)");
    }

    @Test
    void theStreamEndsOnlyAfterEverySegmentEnded() {
        for (int run = 0; run < 50; run++) {
            List<String> keys = new ArrayList<>();
            try (ChunkStream<ItemPage> stream = SegmentRead.stream(4, SegmentRead.fromTheStart(4), scripted(WITH_EMPTY_PAGES),
                    () -> false, 1)) {
                for (SegmentRead.Delivered<ItemPage> chunk; (chunk = stream.next(() -> false)) != null; ) {
                    chunk.chunk().items().forEach(item -> keys.add(pk(item)));
                }
                assertThat(stream.account().items()).isEqualTo(18);
                assertThat(stream.next(() -> false)).isNull();
            }
            assertThat(keys).hasSize(18).doesNotHaveDuplicates();
        }
    }

    @Test
    void aSegmentThatFailsFailsTheRunAndStopsTheOthers() {
        AtomicBoolean othersStopped = new AtomicBoolean();
        SegmentRead.ChunkReader<ItemPage> failing = (segment, total, startKey, cancelled) -> {
            if (segment == 2) {
                throw new IllegalStateException("segment 2 broke");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                othersStopped.set(true);
                throw new CancellationException("interrupted");
            }
            return new ItemPage(List.of(), Item.builder().s("page", "0").build(), 0, 0); // never ends by itself
        };
        try (ChunkStream<ItemPage> stream = SegmentRead.stream(4, SegmentRead.fromTheStart(4), failing, () -> false, 2)) {
            assertThatThrownBy(() -> {
                while (stream.next(() -> false) != null) {
                    // keep taking
                }
            }).isInstanceOf(IllegalStateException.class).hasMessage("segment 2 broke");
        }
        assertThatThrownBy(() -> SegmentRead.run(4, SegmentRead.fromTheStart(4), failing, () -> false, delivered -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessage("segment 2 broke");
    }

    @Test
    void aConsumerThatFailsFailsTheRun() {
        assertThatThrownBy(() -> SegmentRead.run(4, SegmentRead.fromTheStart(4), scripted(WITH_EMPTY_PAGES), () -> false,
                delivered -> {
                    if (delivered.segment() == 3) {
                        throw new java.io.IOException("disk full");
                    }
                })).hasMessage("disk full").hasCauseInstanceOf(java.io.IOException.class);
    }

    @Test
    void cancellingStopsEverySegment() {
        AtomicBoolean cancel = new AtomicBoolean();
        SegmentRead.ChunkReader<ItemPage> endless = (segment, total, startKey, cancelled) ->
                new ItemPage(List.of(Item.builder().s("pk", "x").build()), Item.builder().s("page", "0").build(), 1, 0);
        try (ChunkStream<ItemPage> stream = SegmentRead.stream(3, SegmentRead.fromTheStart(3), endless, cancel::get, 4)) {
            assertThat(stream.next(cancel::get)).isNotNull();
            cancel.set(true);
            assertThatThrownBy(() -> stream.next(cancel::get)).isInstanceOf(CancellationException.class);
        }
    }

    @Test
    void onlyTheNamedSegmentsAreReadFromWhereTheyStopped() {
        List<String> keys = Collections.synchronizedList(new ArrayList<>());
        ReadAccount account = SegmentRead.run(4, Map.of(1, Item.builder().s("page", "3").build(), 3, Item.builder().s("page", "0").build()),
                scripted(WITH_EMPTY_PAGES), () -> false,
                delivered -> delivered.chunk().items().forEach(item -> keys.add(pk(item))));
        assertThat(keys).containsExactlyInAnyOrder("1/5/0", "1/5/1", "3/1/0");
        assertThat(account.segments()).extracting(ReadAccount.SegmentTally::segment).containsExactly(1, 3);
    }

    @Test
    void anUnfinishedSegmentIsAnAccountingError() {
        ReadAccount account = new ReadAccount(List.of(new ReadAccount.SegmentTally(0, 5, 5, 1, true),
                new ReadAccount.SegmentTally(1, 2, 9, 1, false)));
        assertThatThrownBy(account::requireComplete).isInstanceOf(AccountingException.class)
                .hasMessageContaining("segments [1]").hasMessageContaining("5 + 2 unfinished");
    }
}
