package dev.dynamodesk.differential;

/** What every contract of the differential suite works with: the backend's shared tables. */
interface Differential {
    SharedTables tables();

    /**
     * Whether the backend's reads are slow enough (moto reads its whole table in Python for every
     * page) that the cases which only repeat another's shape with other counts are left out there.
     */
    default boolean slowBackend() {
        return tables().backend().kind() == dev.dynamodesk.testing.Backend.Kind.MOTO;
    }
}
