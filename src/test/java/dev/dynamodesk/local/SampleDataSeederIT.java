package dev.dynamodesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.dynamo.TableService;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringSetValue;
import dev.dynamodesk.testing.LocalDynamo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class SampleDataSeederIT {
    @RegisterExtension
    final LocalDynamo local = new LocalDynamo();

    private long count(String table) {
        return local.client().scan(b -> b.tableName(table).select("COUNT")).count();
    }

    @Test
    void seedsAFreshDatabaseWithEveryTableAndResumesEventsAfterAnInterruption() throws Exception {
        SeedStateStore state = SeedStateStore.inMemory();
        SampleDataSeeder seeder = new SampleDataSeeder(local.client(), state, 1_200);
        assertThat(seeder.need()).isEqualTo(SampleDataSeeder.Need.EVERYTHING);

        // Each table is announced once it is listed by the server, before the small tables' items.
        List<String> announced = new ArrayList<>();
        List<Long> itemsWhenAnnounced = new ArrayList<>();
        assertThat(seeder.createTablesAndSmallItems(table -> {
            assertThat(new TableService(local.client()).listTableNames()).contains(table);
            announced.add(table);
            itemsWhenAnnounced.add(count(table));
        })).containsExactlyElementsOf(SampleTables.ALL);
        assertThat(announced).containsExactlyElementsOf(SampleTables.ALL);
        assertThat(itemsWhenAnnounced).containsOnly(0L);
        assertThat(new TableService(local.client()).listTableNames())
                .containsExactlyInAnyOrder("App", "Events", "ExampleTable", "Orders", "TypeShowcase", "UserData");
        for (String table : SampleTables.SMALL_TABLES) {
            assertThat(count(table)).as(table).isEqualTo(SampleDataSeeder.readSample(table).size());
        }
        assertThat(seeder.need()).isEqualTo(SampleDataSeeder.Need.EVENTS);

        // Stop after the first step of events, as a closing window would.
        List<Long> progress = new ArrayList<>();
        assertThatThrownBy(() -> seeder.writeEvents(() -> progress.size() > 1 && progress.get(progress.size() - 1) >= 500, progress::add))
                .isInstanceOf(CancellationException.class);
        assertThat(state.load().orElseThrow().eventsWritten()).isEqualTo(500);
        assertThat(count("Events")).isEqualTo(500);

        List<Long> resumed = new ArrayList<>();
        new SampleDataSeeder(local.client(), state, 1_200).writeEvents(() -> false, resumed::add);
        assertThat(resumed.get(0)).isEqualTo(500);
        assertThat(resumed.get(resumed.size() - 1)).isEqualTo(1_200);
        assertThat(count("Events")).isEqualTo(1_200);
        assertThat(seeder.need()).isEqualTo(SampleDataSeeder.Need.NOTHING);
    }

    @Test
    void leavesADatabaseThatAlreadyHasTablesAlone() {
        local.createTable("Mine", "id", null);
        SampleDataSeeder seeder = new SampleDataSeeder(local.client(), SeedStateStore.inMemory(), 10);
        assertThat(seeder.need()).isEqualTo(SampleDataSeeder.Need.NOTHING);
    }

    @Test
    void theTypeShowcaseSurvivesDynamoDbLocalExactly() throws Exception {
        new SampleDataSeeder(local.client(), SeedStateStore.inMemory(), 0).createTablesAndSmallItems();
        Map<String, AttributeValue> numbers = local.client().getItem(b -> b.tableName("TypeShowcase")
                .key(Map.of("id", AttributeValue.fromS("numbers")))).item();
        Item item = AttributeValues.toItem(numbers);
        assertThat(((NumberValue) item.get("thirtyEightDigits")).text()).isEqualTo("12345678901234567890123456789012345678");
        // DynamoDB answers with its own canonical text for a number ("1E-130" comes back as 0.000…1):
        // the value is the same, which is why numbers compare by value.
        assertThat(item.get("smallest")).isEqualTo(new NumberValue("1E-130"));
        assertThat(item.get("largest")).isEqualTo(new NumberValue("9.9999999999999999999999999999999999999E+125"));
        assertThat(item.get("notADouble")).isEqualTo(new NumberValue("0.1000000000000000055511151231257827021"));

        Item binary = AttributeValues.toItem(local.client().getItem(b -> b.tableName("TypeShowcase")
                .key(Map.of("id", AttributeValue.fromS("binary")))).item());
        assertThat(((BinaryValue) binary.get("invalidUtf8")).bytes()).containsExactly(0xC3, 0x28, 0xA0, 0xA1, 0xFF, 0xFE);

        Item sets = AttributeValues.toItem(local.client().getItem(b -> b.tableName("TypeShowcase")
                .key(Map.of("id", AttributeValue.fromS("sets")))).item());
        assertThat(((StringSetValue) sets.get("stringSet")).members()).contains("", "café", "🚀 rocket");
        assertThat(SampleDataSeeder.readSample("TypeShowcase"))
                .filteredOn(sample -> sample.get("id").equals(sets.get("id")))
                .singleElement().isEqualTo(sets);
    }

    @Test
    void everyEventHasAUniqueKeyAndTheSameContentEachTime() {
        assertThat(SampleEvents.item(42)).isEqualTo(SampleEvents.item(42));
        var keys = new java.util.HashSet<String>();
        for (int i = 0; i < 20_000; i++) {
            Item event = SampleEvents.item(i);
            assertThat(keys.add(event.get("source") + "|" + event.get("ts"))).isTrue();
        }
    }
}
