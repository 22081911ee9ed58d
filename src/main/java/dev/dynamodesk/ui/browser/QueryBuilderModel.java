package dev.dynamodesk.ui.browser;

import dev.dynamodesk.dynamo.IndexInfo;
import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.AttributePath;
import dev.dynamodesk.dynamo.query.InvalidQueryException;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.Operator;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.dynamo.query.SnippetRequests;
import dev.dynamodesk.transfer.snippet.SnippetRequest;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The scan and query builder: the fields a user fills in, which key schema they apply to (the
 * table's or an index's), whether that makes a Query or a Scan, and running it in the grid. Runs
 * are remembered in the history; forms can be saved by name.
 */
public final class QueryBuilderModel {
    private final ItemGridViewModel grid;
    private final QueryLibrary library;
    private final String libraryKey;
    private final StringProperty index = new SimpleStringProperty(this, "index", null);
    private final StringProperty partition = new SimpleStringProperty(this, "partition", "");
    private final ObjectProperty<Operator> sortOperator = new SimpleObjectProperty<>(this, "sortOperator");
    private final StringProperty sortValue = new SimpleStringProperty(this, "sortValue", "");
    private final StringProperty sortValue2 = new SimpleStringProperty(this, "sortValue2", "");
    private final StringProperty projection = new SimpleStringProperty(this, "projection", "");
    private final BooleanProperty descending = new SimpleBooleanProperty(this, "descending");
    private final BooleanProperty consistentRead = new SimpleBooleanProperty(this, "consistentRead");
    private final ObservableList<FilterRow> filters = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    /** Values and conditions for the key attributes after the first, when the index is keyed on several (at most four). */
    private final List<StringProperty> morePartitions = List.of(new SimpleStringProperty(""), new SimpleStringProperty(""),
            new SimpleStringProperty(""));
    private final List<SortRow> moreSorts = List.of(new SortRow(), new SortRow(), new SortRow());
    private final ObjectBinding<List<KeyAttribute>> partitionKeys;
    private final ObjectBinding<List<KeyAttribute>> sortKeys;
    private final ObjectBinding<KeyAttribute> partitionKey;
    private final ObjectBinding<KeyAttribute> sortKey;
    private final StringBinding mode;

    public QueryBuilderModel(ItemGridViewModel grid, QueryLibrary library, String libraryKey) {
        this.grid = grid;
        this.library = library;
        this.libraryKey = libraryKey;
        partitionKeys = Bindings.createObjectBinding(() -> keys(true), index, grid.tableProperty());
        sortKeys = Bindings.createObjectBinding(() -> keys(false), index, grid.tableProperty());
        partitionKey = Bindings.createObjectBinding(() -> partitionKeys.get().isEmpty() ? null : partitionKeys.get().get(0), partitionKeys);
        sortKey = Bindings.createObjectBinding(() -> sortKeys.get().isEmpty() ? null : sortKeys.get().get(0), sortKeys);
        mode = Bindings.createStringBinding(() -> partition.get().isEmpty() && morePartitions.stream().limit(Math.max(0, partitionKeys.get().size() - 1L))
                .allMatch(value -> value.get().isEmpty()) ? "Scan" : "Query",
                partition, partitionKeys, morePartitions.get(0), morePartitions.get(1), morePartitions.get(2));
        grid.problems().addListener((ListChangeListener<String>) change -> problems.setAll(grid.problems()));
        // A query run from elsewhere (an entity's view, an access pattern) shows here as the form that reads as it.
        grid.planProperty().addListener((observable, was, plan) -> {
            if (plan != null && !describes(plan.query())) {
                load(QueryForm.of(plan.query()));
            }
        });
    }

    /** Whether the form, as filled in, is {@code query} (then it stays exactly as the user typed it). */
    private boolean describes(ItemQuery query) {
        TableInfo info = grid.tableProperty().get();
        try {
            return info != null && form().toQuery(grid.tableName(), info).equals(query);
        } catch (InvalidQueryException e) {
            return false;
        }
    }

    public StringProperty indexProperty() {
        return index;
    }

    public StringProperty partitionProperty() {
        return partition;
    }

    public ObjectProperty<Operator> sortOperatorProperty() {
        return sortOperator;
    }

    public StringProperty sortValueProperty() {
        return sortValue;
    }

    public StringProperty sortValue2Property() {
        return sortValue2;
    }

    public StringProperty projectionProperty() {
        return projection;
    }

    public BooleanProperty descendingProperty() {
        return descending;
    }

    public BooleanProperty consistentReadProperty() {
        return consistentRead;
    }

    public ObservableList<FilterRow> filters() {
        return filters;
    }

    /** Why the last Run could not be sent, one sentence each. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** The partition key of the table or chosen index. */
    public ObjectBinding<KeyAttribute> partitionKeyProperty() {
        return partitionKey;
    }

    /** Its sort key, or null when it has none. */
    public ObjectBinding<KeyAttribute> sortKeyProperty() {
        return sortKey;
    }

    /** Every partition-key attribute of the table or chosen index, in key order (empty until it is described). */
    public ObjectBinding<List<KeyAttribute>> partitionKeysProperty() {
        return partitionKeys;
    }

    /** Every sort-key attribute, in key order; empty without a sort key. */
    public ObjectBinding<List<KeyAttribute>> sortKeysProperty() {
        return sortKeys;
    }

    /** The value for the partition-key attribute at {@code position} (1 to 3: after the first). */
    public StringProperty morePartitionProperty(int position) {
        return morePartitions.get(position - 1);
    }

