package dev.dynamodesk.ui.copy;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.dynamo.query.WhereClause;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What a comparison reads on each side: on this side the whole table or the grid's query, on the
 * other the same or the whole table, each narrowed by conditions typed as for {@code --where}
 * ({@code status = active; age >= 21}). So a table is compared with a table, a query's results
 * with a table, or two different queries with each other.
 */
public final class ComparedSides {
    /** What the other side reads before its own conditions. */
    public enum Other { SAME_AS_THIS_SIDE, WHOLE_TABLE }

    private final QueryPlan gridPlan;
    private final BooleanProperty gridQuery = new SimpleBooleanProperty(this, "gridQuery");
    private final StringProperty thisWhere = new SimpleStringProperty(this, "thisWhere", "");
    private final ObjectProperty<Other> other = new SimpleObjectProperty<>(this, "other", Other.SAME_AS_THIS_SIDE);
    private final StringProperty otherWhere = new SimpleStringProperty(this, "otherWhere", "");

    /** @param gridPlan the query of the grid the page was opened from, or null */
    ComparedSides(QueryPlan gridPlan) {
        this.gridPlan = gridPlan;
        gridQuery.set(gridPlan != null);
    }

    /** Whether a grid's query can be this side's (the page was opened from a grid). */
    public boolean hasGridQuery() {
        return gridPlan != null;
    }

    /** This side reads the grid's query (true) or the whole table. */
    public BooleanProperty gridQueryProperty() {
        return gridQuery;
    }

    public StringProperty thisWhereProperty() {
        return thisWhere;
    }

    public ObjectProperty<Other> otherProperty() {
        return other;
    }

    public StringProperty otherWhereProperty() {
        return otherWhere;
    }

    /** Both sides read their whole tables, so the tables' sizes say how much there is to read. */
    boolean wholeTables() {
        return !gridQuery.get() && blank(thisWhere.get()) && blank(otherWhere.get());
    }

    /**
     * What this side reads of {@code table} (every attribute: items are compared whole).
     *
     * @throws IllegalArgumentException when a typed condition is not one, said in a sentence
     */
    ItemQuery thisSide(String table, TableInfo info) {
        ItemQuery base = gridQuery.get() && gridPlan != null ? gridPlan.query().withProjection(List.of()) : ItemQuery.scanAll(table);
        return base.narrowedBy(conditions("This side", thisWhere.get(), info));
    }

    /** What the other side reads of its table {@code name}, given what this side reads. */
    ItemQuery otherSide(ItemQuery thisSide, String name, TableInfo info) {
        ItemQuery base = other.get() == Other.WHOLE_TABLE ? ItemQuery.scanAll(name) : thisSide.onTable(name);
        return base.narrowedBy(conditions("The other side", otherWhere.get(), info));
    }

    private static List<dev.dynamodesk.dynamo.query.Condition> conditions(String side, String text, TableInfo info) {
        try {
            return WhereClause.parseAll(text, info);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(side + "'s condition " + e.getMessage());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
