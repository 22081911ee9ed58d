package dev.dynamodesk.differential;

/** What every contract of the differential suite works with: the backend's shared tables. */
interface Differential {
    SharedTables tables();
}
