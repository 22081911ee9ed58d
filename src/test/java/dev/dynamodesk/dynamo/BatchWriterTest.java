package dev.dynamodesk.dynamo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.item.Item;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class BatchWriterTest {
    /** A client whose BatchWriteItem hands back the first {@code refusals} requests of each call as unprocessed. */
    private static DynamoDbClient refusingClient(List<Integer> batchSizes, int[] refusals) {
        return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("batchWriteItem")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    BatchWriteItemRequest request = (BatchWriteItemRequest) args[0];
                    List<WriteRequest> writes = request.requestItems().get("T");
                    batchSizes.add(writes.size());
                    int refuse = Math.min(refusals[0], writes.size());
                    refusals[0] -= refuse;
                    return BatchWriteItemResponse.builder()
                            .unprocessedItems(refuse == 0 ? Map.of() : Map.of("T", writes.subList(0, refuse)))
                            .build();
                });
    }

    private static List<Item> items(int count) {
        return IntStream.range(0, count).mapToObj(i -> Item.builder().s("id", "k" + i).build()).toList();
    }

    @Test
    void writesInBatchesOf25AndRetriesUnprocessedItemsWithGrowingPauses() {
        List<Integer> batchSizes = new ArrayList<>();
        List<Long> pauses = new ArrayList<>();
        BatchWriter writer = new BatchWriter(refusingClient(batchSizes, new int[] {30}), 1, pauses::add);
        List<Long> progress = new ArrayList<>();
        long written = writer.putAll("T", items(60), () -> false, progress::add);
        assertThat(written).isEqualTo(60);
        // 25 refused, then the 25 retried with 5 refused, then 5 retried, then 25, then 10.
        assertThat(batchSizes).containsExactly(25, 25, 5, 25, 10);
        assertThat(pauses).containsExactly(50L, 100L);
        assertThat(progress).containsExactly(25L, 50L, 60L);
    }

    @Test
    void givesUpWithAClearMessageWhenItemsStayUnprocessed() {
        BatchWriter writer = new BatchWriter(refusingClient(new ArrayList<>(), new int[] {Integer.MAX_VALUE}), 1, millis -> { });
        assertThatThrownBy(() -> writer.putAll("T", items(3), () -> false, n -> { }))
                .hasMessageContaining("3 items could not be written to T after 10 attempts");
    }

    @Test
    void writesSeveralBatchesAtOnceAndReportsProgressInOrder() {
        List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        BatchWriter writer = new BatchWriter(refusingClient(batchSizes, new int[] {0}), 4, millis -> { });
        List<Long> progress = new ArrayList<>();
        assertThat(writer.putAll("T", items(260), () -> false, progress::add)).isEqualTo(260);
        assertThat(batchSizes).hasSize(11);
        assertThat(progress).hasSize(11).isSorted().endsWith(260L);
    }

    @Test
    void stopsBetweenBatchesWhenCancelled() {
        List<Integer> batchSizes = new ArrayList<>();
        BatchWriter writer = new BatchWriter(refusingClient(batchSizes, new int[] {0}), 1, millis -> { });
        int[] calls = {0};
        assertThatThrownBy(() -> writer.putAll("T", items(100), () -> calls[0]++ >= 2, n -> { }))
                .isInstanceOf(CancellationException.class)
                .hasMessageContaining("after 50 items");
        assertThat(batchSizes).hasSize(2);
    }
}
