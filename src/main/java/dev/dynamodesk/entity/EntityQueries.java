package dev.dynamodesk.entity;

import dev.dynamodesk.dynamo.IndexInfo;
import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.Condition;
import dev.dynamodesk.dynamo.query.FilterClause;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.Operator;
import dev.dynamodesk.dynamo.query.SortKeyCondition;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns access patterns and entity views into the builder's queries, by the key schema: a Query
 * wherever the keys allow one (an index whose partition key is the same for every item of the
 * entity, such as {@code GSI1PK = type#user}, or a pattern's partition key), a Scan with a filter
 * only where nothing else can find the items, and the reason in words either way.
 */
public final class EntityQueries {
    /** The query, and what it does in words ("Query of GSI1 where GSI1PK = type#user: …"). */
    public record Planned(ItemQuery query, String explanation) {
    }

    private EntityQueries() {
    }

    /** A pattern with its parameters' values, checked against {@code table}'s keys. */
    public static Planned pattern(AccessPattern pattern, Map<String, String> values, EntityModel model, TableInfo table) {
        Optional<Entity> entity = pattern.entity() == null ? Optional.empty() : model.entity(pattern.entity());
        if (pattern.entity() != null && entity.isEmpty()) {
            throw new IllegalArgumentException(pattern.name() + ": the model has no entity " + pattern.entity());
        }
        IndexInfo index = pattern.index() == null ? null : index(table, pattern.index());
        KeyAttribute partitionKey = index == null ? table.partitionKey() : index.partitionKey();
        KeyAttribute sortKey = index == null ? table.sortKey() : index.sortKey();
        String where = index == null ? table.name() : "index " + index.name();
        if (index != null && index.multiAttributeKey() && pattern.partition() != null) {
            // A pattern has one partition template and one sort condition: it cannot fill a key of several attributes.
            throw new IllegalArgumentException(pattern.name() + ": index " + index.name() + " is keyed on several attributes ("
                    + IndexInfo.label(index.partitionKeys()) + "); a pattern gives one partition value, so it can only scan it."
                    + " Use the Query builder, or the entity's view, to query it");
        }
        if (pattern.partition() == null) {
            List<FilterClause> filter = entity.map(e -> entityFilter(e, model, table)).orElse(List.of());
            return new Planned(new ItemQuery(table.name(), pattern.index(), null, null, filter, List.of(), false, false),
                    "Scan of " + where + (filter.isEmpty() ? "" : " keeping " + entity.get().name() + "'s items")
                            + ": the pattern names no partition key, so every item is read (" + scanCost(table) + ")");
        }
        DynamoValue partition = typed(partitionKey, pattern.partition().fill(values), pattern.name());
        SortKeyCondition sort = null;
        if (pattern.sortOperator() != null) {
            if (sortKey == null) {
                throw new IllegalArgumentException(pattern.name() + ": " + where + " has no sort key for \""
                        + pattern.sortOperator().label() + "\"");
            }
            if (pattern.sortOperator() == Operator.BEGINS_WITH && sortKey.type() == dev.dynamodesk.item.AttributeType.N) {
                throw new IllegalArgumentException(pattern.name() + ": begins_with needs a text or binary sort key; "
                        + sortKey.label() + " is a number");
            }
            List<DynamoValue> operands = new ArrayList<>();
            for (KeyTemplate operand : pattern.sortOperands()) {
                operands.add(typed(sortKey, operand.fill(values), pattern.name()));
            }
            sort = new SortKeyCondition(pattern.sortOperator(), operands);
        }
        String condition = partitionKey.name() + " = " + pattern.partition().fill(values) + (sort == null ? ""
                : " and " + sortText(sortKey.name(), pattern.sortOperator(), pattern.sortOperands(), values));
        return new Planned(ItemQuery.scanAll(table.name()).onIndex(pattern.index()).withPartition(partition, sort)
                .withOrder(pattern.descending(), false),
                "Query of " + where + " where " + condition + ": reads only that partition's matching items");
    }

    /**
     * The items of {@code entity}: a Query of the first index (or the table) whose partition key
     * template is a constant for it, else a Scan of the table keeping the entity's items.
     */
    public static Planned entityView(Entity entity, EntityModel model, TableInfo table) {
        return entityView(entity, model, table, Map.of());
    }

    /**
     * The items of {@code entity}, narrowed by the parameter values given: a Query of the table or
     * the first index whose partition key template they (or nothing) fill, its sort key narrowed to
     * the entity's prefix (or to one item when they fill the sort key too); else a Scan keeping the
     * entity's items.
     */
    public static Planned entityView(Entity entity, EntityModel model, TableInfo table, Map<String, String> values) {
        for (IndexInfo place : places(table)) {
            Optional<Planned> query = queryOf(entity, model, table, place, values);
            if (query.isPresent()) {
                return query.get();
            }
        }
        List<FilterClause> filter = entityFilter(entity, model, table);
        return new Planned(new ItemQuery(table.name(), null, null, null, filter, List.of(), false, false),
                "Scan of " + table.name() + " keeping " + entity.name() + "'s items: no index has a partition key that is the same for"
                        + " every " + entity.name() + ", so every item is read (" + scanCost(table) + "); give "
                        + String.join(" or ", partitionParameters(entity, table)) + " to Query one partition instead");
    }

    /**
     * A Query of {@code place} for the entity's items, when its templates for every partition-key
     * attribute are filled by {@code values} (or constant). The sort key narrows by = on each
     * leading sort-key attribute whose template is filled, then begins with the next one's prefix:
     * the order DynamoDB allows on a multi-attribute sort key.
     */
    private static Optional<Planned> queryOf(Entity entity, EntityModel model, TableInfo table, IndexInfo place,
                                             Map<String, String> values) {
        List<DynamoValue> partitionValues = new ArrayList<>();
        List<String> said = new ArrayList<>();
        boolean constant = true;
        for (KeyAttribute key : place.partitionKeys()) {
            KeyTemplate template = entity.keys().get(key.name());
            // One-attribute keys of other types hold no entity's prefix; a multi-attribute key's parts are typed values.
            if (template == null || !filledBy(template, values)
                    || place.partitionKeys().size() == 1 && key.type() != dev.dynamodesk.item.AttributeType.S) {
                return Optional.empty();
            }
            Optional<DynamoValue> value = typedOrEmpty(key, template.fill(values));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            partitionValues.add(value.get());
            said.add(key.name() + " = " + template.fill(values));
            constant &= template.isConstant();
        }
        List<SortKeyCondition> sorts = new ArrayList<>();
        for (KeyAttribute key : place.sortKeys()) {
            KeyTemplate template = entity.keys().get(key.name());
            Optional<DynamoValue> filled = template != null && filledBy(template, values) ? typedOrEmpty(key, template.fill(values))
                    : Optional.empty();
            if (filled.isPresent()) {
                sorts.add(SortKeyCondition.of(Operator.EQ, filled.get()));
                said.add(key.name() + " = " + template.fill(values));
                continue;
            }
            if (template != null && key.type() == dev.dynamodesk.item.AttributeType.S && !template.literalPrefix().isEmpty()) {
                sorts.add(SortKeyCondition.of(Operator.BEGINS_WITH, new StringValue(template.literalPrefix())));
                said.add("begins_with(" + key.name() + ", \"" + template.literalPrefix() + "\")");
            }
            break;
        }
        String where = place.name() == null ? table.name() : "index " + place.name();
        // A Query's filter may not name the keys it queries by (DynamoDB refuses it); the key condition covers them.
        List<FilterClause> narrowing = sharesType(entity, model) ? entityFilter(entity, model, table).stream()
                .filter(clause -> !place.keyNames().contains(clause.condition().path().toString())).toList() : List.of();
        ItemQuery query = ItemQuery.scanAll(table.name()).onIndex(place.name()).withKey(partitionValues, sorts).withFilter(narrowing);
        return Optional.of(new Planned(query, "Query of " + where + " where " + String.join(" and ", said) + ": reads only "
                + entity.name() + "'s items" + (constant ? "" : " of that partition")));
    }

    /**
     * What reading the whole table costs, by DynamoDB's own estimate of its size: half a read
     * unit per 4 KB, eventually consistent ("about 3 RCU for 24 KB"); just "billed" when the size
     * is not known.
     */
    static String scanCost(TableInfo table) {
        if (table.sizeBytes() <= 0) {
            return "and billed";
        }
        long units = Math.max(1, (table.sizeBytes() + 8_191) / 8_192);
        String size = table.sizeBytes() >= 1_048_576 ? String.format("%,d MB", table.sizeBytes() / 1_048_576)
                : String.format("%,d KB", Math.max(1, table.sizeBytes() / 1_024));
        return String.format("about %,d RCU for DynamoDB's estimate of %s", units, size);
    }

    /** Whether every parameter of {@code template} has a value (a constant always is). */
    private static boolean filledBy(KeyTemplate template, Map<String, String> values) {
        return template.parameters().stream().allMatch(parameter -> values.get(parameter) != null && !values.get(parameter).isBlank());
    }

    /** The parameters that would make a Query possible: those of the table's or an index's partition key template. */
    public static List<String> partitionParameters(Entity entity, TableInfo table) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (IndexInfo place : places(table)) {
            List<KeyTemplate> templates = place.partitionKeys().stream().map(key -> entity.keys().get(key.name())).toList();
            boolean usable = templates.stream().allMatch(template -> template != null)
                    && (place.partitionKeys().size() > 1 || place.partitionKeys().get(0).type() == dev.dynamodesk.item.AttributeType.S);
            List<String> parameters = usable ? templates.stream().flatMap(template -> template.parameters().stream()).distinct().toList() : List.of();
            if (!parameters.isEmpty()) {
                names.add(String.join(" and ", parameters));
            }
        }
        return List.copyOf(names);
    }

    /**
     * The items that are no entity: with a type attribute, a Scan keeping the items without one
     * (or with a value no entity has); empty when entities are told by their keys, which no filter
     * can say the opposite of.
     */
    public static Optional<Planned> otherView(EntityModel model, TableInfo table) {
        if (model.typeAttribute() == null) {
            return keyOnlyOther(model, table);
        }
        List<FilterClause> filter = new ArrayList<>();
        filter.add(FilterClause.and(Condition.of(model.typeAttribute(), Operator.NOT_EXISTS)));
        List<DynamoValue> known = model.entities().stream().flatMap(entity -> entity.typeValues().stream())
                .map(value -> (DynamoValue) new StringValue(value)).toList();
        if (!known.isEmpty() && known.size() <= Condition.MAX_IN_VALUES) {
            // "type is none of them" is written as the negation DynamoDB has for each: <> a AND <> b …
            List<FilterClause> unknown = new ArrayList<>();
            for (DynamoValue value : known) {
                unknown.add(FilterClause.and(Condition.of(model.typeAttribute(), Operator.NE, value)));
            }
            filter.add(FilterClause.or(unknown.get(0).condition()));
            filter.addAll(unknown.subList(1, unknown.size()));
        }
        return Optional.of(new Planned(new ItemQuery(table.name(), null, null, null, filter, List.of(), false, false),
                "Scan of " + table.name() + " keeping the items that are no entity (no " + model.typeAttribute()
                        + ", or one no entity has): every item is read (" + scanCost(table) + ")"));
    }

    /** The most filter conditions a keys-only Other may take (DynamoDB allows a 4 KB expression). */
    static final int MOST_OTHER_CONDITIONS = 120;

    /**
     * Other in a design told by keys alone: the items that fit no entity's key prefixes. "Not
     * (begins with A and begins with B)" for every entity, written as DynamoDB's flat AND/OR allows:
     * one OR group per way of failing each entity (so 2 to the number of entities groups at most);
     * empty when that would be too long, or an entity has no prefix to go by.
     */
    private static Optional<Planned> keyOnlyOther(EntityModel model, TableInfo table) {
        List<List<Condition>> perEntity = new ArrayList<>();
        List<KeyAttribute> keys = table.sortKey() == null ? List.of(table.partitionKey()) : List.of(table.partitionKey(), table.sortKey());
        for (Entity entity : model.entities()) {
            List<Condition> failing = new ArrayList<>();
            for (KeyAttribute key : keys) {
                KeyTemplate template = entity.keys().get(key.name());
                if (template != null && !template.literalPrefix().isEmpty() && key.type() == dev.dynamodesk.item.AttributeType.S) {
                    failing.add(template.isConstant() ? Condition.of(key.name(), Operator.NE, new StringValue(template.literalPrefix()))
                            : Condition.of(key.name(), Operator.NOT_BEGINS_WITH, new StringValue(template.literalPrefix())));
                }
            }
            if (failing.isEmpty()) {
                return Optional.empty(); // an entity with no prefix matches anything: nothing is surely Other
            }
            perEntity.add(failing);
        }
        List<List<Condition>> groups = new ArrayList<>();
        groups.add(List.of());
        for (List<Condition> failing : perEntity) {
            List<List<Condition>> next = new ArrayList<>();
            for (List<Condition> group : groups) {
                for (Condition condition : failing) {
                    List<Condition> longer = new ArrayList<>(group);
                    longer.add(condition);
                    next.add(longer);
                }
            }
            groups = next;
            if (groups.size() * perEntity.size() > MOST_OTHER_CONDITIONS) {
                return Optional.empty();
            }
        }
        List<FilterClause> filter = new ArrayList<>();
        for (List<Condition> group : groups) {
            for (int i = 0; i < group.size(); i++) {
                filter.add(i == 0 && !filter.isEmpty() ? FilterClause.or(group.get(i)) : FilterClause.and(group.get(i)));
            }
        }
        return Optional.of(new Planned(new ItemQuery(table.name(), null, null, null, filter, List.of(), false, false),
                "Scan of " + table.name() + " keeping the items whose keys fit no entity's prefixes: every item is read ("
                        + scanCost(table) + ")"));
    }

    /** The table's own key (named null), then each index's: where a read of an entity may go, in that order. */
    private static List<IndexInfo> places(TableInfo table) {
        List<IndexInfo> places = new ArrayList<>();
        places.add(table.keysOf(null).orElseThrow());
        places.addAll(table.indexes());
        return places;
    }

    /** The type attribute's value; else the keys' literal prefixes (begins_with), or the key itself when constant. */
    static List<FilterClause> entityFilter(Entity entity, EntityModel model, TableInfo table) {
        List<FilterClause> clauses = new ArrayList<>();
        if (model.typeAttribute() != null && entity.typeValue() != null) {
            List<DynamoValue> values = entity.typeValues().stream().map(value -> (DynamoValue) new StringValue(value)).toList();
            clauses.add(FilterClause.and(values.size() == 1 ? Condition.of(model.typeAttribute(), Operator.EQ, values.get(0))
                    : new Condition(dev.dynamodesk.dynamo.query.AttributePath.of(model.typeAttribute()), Operator.IN, values, false)));
            if (!sharesType(entity, model)) {
                return clauses;
            }
        }
        for (KeyAttribute key : table.sortKey() == null ? List.of(table.partitionKey()) : List.of(table.partitionKey(), table.sortKey())) {
            KeyTemplate template = entity.keys().get(key.name());
            if (template == null || template.literalPrefix().isEmpty()) {
                continue;
            }
            clauses.add(FilterClause.and(template.isConstant()
                    ? Condition.of(key.name(), Operator.EQ, new StringValue(template.literalPrefix()))
                    : Condition.of(key.name(), Operator.BEGINS_WITH, new StringValue(template.literalPrefix()))));
        }
        return clauses;
    }

    /** Whether another entity has one of this one's type values (a split): then its keys must tell it apart too. */
    static boolean sharesType(Entity entity, EntityModel model) {
        return model.entities().stream().anyMatch(other -> other != entity && !other.name().equals(entity.name())
                && other.typeValues().stream().anyMatch(entity.typeValues()::contains));
    }

    private static String sortText(String key, Operator operator, List<KeyTemplate> operands, Map<String, String> values) {
        List<String> filled = operands.stream().map(operand -> operand.fill(values)).toList();
        return switch (operator) {
            case BEGINS_WITH -> "begins_with(" + key + ", \"" + filled.get(0) + "\")";
            case BETWEEN -> key + " between " + filled.get(0) + " and " + filled.get(1);
            default -> key + " " + operator.label() + " " + filled.get(0);
        };
    }

    private static IndexInfo index(TableInfo table, String name) {
        return table.index(name).orElseThrow(() -> new IllegalArgumentException(table.name() + " has no index " + name + " (it has "
                        + table.indexes().stream().map(IndexInfo::name).toList() + ")"));
    }

    /** The text as a value of the key's type; empty when it is not one (a parameter "abc" for a number key). */
    private static Optional<DynamoValue> typedOrEmpty(KeyAttribute key, String text) {
        try {
            return Optional.of(typed(key, text, "value"));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static DynamoValue typed(KeyAttribute key, String text, String pattern) {
        return switch (key.type()) {
            case S -> new StringValue(text);
            case N -> {
                try {
                    yield NumberValue.of(text);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(pattern + ": " + key.label() + " is a number, not '" + text + "'");
                }
            }
            case B -> dev.dynamodesk.item.BinaryValue.fromBase64(text);
            default -> throw new IllegalArgumentException(key.label() + " is not a key type");
        };
    }
}
