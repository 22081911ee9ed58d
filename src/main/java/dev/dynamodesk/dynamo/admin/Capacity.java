package dev.dynamodesk.dynamo.admin;

/** On-demand billing, or provisioned read and write capacity units. */
public record Capacity(boolean onDemand, long readUnits, long writeUnits) {
    public static final Capacity ON_DEMAND = new Capacity(true, 0, 0);

    public static Capacity provisioned(long read, long write) {
        return new Capacity(false, read, write);
    }

    public String billingMode() {
        return onDemand ? "PAY_PER_REQUEST" : "PROVISIONED";
    }
}
