package dev.dynamodesk.dynamo.query;

/** A condition and how it joins the ones before it. The first clause's connector is ignored. */
public record FilterClause(Connector connector, Condition condition) {
    public enum Connector { AND, OR }

    public static FilterClause and(Condition condition) {
        return new FilterClause(Connector.AND, condition);
    }

    public static FilterClause or(Condition condition) {
        return new FilterClause(Connector.OR, condition);
    }
}
