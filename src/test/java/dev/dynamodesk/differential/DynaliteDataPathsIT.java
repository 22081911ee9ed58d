package dev.dynamodesk.differential;

import dev.dynamodesk.testing.Backend;

/** The differential suite against dynalite, an independent implementation on Node.js (npm dynalite@4). */
class DynaliteDataPathsIT extends DifferentialBase implements ExportContract, ImportContract, ReadContract, SaveContract {
    @Override
    Backend.Kind kind() {
        return Backend.Kind.DYNALITE;
    }
}
