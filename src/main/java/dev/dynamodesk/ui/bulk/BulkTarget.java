package dev.dynamodesk.ui.bulk;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.bulk.BulkChanges;
import dev.dynamodesk.dynamo.bulk.ItemSource;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What a bulk change acts on and where: the connection (its name, endpoint and region for the
 * journal; production asks for the table's name), the table, the items (read anew for the dry run
 * and again for the run), the folder its journals go to, and (asked in the background) the
 * table's provisioned write capacity, null when on-demand.
 */
public record BulkTarget(String connectionName, String endpoint, String region, boolean production, TableInfo info,
                         BulkChanges bulk, Supplier<ItemSource> items, String itemsDescription, Path journals,
                         Supplier<Long> provisionedWrites) {
    public String table() {
        return info.name();
    }
}
