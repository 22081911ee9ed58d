package dev.dynamodesk.dynamo.copy;

import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.TableDetails;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.admin.Capacity;
import dev.dynamodesk.dynamo.admin.CreateTableSpec;
import dev.dynamodesk.dynamo.admin.IndexSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A table's shape carried to another connection: the {@code CreateTable} that makes a copy
 * (keys, attribute definitions, GSIs and LSIs with their projections, billing mode and capacity,
 * TTL), and the check that an existing target can take the source's items (the same key schema).
 */
public final class TableSchemas {
    private TableSchemas() {
    }

    /** The table to create on the target, named {@code targetName}, shaped as {@code source}. */
    public static CreateTableSpec copyOf(TableDetails source, String targetName) {
        List<IndexSpec> indexes = new ArrayList<>();
        for (TableDetails.IndexDetails index : source.indexes()) {
            IndexSpec.Projection projection = IndexSpec.Projection.valueOf(
                    index.projection() == null ? "ALL" : index.projection().toUpperCase(Locale.ROOT));
            List<String> included = projection == IndexSpec.Projection.INCLUDE ? index.projectedAttributes() : List.of();
            boolean provisioned = !"PAY_PER_REQUEST".equals(source.billingMode()) && index.global();
            // Every attribute of a multi-attribute key, in order: a copy keyed on the first alone would index other items.
            dev.dynamodesk.dynamo.IndexInfo keys = source.schemaOf(index);
            indexes.add(new IndexSpec(index.name(), index.global(), index.global() ? index.partitionKey() : null, index.sortKey(),
                    projection, included, provisioned ? index.readCapacity() : null, provisioned ? index.writeCapacity() : null,
                    index.global() ? keys.morePartitionKeys() : List.of(), keys.moreSortKeys()));
        }
        Capacity capacity = "PAY_PER_REQUEST".equals(source.billingMode()) || source.readCapacity() == null
                || source.writeCapacity() == null ? Capacity.ON_DEMAND
                : Capacity.provisioned(Math.max(1, source.readCapacity()), Math.max(1, source.writeCapacity()));
        return new CreateTableSpec(targetName, source.info().partitionKey(), source.info().sortKey(), indexes, capacity,
                ttlAttribute(source));
    }

    /** The TTL attribute when TTL is on ("ENABLED on expiresAt"); null when off or not known. */
    static String ttlAttribute(TableDetails source) {
        String ttl = source.timeToLive() == null || !source.timeToLive().available() ? null : source.timeToLive().value();
        if (ttl == null || !(ttl.startsWith("ENABLED on ") || ttl.startsWith("ENABLING on "))) {
            return null;
        }
        return ttl.substring(ttl.indexOf(" on ") + 4);
    }

    /** Why items of {@code source} cannot go into {@code target} (other keys), or null when they can. */
    public static String keyMismatch(TableInfo source, TableInfo target) {
        if (same(source.partitionKey(), target.partitionKey()) && same(source.sortKey(), target.sortKey())) {
            return null;
        }
        return "The key schemas differ: " + source.name() + " has " + describe(source) + ", " + target.name() + " has "
                + describe(target) + ". Items would not land where they belong: nothing was written.";
    }

    private static boolean same(KeyAttribute a, KeyAttribute b) {
        return a == null ? b == null : b != null && a.name().equals(b.name()) && Objects.equals(a.type(), b.type());
    }

    private static String describe(TableInfo table) {
        return table.partitionKey().name() + " (" + table.partitionKey().type() + ")"
                + (table.sortKey() == null ? "" : " + " + table.sortKey().name() + " (" + table.sortKey().type() + ")");
    }
}
