package dev.dynamodesk.differential;

import dev.dynamodesk.testing.Backend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * One backend's run of the differential suite: the shared tables are loaded once, then every
 * contract's cases run over them. Subclasses name the backend; the contracts (interfaces with
 * default test methods) hold the cases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DifferentialBase implements Differential {
    private SharedTables tables;

    abstract Backend.Kind kind();

    @BeforeAll
    void loadTables() {
        tables = new SharedTables(kind());
    }

    @Override
    public SharedTables tables() {
        return tables;
    }

    @AfterAll
    void report() throws Exception {
        if (tables != null) {
            System.out.println("[differential] " + tables.figures());
            tables.close();
        }
    }
}
