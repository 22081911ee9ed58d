package dev.dynamodesk.dynamo.query;

import java.util.List;

/** A query that DynamoDB would refuse, caught before sending; each problem is one sentence. */
public class InvalidQueryException extends Exception {
    private final List<String> problems;

    public InvalidQueryException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
