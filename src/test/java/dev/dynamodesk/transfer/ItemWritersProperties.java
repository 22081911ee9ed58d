package dev.dynamodesk.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ItemArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** An export to DynamoDB JSON lines, read back, gives exactly the items written, whatever they hold. */
class ItemWritersProperties {
    @Provide
    Arbitrary<Item> items() {
        return ItemArbitraries.items();
    }

    @Property(tries = 1_000)
    void dynamoJsonLinesGiveBackTheSameItems(@ForAll @Size(max = 8) List<@net.jqwik.api.From("items") Item> items) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long bytes;
        try (ItemWriter writer = ItemWriters.open(ExportFormat.DYNAMODB_JSON_LINES, out, List.of(), false)) {
            for (Item item : items) {
                writer.write(item);
            }
            assertThat(writer.itemsWritten()).isEqualTo(items.size());
            writer.close();
            bytes = writer.bytesWritten();
        }
        assertThat(bytes).isEqualTo(out.size());
        List<Item> back = new ArrayList<>();
        try (JsonLinesReader reader = JsonLinesReader.dynamoJson(new ByteArrayInputStream(out.toByteArray()))) {
            reader.forEachRemaining(line -> {
                assertThat(line.problem()).isNull();
                back.add(line.item());
            });
        }
        assertThat(back).isEqualTo(items);
    }
}
