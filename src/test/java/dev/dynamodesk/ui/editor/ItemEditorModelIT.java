package dev.dynamodesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.WriteGuard;
import dev.dynamodesk.dynamo.items.SavePlan;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.item.edit.ItemEdits;
import dev.dynamodesk.item.edit.ValuePath;
import dev.dynamodesk.testing.LocalDynamo;
import dev.dynamodesk.ui.common.TaskRunner;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The editor's model against DynamoDB Local, with a synchronous task runner. */
class ItemEditorModelIT {
    @RegisterExtension
    final LocalDynamo local = new LocalDynamo();
    private TableInfo info;
    private Item loaded;

    @BeforeEach
    void item() {
        local.createTable("Notes", "id", null);
        loaded = Item.builder().s("id", "n1").s("title", "Draft").s("body", "text").build();
        local.client().putItem(b -> b.tableName("Notes").item(AttributeValues.fromItem(loaded)));
        info = new DynamoServices(local.client()).tables().describe("Notes");
    }

    private ItemEditorModel model(DynamoServices services) {
        return new ItemEditorModel("Notes", info, services, TaskRunner.synchronous(), loaded, loaded);
    }

    @Test
    void editsAreUndoableAndASaveBecomesTheNewBaseline() {
        ItemEditorModel model = model(new DynamoServices(local.client()));
        assertThat(model.dirtyProperty().get()).isFalse();
        model.edit("Set title", item -> ItemEdits.set(item, ValuePath.attribute("title"), new StringValue("Final")));
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Set title");
        SavePlan plan = model.plan();
        assertThat(plan.kind()).isEqualTo(SavePlan.Kind.UPDATE);
        model.save(plan);
        assertThat(model.statusProperty().get()).isEqualTo("Saved.");
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.loadedProperty().get().get("title")).isEqualTo(new StringValue("Final"));
        assertThat(model.undoTextProperty().get()).isEmpty();
    }

    @Test
    void aRefusedSaveKeepsTheEditsAndMergingKeepsBothChanges() {
        ItemEditorModel model = model(new DynamoServices(local.client()));
        model.edit("Set title", item -> ItemEdits.set(item, ValuePath.attribute("title"), new StringValue("Mine")));
        local.client().updateItem(b -> b.tableName("Notes").key(Map.of("id", AttributeValue.fromS("n1")))
                .updateExpression("SET title = :t, body = :b")
                .expressionAttributeValues(Map.of(":t", AttributeValue.fromS("Theirs"), ":b", AttributeValue.fromS("their body"))));
        model.save();
        assertThat(model.conflictProperty().get()).isNotNull();
        assertThat(model.current().get("title")).isEqualTo(new StringValue("Mine"));
        assertThat(model.statusProperty().get()).contains("Your edits are kept");

        // Merge: the server's item, with my title.
        Item server = model.conflictProperty().get().current();
        Item merged = ItemEdits.set(server, ValuePath.attribute("title"), new StringValue("Mine"));
        model.rebase(server, merged);
        model.save();
        Item stored = new DynamoServices(local.client()).saver().fetch("Notes", info.keyOf(loaded));
        assertThat(stored.get("title")).isEqualTo(new StringValue("Mine"));
        assertThat(stored.get("body")).isEqualTo(new StringValue("their body"));
    }

    @Test
    void aReadOnlyConnectionOpensItemsReadOnly() {
        ItemEditorModel model = model(new DynamoServices(local.client(), new WriteGuard(true, "Prod")));
        assertThat(model.readOnly()).isTrue();
        assertThat(model.edit("Set title", item -> ItemEdits.set(item, ValuePath.attribute("title"), new StringValue("x"))))
                .isEqualTo("This connection is read-only.");
        assertThat(model.current()).isEqualTo(loaded);
    }

    @Test
    void changingTheKeyIsSaidAndSavedAsAMove() {
        ItemEditorModel model = model(new DynamoServices(local.client()));
        model.edit("Set id", item -> ItemEdits.set(item, ValuePath.attribute("id"), new StringValue("n2")));
        assertThat(model.keyChanged()).isTrue();
        assertThat(model.plan().kind()).isEqualTo(SavePlan.Kind.MOVE);
        model.save();
        DynamoServices services = new DynamoServices(local.client());
        assertThat(services.saver().fetch("Notes", Item.builder().s("id", "n1").build())).isNull();
        assertThat(services.saver().fetch("Notes", Item.builder().s("id", "n2").build()).get("title")).isEqualTo(new StringValue("Draft"));
    }

    @Test
    void problemsStopTheSaveBeforeAnythingIsSent() {
        ItemEditorModel model = model(new DynamoServices(local.client()));
        model.edit("Clear id", item -> ItemEdits.set(item, ValuePath.attribute("id"), new StringValue("")));
        assertThat(model.problems()).singleElement().asString().contains("A key cannot be empty");
        assertThat(model.plan()).isNull();
    }
}
