package dev.dynamodesk.item.change;

import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.DynamoNumbers;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.edit.ItemEdits;
import dev.dynamodesk.item.edit.TypeConversion;
import dev.dynamodesk.item.edit.ValuePath;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One change a bulk run makes to every item it reads, worked out in memory on the item as read:
 * the run then writes the attributes that differ, conditioned on their values as read. Numbers
 * are added exactly (never through {@code double}); sets stay sets.
 */
public sealed interface Change {
    /** The item with this change made. Throws {@link ChangeRefused} when it cannot be made to it. */
    Item apply(Item item);

    /** Top-level attributes whose values decide the result beyond those the change writes (a copy's source). */
    default Set<String> reads() {
        return Set.of();
    }

    /**
     * How the change reads in a summary and in the journal ({@code SET status = {"S":"closed"}}):
     * values whole, in DynamoDB JSON, so that two different changes never read the same (a resume
     * checks it continues the same change).
     */
    String describe();

    /** Sets the value at a path (an attribute, or inside a map or list that exists). */
    record SetValue(ValuePath path, DynamoValue value) implements Change {
        @Override
        public Item apply(Item item) {
            return edit(() -> ItemEdits.set(item, path, value));
        }

        @Override
        public String describe() {
            return "SET " + path + " = " + DynamoJson.write(value, false);
        }
    }

    /** Sets a path to the value at another (copy; with a {@link Remove} of the source, a rename). An item without the source is left alone. */
    record CopyFrom(ValuePath path, ValuePath source) implements Change {
        @Override
        public Item apply(Item item) {
            DynamoValue value = ItemEdits.get(item, source);
            return value == null ? item : edit(() -> ItemEdits.set(item, path, value));
        }

        @Override
        public Set<String> reads() {
            return Set.of(source.attributeName());
        }

        @Override
        public String describe() {
            return "SET " + path + " = " + source;
        }
    }

    /** Removes the value at a path; an item without it is left alone. */
    record Remove(ValuePath path) implements Change {
        @Override
        public Item apply(Item item) {
            return ItemEdits.get(item, path) == null ? item : edit(() -> ItemEdits.remove(item, path));
        }

        @Override
        public String describe() {
            return "REMOVE " + path;
        }
    }

    /** Adds a number to a number, or members to a set; where there is no value yet, the amount is set (as DynamoDB's ADD does). */
    record AddTo(ValuePath path, DynamoValue amount) implements Change {
        public AddTo {
            if (amount.type() != AttributeType.N && !amount.type().isSet()) {
                throw new IllegalArgumentException("Only a number or a set can be added, not a " + amount.type().displayName());
            }
        }

        @Override
        public Item apply(Item item) {
            DynamoValue current = ItemEdits.get(item, path);
            if (current == null) {
                return edit(() -> ItemEdits.set(item, path, amount));
            }
            requireType(current, amount.type(), "add to");
            if (amount instanceof NumberValue number) {
                BigDecimal sum = ((NumberValue) current).toBigDecimal().add(number.toBigDecimal());
                String text = sum.toPlainString().length() <= 60 ? sum.toPlainString() : sum.toString();
                String problem = DynamoNumbers.problem(text).orElse(null);
                if (problem != null) {
                    throw new ChangeRefused(ChangeRefused.Reason.TYPE, path + " + " + number.text() + ": " + problem);
                }
                return ItemEdits.set(item, path, new NumberValue(text));
            }
            Set<Object> members = new LinkedHashSet<>(SetValues.members(current));
            members.addAll(SetValues.members(amount));
            return ItemEdits.set(item, path, SetValues.of(amount.type(), members));
        }

        @Override
        public String describe() {
            return "ADD " + path + " " + DynamoJson.write(amount, false);
        }
    }

    /** Takes members out of a set; a set left empty is removed (DynamoDB keeps no empty set). */
    record DeleteFrom(ValuePath path, DynamoValue members) implements Change {
        public DeleteFrom {
            if (!members.type().isSet()) {
                throw new IllegalArgumentException("Only set members can be deleted from a set, not a " + members.type().displayName());
            }
        }

        @Override
        public Item apply(Item item) {
            DynamoValue current = ItemEdits.get(item, path);
            if (current == null) {
                return item;
            }
            requireType(current, members.type(), "delete members from");
            Set<Object> left = new LinkedHashSet<>(SetValues.members(current));
            left.removeAll(SetValues.members(members));
            return left.isEmpty() ? ItemEdits.remove(item, path) : ItemEdits.set(item, path, SetValues.of(members.type(), left));
        }

        @Override
        public String describe() {
            return "DELETE " + path + " " + DynamoJson.write(members, false);
        }
    }

    /** Changes the type of the value at a path where nothing is lost ({@link TypeConversion}); refused where something would be. */
    record ConvertType(ValuePath path, AttributeType type) implements Change {
        @Override
        public Item apply(Item item) {
            DynamoValue current = ItemEdits.get(item, path);
            if (current == null || current.type() == type) {
                return item;
            }
            TypeConversion.Result result = TypeConversion.convert(current, type);
            if (!result.ok()) {
                throw new ChangeRefused(ChangeRefused.Reason.TYPE, path + ": " + result.problem());
            }
            return ItemEdits.set(item, path, result.value());
        }

        @Override
        public String describe() {
            return "CONVERT " + path + " TO " + type;
        }
    }

    private static void requireType(DynamoValue current, AttributeType wanted, String what) {
        if (current.type() != wanted) {
            throw new ChangeRefused(ChangeRefused.Reason.TYPE, "cannot " + what + " a " + current.type().displayName()
                    + " with a " + wanted.displayName());
        }
    }

    /** ItemEdits' refusals (a path through a value that is not a map or list) as a refused change. */
    private static Item edit(java.util.function.Supplier<Item> change) {
        try {
            return change.get();
        } catch (IllegalArgumentException e) {
            throw new ChangeRefused(ChangeRefused.Reason.PATH, e.getMessage());
        }
    }
}
