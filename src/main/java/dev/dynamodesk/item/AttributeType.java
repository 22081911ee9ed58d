package dev.dynamodesk.item;

/** The ten DynamoDB attribute types, named by their DynamoDB JSON descriptors. */
public enum AttributeType {
    S("String"),
    N("Number"),
    B("Binary"),
    BOOL("Boolean"),
    NULL("Null"),
    M("Map"),
    L("List"),
    SS("String set"),
    NS("Number set"),
    BS("Binary set");

    private final String displayName;

    AttributeType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isSet() {
        return this == SS || this == NS || this == BS;
    }

    public boolean isContainer() {
        return this == M || this == L;
    }

    /** Types a key attribute may have. */
    public boolean isScalarKeyType() {
        return this == S || this == N || this == B;
    }
}
