package dev.dynamodesk.item.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ListValue;
import dev.dynamodesk.item.MapValue;
import dev.dynamodesk.item.NumberSetValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringSetValue;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.item.edit.ValuePath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every change on every shape it meets, worked out in memory: the results a bulk run would write. */
class ChangeSetTest {
    private static final List<String> KEYS = List.of("pk");
    private static final Item ITEM = Item.builder().s("pk", "a").n("n", "99999999999999999999999999999999999999".substring(1))
            .s("status", "open").put("tags", StringSetValue.of(List.of("x", "y")))
            .put("address", new MapValue(Map.of("city", new StringValue("Oslo"))))
            .put("lines", new ListValue(List.of(new NumberValue("1"), new NumberValue("2")))).build();

    private static Evaluation evaluate(Change... changes) {
        return ChangeSet.of(List.of(changes)).evaluate(ITEM, KEYS);
    }

    private static Item after(Change... changes) {
        Evaluation evaluation = evaluate(changes);
        assertThat(evaluation).isInstanceOf(Evaluation.Update.class);
        return ((Evaluation.Update) evaluation).after();
    }

    @Test
    void setsTopLevelAndNestedValuesAndConditionsOnWhatItWrites() {
        Evaluation.Update update = (Evaluation.Update) evaluate(new Change.SetValue(ValuePath.attribute("status"), new StringValue("done")),
                new Change.SetValue(ValuePath.attribute("address").key("zip"), new StringValue("0150")),
                new Change.SetValue(ValuePath.attribute("lines").index(1), new NumberValue("3")));
        assertThat(update.after().get("status")).isEqualTo(new StringValue("done"));
        assertThat(((MapValue) update.after().get("address")).entries()).containsEntry("city", new StringValue("Oslo"))
                .containsEntry("zip", new StringValue("0150"));
        assertThat(((ListValue) update.after().get("lines")).elements()).containsExactly(new NumberValue("1"), new NumberValue("3"));
        assertThat(update.conditioned()).containsExactly("status", "address", "lines");
    }

    @Test
    void addsNumbersExactlyWithoutDoubleAndSetsAsSets() {
        Item item = after(new Change.AddTo(ValuePath.attribute("n"), new NumberValue("1")),
                new Change.AddTo(ValuePath.attribute("tags"), StringSetValue.of(List.of("y", "z"))),
                new Change.AddTo(ValuePath.attribute("fresh"), new NumberValue("0.1")));
        assertThat(((NumberValue) item.get("n")).text()).isEqualTo("1" + "0".repeat(37)); // 37 nines + 1: 38 digits, exact
        assertThat(((StringSetValue) item.get("tags")).members()).containsExactly("x", "y", "z");
        assertThat(item.get("fresh")).isEqualTo(new NumberValue("0.1"));
        assertThat(evaluate(new Change.AddTo(ValuePath.attribute("n"), new NumberValue("0.01"))))
                .isInstanceOfSatisfying(Evaluation.Refused.class, refused -> assertThat(refused.reason()).isEqualTo(ChangeRefused.Reason.TYPE));
    }

    @Test
    void deletingTheLastMembersRemovesTheSet() {
        Item item = after(new Change.DeleteFrom(ValuePath.attribute("tags"), StringSetValue.of(List.of("x", "y", "q"))));
        assertThat(item.has("tags")).isFalse();
        Item some = after(new Change.DeleteFrom(ValuePath.attribute("tags"), StringSetValue.of(List.of("x"))));
        assertThat(((StringSetValue) some.get("tags")).members()).containsExactly("y");
    }

    @Test
    void copyAndRenameConditionOnTheSource() {
        Evaluation.Update rename = (Evaluation.Update) evaluate(new Change.CopyFrom(ValuePath.attribute("state"), ValuePath.attribute("status")),
                new Change.Remove(ValuePath.attribute("status")));
        assertThat(rename.after().get("state")).isEqualTo(new StringValue("open"));
        assertThat(rename.after().has("status")).isFalse();
        assertThat(rename.conditioned()).containsExactlyInAnyOrder("state", "status");
        assertThat(evaluate(new Change.CopyFrom(ValuePath.attribute("b"), ValuePath.attribute("missing"))))
                .isInstanceOf(Evaluation.Unchanged.class);
    }

    @Test
    void whatIsAlreadySoIsUnchanged() {
        assertThat(evaluate(new Change.SetValue(ValuePath.attribute("status"), new StringValue("open")))).isInstanceOf(Evaluation.Unchanged.class);
        assertThat(evaluate(new Change.Remove(ValuePath.attribute("absent")))).isInstanceOf(Evaluation.Unchanged.class);
        assertThat(evaluate(new Change.AddTo(ValuePath.attribute("n"), new NumberValue("0.000")))).isInstanceOf(Evaluation.Unchanged.class);
    }

    @Test
    void refusesTypeConflictsKeysMissingPathsAndOversizeItems() {
        assertThat(reason(new Change.AddTo(ValuePath.attribute("status"), new NumberValue("1")))).isEqualTo(ChangeRefused.Reason.TYPE);
        assertThat(reason(new Change.AddTo(ValuePath.attribute("tags"), NumberSetValue.of(List.of(new NumberValue("1"))))))
                .isEqualTo(ChangeRefused.Reason.TYPE);
        assertThat(reason(new Change.SetValue(ValuePath.attribute("pk"), new StringValue("b")))).isEqualTo(ChangeRefused.Reason.KEY);
        assertThat(reason(new Change.SetValue(ValuePath.attribute("nowhere").key("x"), new StringValue("b"))))
                .isEqualTo(ChangeRefused.Reason.PATH);
        assertThat(reason(new Change.SetValue(ValuePath.attribute("big"), new StringValue("x".repeat(410 * 1024)))))
                .isEqualTo(ChangeRefused.Reason.SIZE);
        assertThat(reason(new Change.ConvertType(ValuePath.attribute("status"), AttributeType.N))).isEqualTo(ChangeRefused.Reason.TYPE);
        assertThat(after(new Change.ConvertType(ValuePath.attribute("n"), AttributeType.S)).get("n"))
                .isEqualTo(new StringValue(((NumberValue) ITEM.get("n")).text()));
    }

    @Test
    void deletingItemsAndEmptyChangeSets() {
        assertThat(ChangeSet.deletingItems().evaluate(ITEM, KEYS)).isInstanceOf(Evaluation.Delete.class);
        assertThat(ChangeSet.deletingItems().describe()).containsExactly("DELETE ITEM");
        assertThatThrownBy(() -> ChangeSet.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Change.AddTo(ValuePath.attribute("x"), new StringValue("1"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static ChangeRefused.Reason reason(Change change) {
        Evaluation evaluation = evaluate(change);
        assertThat(evaluation).isInstanceOf(Evaluation.Refused.class);
        return ((Evaluation.Refused) evaluation).reason();
    }
}
