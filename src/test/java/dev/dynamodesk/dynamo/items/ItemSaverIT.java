package dev.dynamodesk.dynamo.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.WriteGuard;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.item.edit.ItemEdits;
import dev.dynamodesk.item.edit.ValuePath;
import dev.dynamodesk.testing.LocalDynamo;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Saves against DynamoDB Local while "another client" (a plain SDK call) edits the same item. */
class ItemSaverIT {
    @RegisterExtension
    final LocalDynamo local = new LocalDynamo();
    private DynamoServices services;
    private TableInfo info;
    private Item loaded;

    @BeforeEach
    void item() throws Exception {
        local.createTable("People", "pk", "sk");
        loaded = DynamoJson.parseItem("""
                {"pk": {"S": "p1"}, "sk": {"S": "profile"}, "name": {"S": "Ada"}, "city": {"S": "London"},
                 "bytes": {"B": "AP/DKA=="}, "big": {"N": "12345678901234567890123456789012345678"}}""");
        local.client().putItem(b -> b.tableName("People").item(AttributeValues.fromItem(loaded)));
        services = new DynamoServices(local.client());
        info = services.tables().describe("People");
    }

    private void otherClientSets(String attribute, String value) {
        local.client().updateItem(b -> b.tableName("People")
                .key(Map.of("pk", AttributeValue.fromS("p1"), "sk", AttributeValue.fromS("profile")))
                .updateExpression("SET #a = :v")
                .expressionAttributeNames(Map.of("#a", attribute))
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromS(value))));
    }

    private Item onServer() {
        return services.saver().fetch("People", info.keyOf(loaded));
    }

    @Test
    void aConcurrentChangeToAnotherAttributeSurvives() {
        Item edited = ItemEdits.set(loaded, ValuePath.attribute("name"), new StringValue("Ada Lovelace"));
        otherClientSets("city", "Paris");
        SavePlan plan = services.saver().plan("People", info, loaded, edited);
        assertThat(plan.kind()).isEqualTo(SavePlan.Kind.UPDATE);
        assertThat(plan.request().json()).contains("SET #n1 = :v0").contains("#n1 = :v1");
        assertThat(services.saver().execute(plan, info)).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(onServer().get("name")).isEqualTo(new StringValue("Ada Lovelace"));
        assertThat(onServer().get("city")).isEqualTo(new StringValue("Paris"));
    }

    @Test
    void aConcurrentChangeToTheSameAttributeIsRefusedAndNothingIsOverwritten() {
        Item edited = ItemEdits.set(loaded, ValuePath.attribute("name"), new StringValue("Mine"));
        otherClientSets("name", "Theirs");
        SaveOutcome outcome = services.saver().execute(services.saver().plan("People", info, loaded, edited), info);
        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.Conflict.class, conflict -> {
            assertThat(conflict.current().get("name")).isEqualTo(new StringValue("Theirs"));
            assertThat(conflict.reason()).contains("changed since you loaded it");
        });
        assertThat(onServer().get("name")).isEqualTo(new StringValue("Theirs"));

        // Overwriting is possible, but only as its own explicit plan.
        SavePlan overwrite = services.saver().overwrite("People", loaded, edited);
        assertThat(services.saver().execute(overwrite, info)).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(onServer().get("name")).isEqualTo(new StringValue("Mine"));
    }

    @Test
    void removingAnAttributeAnotherClientChangedIsRefusedToo() {
        Item edited = ItemEdits.remove(loaded, ValuePath.attribute("city"));
        otherClientSets("city", "Rome");
        assertThat(services.saver().execute(services.saver().plan("People", info, loaded, edited), info))
                .isInstanceOf(SaveOutcome.Conflict.class);
    }

    @Test
    void anItemDeletedMeanwhileIsNotQuietlyRecreated() {
        Item edited = ItemEdits.set(loaded, ValuePath.attribute("name"), new StringValue("Ghost"));
        local.client().deleteItem(b -> b.tableName("People").key(AttributeValues.fromItem(info.keyOf(loaded))));
        assertThat(services.saver().execute(services.saver().plan("People", info, loaded, edited), info))
                .isInstanceOfSatisfying(SaveOutcome.Conflict.class, conflict -> assertThat(conflict.current()).isNull());
        assertThat(onServer()).isNull();
    }

    @Test
    void binaryAndThirtyEightDigitNumbersSurviveASaveByteForByte() {
        Item edited = ItemEdits.set(loaded, ValuePath.attribute("bytes"), new BinaryValue(new byte[] {0, (byte) 0xFF, (byte) 0x80, (byte) 0xC3, 0x28}));
        edited = ItemEdits.set(edited, ValuePath.attribute("big"), new NumberValue("-9.9999999999999999999999999999999999999E+125"));
        services.saver().execute(services.saver().plan("People", info, loaded, edited), info);
        Item stored = onServer();
        assertThat(((BinaryValue) stored.get("bytes")).bytes()).containsExactly(0, 0xFF, 0x80, 0xC3, 0x28);
        assertThat(stored.get("big")).isEqualTo(new NumberValue("-9.9999999999999999999999999999999999999E+125"));
        assertThat(stored.get("name")).isEqualTo(loaded.get("name"));
    }

    @Test
    void changingTheKeyMovesTheItemInOneTransaction() {
        Item moved = ItemEdits.set(loaded, ValuePath.attribute("sk"), new StringValue("profile-v2"));
        SavePlan plan = services.saver().plan("People", info, loaded, moved);
        assertThat(plan.kind()).isEqualTo(SavePlan.Kind.MOVE);
        assertThat(services.saver().execute(plan, info)).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(onServer()).isNull();
        assertThat(services.saver().fetch("People", info.keyOf(moved))).isEqualTo(moved);

        // Moving onto a key that is taken is refused, and nothing is lost.
        Item back = ItemEdits.set(moved, ValuePath.attribute("sk"), new StringValue("taken"));
        Item occupant = info.keyOf(back).attributes().isEmpty() ? null : ItemEdits.set(info.keyOf(back),
                ValuePath.attribute("owner"), new StringValue("someone else"));
        local.client().putItem(b -> b.tableName("People").item(AttributeValues.fromItem(occupant)));
        assertThat(services.saver().execute(services.saver().plan("People", info, moved, back), info))
                .isInstanceOfSatisfying(SaveOutcome.Conflict.class, c -> {
                    // The dialog shows the item that holds the new key, not the one being moved.
                    assertThat(c.keyTaken()).isTrue();
                    assertThat(c.current()).isEqualTo(occupant);
                    assertThat(c.reason()).contains("The new key pk = p1, sk = taken is taken by another item")
                            .contains("Overwrite replaces that item");
                });
        assertThat(services.saver().fetch("People", info.keyOf(moved))).isEqualTo(moved);
        assertThat(services.saver().fetch("People", info.keyOf(back))).isEqualTo(occupant);

        // Overwrite, chosen: the occupant is replaced, the old copy goes.
        assertThat(services.saver().execute(services.saver().overwriteMove("People", info, moved, back), info))
                .isInstanceOf(SaveOutcome.Saved.class);
        assertThat(services.saver().fetch("People", info.keyOf(back))).isEqualTo(back);
        assertThat(services.saver().fetch("People", info.keyOf(moved))).isNull();
    }

    @Test
    void aSaveWhoseAnswerWasLostIsSavedNotAConflict() {
        // The SDK sent the update again after the first answer was lost; the first went through, so
        // the condition refuses the copy. The item holds the edit: that is a save, not a conflict.
        Item edited = ItemEdits.set(loaded, ValuePath.attribute("name"), new StringValue("Ada Lovelace"));
        SavePlan plan = services.saver().plan("People", info, loaded, edited);
        local.client().putItem(b -> b.tableName("People").item(AttributeValues.fromItem(edited)));
        assertThat(services.saver().execute(plan, info)).isEqualTo(new SaveOutcome.Saved(edited));
    }

    @Test
    void aNewItemIsCreatedOnlyIfItsKeyIsFreeAndDeletingNeedsTheItemToExist() {
        Item fresh = Item.builder().s("pk", "p2").s("sk", "profile").s("name", "Grace").build();
        assertThat(services.saver().execute(services.saver().plan("People", info, null, fresh), info)).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(services.saver().execute(services.saver().plan("People", info, null, fresh), info))
                .isInstanceOfSatisfying(SaveOutcome.Conflict.class, c -> assertThat(c.reason()).contains("already exists"));
        assertThat(services.saver().delete("People", info, fresh)).isTrue();
        assertThat(services.saver().delete("People", info, fresh)).isFalse();
    }

    @Test
    void aReadOnlyConnectionRefusesEverySave() {
        DynamoServices readOnly = new DynamoServices(local.client(), new WriteGuard(true, "Prod"));
        Item edited = ItemEdits.set(loaded, ValuePath.attribute("name"), new StringValue("Nope"));
        assertThatThrownBy(() -> readOnly.saver().execute(readOnly.saver().plan("People", info, loaded, edited), info))
                .isInstanceOf(WriteGuard.ReadOnlyException.class);
        assertThatThrownBy(() -> readOnly.saver().delete("People", info, loaded)).isInstanceOf(WriteGuard.ReadOnlyException.class);
        assertThat(onServer().get("name")).isEqualTo(new StringValue("Ada"));
    }
}
