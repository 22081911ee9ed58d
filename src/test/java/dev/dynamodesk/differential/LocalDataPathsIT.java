package dev.dynamodesk.differential;

import dev.dynamodesk.testing.Backend;

/** The differential suite against DynamoDB Local, in this JVM. */
class LocalDataPathsIT extends DifferentialBase implements ExportContract, ImportContract, ReadContract, SaveContract {
    @Override
    Backend.Kind kind() {
        return Backend.Kind.DYNAMODB_LOCAL;
    }
}