    /** The condition on the sort-key attribute at {@code position} (1 to 3: after the first). */
    public SortRow moreSort(int position) {
        return moreSorts.get(position - 1);
    }

    /** "Query" when a partition key value is given (DynamoDB can then Query), else "Scan". */
    public StringBinding modeProperty() {
        return mode;
    }

    /** Index names of the table, for the chooser ("" stands for the table itself). */
    public List<String> indexChoices() {
        List<String> choices = new ArrayList<>();
        choices.add("");
        TableInfo info = grid.tableProperty().get();
        if (info != null) {
            info.indexes().forEach(i -> choices.add(i.name()));
        }
        return choices;
    }

    public FilterRow addFilter() {
        FilterRow row = new FilterRow();
        row.pathProperty().addListener((observable, old, path) -> {
            if (row.valueProperty().get().isEmpty()) {
                row.typeProperty().set(guessType(path));
            }
        });
        filters.add(row);
        return row;
    }

    public void removeFilter(FilterRow row) {
        filters.remove(row);
    }

    /** Runs what is filled in; false, with {@link #problems()} saying why, when it cannot be sent. */
    public boolean run() {
        TableInfo info = grid.tableProperty().get();
        if (info == null) {
            problems.setAll("The table is still being described; try again in a moment.");
            return false;
        }
        QueryForm form = form();
        ItemQuery query;
        try {
            query = form.toQuery(grid.tableName(), info);
        } catch (InvalidQueryException e) {
            problems.setAll(e.problems());
            return false;
        }
        boolean ran = grid.run(query);
        if (ran) {
            problems.clear();
            library.remember(libraryKey, form);
        }
        return ran;
    }

    /** What is filled in, as a snippet request; empty, with {@link #problems()} saying why, when it is not valid. */
    public Optional<SnippetRequest> snippet() {
        TableInfo info = grid.tableProperty().get();
        if (info == null) {
            problems.setAll("The table is still being described; try again in a moment.");
            return Optional.empty();
        }
        try {
            return Optional.of(SnippetRequests.of(QueryPlan.of(form().toQuery(grid.tableName(), info), info)));
        } catch (InvalidQueryException e) {
            problems.setAll(e.problems());
            return Optional.empty();
        }
    }

    /** The connection the table is read through. */
    public ConnectionProfile profile() {
        return grid.profile();
    }

    /** Empties the form and shows the whole table again. */
    public void clear() {
        load(QueryForm.empty());
        problems.clear();
        grid.run(ItemQuery.scanAll(grid.tableName()));
    }

    public QueryForm form() {
        return new QueryForm(index.get() == null || index.get().isEmpty() ? null : index.get(), partition.get(),
                sortOperator.get() == null ? null : sortOperator.get().name(), sortValue.get(), sortValue2.get(),
                filters.stream().map(FilterRow::form).toList(), projection.get(), descending.get(), consistentRead.get(),
                morePartitions.stream().limit(Math.max(0, partitionKeys.get().size() - 1L)).map(StringProperty::get).toList(),
                moreSorts.stream().limit(Math.max(0, sortKeys.get().size() - 1L)).map(SortRow::form).toList());
    }

    public void load(QueryForm form) {
        index.set(form.index() == null ? "" : form.index());
        partition.set(form.partition() == null ? "" : form.partition());
        sortOperator.set(form.sortOperator() == null ? null : Operator.valueOf(form.sortOperator()));
        sortValue.set(form.sortValue() == null ? "" : form.sortValue());
        sortValue2.set(form.sortValue2() == null ? "" : form.sortValue2());
        filters.setAll(form.filters().stream().map(FilterRow::of).toList());
        projection.set(form.projection() == null ? "" : form.projection());
        descending.set(form.descending());
        consistentRead.set(form.consistentRead());
        for (int i = 0; i < morePartitions.size(); i++) {
            morePartitions.get(i).set(i < form.morePartitions().size() ? form.morePartitions().get(i) : "");
            moreSorts.get(i).load(i < form.moreSorts().size() ? form.moreSorts().get(i) : null);
        }
    }

    public List<QueryForm> history() {
        return library.history(libraryKey);
    }

    public Map<String, QueryForm> saved() {
        return library.saved(libraryKey);
    }

    public void save(String name) {
        library.save(libraryKey, name.strip(), form());
    }

    public void forget(String name) {
        library.forget(libraryKey, name);
    }

    /** The type of a top-level attribute in the loaded rows, so a filter value is typed right by default. */
    private AttributeType guessType(String path) {
        try {
            AttributePath parsed = AttributePath.parse(path.strip());
            if (parsed.isTopLevel()) {
                List<Item> loaded = grid.loadedItems();
                for (Item item : loaded.subList(0, Math.min(200, loaded.size()))) {
                    DynamoValue value = item.get(parsed.topLevelName());
                    if (value != null && (value.type().isScalarKeyType() || value.type() == AttributeType.BOOL)) {
                        return value.type();
                    }
                }
            }
        } catch (IllegalArgumentException notAPathYet) {
            // typing is in progress
        }
        return AttributeType.S;
    }

    /** The partition-key (or sort-key) attributes of the table or the chosen index. */
    private List<KeyAttribute> keys(boolean partitionPart) {
        TableInfo info = grid.tableProperty().get();
        if (info == null) {
            return List.of();
        }
        // An index no longer there reads as the table, as the form does.
        IndexInfo keys = info.keysOf(index.get()).orElseGet(() -> info.keysOf(null).orElseThrow());
        return partitionPart ? keys.partitionKeys() : keys.sortKeys();
    }
}
