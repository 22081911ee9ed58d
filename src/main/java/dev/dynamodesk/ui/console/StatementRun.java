package dev.dynamodesk.ui.console;

import dev.dynamodesk.dynamo.partiql.BoundStatement;
import dev.dynamodesk.dynamo.partiql.GroupResult;
import dev.dynamodesk.dynamo.partiql.StatementShape;
import dev.dynamodesk.item.Item;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One result in the console: a statement (or a transaction or batch of them) that ran, its items,
 * what it did, how much it cost, and what went wrong. For a SELECT it holds the token to load more.
 */
public final class StatementRun {
    /** A problem to show: plain words, the server's own message, and where in the script. */
    public record Problem(String explanation, String serverMessage, int scriptPosition, int length, String details) {
    }

    private final List<BoundStatement> statements;
    private final List<Integer> scriptOffsets;
    private final String title;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "Running…");
    private final ObjectProperty<Problem> problem = new SimpleObjectProperty<>(this, "problem");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading", true);
    private final ObjectProperty<GroupResult> group = new SimpleObjectProperty<>(this, "group");
    private String nextToken;
    private Double consumedCapacity;
    private int requests;
    private long elapsedMillis;

    StatementRun(String title, List<BoundStatement> statements, List<Integer> scriptOffsets) {
        this.title = title;
        this.statements = List.copyOf(statements);
        this.scriptOffsets = List.copyOf(scriptOffsets);
    }

    /** "SELECT * FROM Orders WHERE …", or "Transaction of 3 statements". */
    public String title() {
        return title;
    }

    public List<BoundStatement> statements() {
        return statements;
    }

    public BoundStatement statement() {
        return statements.get(0);
    }

    /** Where each statement starts in the script, to point at problems. */
    public List<Integer> scriptOffsets() {
        return scriptOffsets;
    }

    public boolean isGroup() {
        return statements.size() > 1 || group.get() != null;
    }

    public StatementShape.Kind kind() {
        return statement().shape().kind();
    }

    /** The table the statement reads or writes, or null. */
    public String table() {
        StatementShape.NameRef table = statement().shape().table();
        return table == null ? null : table.name();
    }

    public ObservableList<Item> items() {
        return items;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObjectProperty<Problem> problemProperty() {
        return problem;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ObjectProperty<GroupResult> groupProperty() {
        return group;
    }

    public String nextToken() {
        return nextToken;
    }

    public boolean hasMore() {
        return nextToken != null;
    }

    void nextToken(String token) {
        this.nextToken = token;
    }

    public Double consumedCapacity() {
        return consumedCapacity;
    }

    void addCapacity(Double capacity) {
        if (capacity != null) {
            consumedCapacity = (consumedCapacity == null ? 0 : consumedCapacity) + capacity;
        }
    }

    public int requests() {
        return requests;
    }

    void addRequests(int count) {
        requests += count;
    }

    public long elapsedMillis() {
        return elapsedMillis;
    }

    void addElapsed(long millis) {
        elapsedMillis += millis;
    }

    @Override
    public String toString() {
        return title;
    }
}
