package dev.dynamodesk.ui.browser;

import dev.dynamodesk.dynamo.IndexInfo;
import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.AttributePath;
import dev.dynamodesk.dynamo.query.Condition;
import dev.dynamodesk.dynamo.query.FilterClause;
import dev.dynamodesk.dynamo.query.InvalidQueryException;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.Operator;
import dev.dynamodesk.dynamo.query.SortKeyCondition;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.item.ValueText;
import java.util.ArrayList;
import java.util.List;

/**
 * The query builder's fields as typed, kept as text so that history and saved queries bring the
 * form back exactly. {@link #toQuery} reads the text with the types the key schema and the user
 * chose, and says what cannot be read.
 */
public record QueryForm(String index, String partition, String sortOperator, String sortValue, String sortValue2,
                        List<FilterForm> filters, String projection, boolean descending, boolean consistentRead,
                        List<String> morePartitions, List<SortForm> moreSorts) {

    /** One filter row: how it joins the rows before it, the path, the operator, the value's type and text. */
    public record FilterForm(String connector, String path, String operator, String type, String value,
                             String value2, boolean onSize) {
    }

    /**
     * A condition on a sort-key attribute after the first, for an index keyed on several: the
     * operator's name (null: none) and its value or values as typed.
     */
    public record SortForm(String operator, String value, String value2) {
        static SortForm of(SortKeyCondition condition) {
            return condition == null ? new SortForm(null, "", "") : new SortForm(condition.operator().name(),
                    text(condition.operands().get(0)), condition.operands().size() > 1 ? text(condition.operands().get(1)) : "");
        }
    }

    /** Forms saved before multi-attribute keys have no {@code morePartitions} and {@code moreSorts}: none. */
    public QueryForm {
        filters = filters == null ? List.of() : List.copyOf(filters);
        morePartitions = morePartitions == null ? List.of() : morePartitions.stream().map(text -> text == null ? "" : text).toList();
        moreSorts = moreSorts == null ? List.of() : List.copyOf(moreSorts);
    }

    public static QueryForm empty() {
        return new QueryForm(null, "", null, "", "", List.of(), "", false, false, List.of(), List.of());
    }

    /** The form that reads as {@code query}: what the builder shows for a query run from elsewhere (an entity's view). */
    public static QueryForm of(ItemQuery query) {
        SortKeyCondition sort = query.sortCondition();
        List<DynamoValue> values = query.partitionValues();
        List<String> morePartitions = values.size() <= 1 ? List.of()
                : values.subList(1, values.size()).stream().map(value -> value == null ? "" : text(value)).toList();
        List<SortKeyCondition> sorts = query.sortConditions();
        List<SortForm> moreSorts = sorts.size() <= 1 ? List.of() : sorts.subList(1, sorts.size()).stream().map(SortForm::of).toList();
        List<FilterForm> filters = new ArrayList<>();
        for (FilterClause clause : query.filter()) {
            Condition condition = clause.condition();
            List<DynamoValue> operands = condition.operands();
            String type = operands.isEmpty() || condition.operator() == Operator.TYPE_IS ? "S" : operands.get(0).type().name();
            String value = condition.operator() == Operator.IN ? String.join(",", operands.stream().map(QueryForm::listText).toList())
                    : operands.isEmpty() ? "" : text(operands.get(0));
            filters.add(new FilterForm(clause.connector().name(), condition.path().toString(), condition.operator().name(), type, value,
                    operands.size() > 1 && condition.operator() == Operator.BETWEEN ? text(operands.get(1)) : "", condition.onSize()));
        }
        return new QueryForm(query.indexName(), query.partitionValue() == null ? "" : text(query.partitionValue()),
                sort == null ? null : sort.operator().name(), sort == null ? "" : text(sort.operands().get(0)),
                sort != null && sort.operands().size() > 1 ? text(sort.operands().get(1)) : "", filters,
                String.join(", ", query.projection().stream().map(Object::toString).toList()), query.descending(), query.consistentRead(),
                morePartitions, moreSorts);
    }

    /** A scalar as the builder's one-line fields write it (what {@link ValueText#parse} reads back). */
    private static String text(DynamoValue value) {
        if (value instanceof StringValue s) {
            return s.value();
        }
        if (value instanceof dev.dynamodesk.item.NumberValue n) {
            return n.text();
        }
        if (value instanceof dev.dynamodesk.item.BinaryValue b) {
            return b.toBase64();
        }
        return value instanceof dev.dynamodesk.item.BoolValue b ? Boolean.toString(b.value()) : "";
    }

    /** One value of an IN list: quoted when it holds a comma or a quote. */
    private static String listText(DynamoValue value) {
        String text = text(value);
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    public ItemQuery toQuery(String table, TableInfo info) throws InvalidQueryException {
        List<String> problems = new ArrayList<>();
        // An index no longer there reads as the table; the plan then says the index is missing.
        IndexInfo keys = info.keysOf(index).orElseGet(() -> info.keysOf(null).orElseThrow());
        List<KeyAttribute> partitionKeys = keys.partitionKeys();
        List<KeyAttribute> sortKeys = keys.sortKeys();
        List<String> partitionTexts = new ArrayList<>();
        partitionTexts.add(partition);
        partitionTexts.addAll(morePartitions);
        List<DynamoValue> partitionValues = new ArrayList<>();
        for (int i = 0; i < partitionKeys.size() && i < partitionTexts.size(); i++) {
            String text = partitionTexts.get(i);
            KeyAttribute key = partitionKeys.get(i);
            partitionValues.add(text == null || text.isEmpty() ? null : read(text, key.type(), "The partition key " + key.name(), problems));
        }
        List<SortForm> sortForms = new ArrayList<>();
        sortForms.add(new SortForm(sortOperator, sortValue, sortValue2));
        sortForms.addAll(moreSorts);
        List<SortKeyCondition> sorts = new ArrayList<>();
        for (int i = 0; i < sortKeys.size() && i < sortForms.size(); i++) {
            sorts.add(sortCondition(sortForms.get(i), sortKeys.get(i), problems));
        }
        List<FilterClause> clauses = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            FilterForm filter = filters.get(i);
            if (filter.path() == null || filter.path().isBlank()) {
                continue;
            }
            try {
                clauses.add(new FilterClause(FilterClause.Connector.valueOf(filter.connector()), condition(filter)));
            } catch (IllegalArgumentException e) {
                problems.add("Filter " + (i + 1) + ": " + e.getMessage());
            }
        }
        List<AttributePath> attributes = new ArrayList<>();
        if (projection != null && !projection.isBlank()) {
            for (String part : projection.split(",")) {
                if (!part.isBlank()) {
                    try {
                        attributes.add(AttributePath.parse(part.strip()));
                    } catch (IllegalArgumentException e) {
                        problems.add("Attributes to return: " + e.getMessage());
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidQueryException(problems);
        }
        return new ItemQuery(table, index, partitionValues, sorts, clauses, attributes, descending, consistentRead);
    }

    /** The condition a sort row reads as; null when it has no operator (or cannot be read: {@code problems} says why). */
    private static SortKeyCondition sortCondition(SortForm form, KeyAttribute sortKey, List<String> problems) {
        if (form.operator() == null || form.operator().isBlank()) {
            return null;
        }
        Operator operator = Operator.valueOf(form.operator());
        String what = "The sort key " + sortKey.name();
        // A prefix of a number key is read as text; the plan then says that begins with needs a text key.
        AttributeType type = operator == Operator.BEGINS_WITH && sortKey.type() == AttributeType.N ? AttributeType.S : sortKey.type();
        int before = problems.size();
        List<DynamoValue> operands = new ArrayList<>();
        operands.add(read(form.value(), type, what, problems));
        if (operator == Operator.BETWEEN) {
            operands.add(read(form.value2(), type, what, problems));
        }
        return problems.size() == before ? new SortKeyCondition(operator, operands) : null;
    }

    private static Condition condition(FilterForm filter) {
        Operator operator = Operator.valueOf(filter.operator());
        AttributePath path = AttributePath.parse(filter.path().strip());
        AttributeType type = filter.onSize() ? AttributeType.N : AttributeType.valueOf(filter.type());
        List<DynamoValue> operands = switch (operator) {
            case EXISTS, NOT_EXISTS -> List.of();
            case TYPE_IS -> List.of(new StringValue(filter.value() == null ? "" : filter.value().strip()));
            case IN -> ValueText.parseList(filter.value(), type);
            case BETWEEN -> List.of(ValueText.parse(filter.value(), type), ValueText.parse(filter.value2(), type));
            default -> List.of(ValueText.parse(filter.value(), type));
        };
        Condition condition = new Condition(path, operator, operands, filter.onSize());
        condition.problem().ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return condition;
    }

    private static DynamoValue read(String text, AttributeType type, String what, List<String> problems) {
        try {
            return ValueText.parse(text, type);
        } catch (IllegalArgumentException e) {
            problems.add(what + " is a " + type.displayName().toLowerCase() + ": " + e.getMessage() + ".");
            return new StringValue("");
        }
    }

    /** A line for the history menu: what kind of read, its key condition and filters. */
    public String summary() {
        List<String> values = new ArrayList<>();
        values.add(partition == null ? "" : partition);
        values.addAll(morePartitions);
        boolean query = values.stream().anyMatch(value -> !value.isEmpty());
        StringBuilder text = new StringBuilder(query ? "Query = " + String.join(" + ", values) : "Scan");
        if (index != null && !index.isBlank()) {
            text.append(" on ").append(index);
        }
        List<SortForm> sorts = new ArrayList<>();
        sorts.add(new SortForm(sortOperator, sortValue, sortValue2));
        sorts.addAll(moreSorts);
        String sortText = String.join(", ", sorts.stream().filter(sort -> sort.operator() != null && !sort.operator().isBlank())
                .map(sort -> Operator.valueOf(sort.operator()).label() + " " + sort.value()
                        + (Operator.valueOf(sort.operator()) == Operator.BETWEEN ? " and " + sort.value2() : "")).toList());
        if (query && !sortText.isEmpty()) {
            text.append(", sort ").append(sortText);
        }
        for (FilterForm filter : filters) {
            if (filter.path() != null && !filter.path().isBlank()) {
                text.append(text.indexOf(" where ") < 0 ? " where " : " " + filter.connector().toLowerCase() + " ")
                        .append(filter.onSize() ? "size(" + filter.path() + ")" : filter.path())
                        .append(' ').append(Operator.valueOf(filter.operator()).label());
                if (Operator.valueOf(filter.operator()).operandCount() != 0) {
                    text.append(' ').append(filter.value());
                }
            }
        }
        return text.toString();
    }
}
