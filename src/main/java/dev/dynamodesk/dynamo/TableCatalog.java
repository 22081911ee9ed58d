package dev.dynamodesk.dynamo;

import java.util.List;

/**
 * A connection's tables: their names and what each one is. {@link TableService} asks DynamoDB;
 * view models depend on this alone, so their own behaviour is tested without a server.
 */
public interface TableCatalog {
    /** Every table name, past ListTables' pages of 100. Blocking. */
    List<String> listTableNames();

    /** The table's keys, indexes and figures. Blocking. */
    TableInfo describe(String tableName);
}
