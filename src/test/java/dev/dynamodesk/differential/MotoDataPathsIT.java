package dev.dynamodesk.differential;

import dev.dynamodesk.testing.Backend;

/** The differential suite against moto's server, an independent implementation in Python. */
class MotoDataPathsIT extends DifferentialBase implements ExportContract, ImportContract, ReadContract, SaveContract {
    @Override
    Backend.Kind kind() {
        return Backend.Kind.MOTO;
    }
}
