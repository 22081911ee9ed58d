package dev.dynamodesk.dynamo.partiql;

import dev.dynamodesk.item.Item;
import java.util.List;

/**
 * The items of {@code SELECT * FROM "TABLE" WHERE EXPR}, page by page (ExecuteStatement and its
 * NextToken): a copy's subset chosen the way Neosync chooses it, by the command line and the window.
 */
public final class StatementPages {
    private static final int PAGE = 500;

    private final PartiqlRunner runner;
    private final BoundStatement statement;
    private String token;
    private boolean done;

    public StatementPages(PartiqlRunner runner, String table, String where) {
        this.runner = runner;
        this.statement = BoundStatement.of("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\" WHERE " + where);
    }

    public String statement() {
        return statement.text();
    }

    /** The next page; null after the last. */
    public List<Item> next() {
        if (done) {
            return null;
        }
        StatementResult result = runner.execute(statement, token, PAGE, () -> false);
        token = result.nextToken();
        done = token == null;
        return result.items();
    }

    /** The first {@code count} items (a preview). */
    public List<Item> first(int count) {
        return runner.execute(statement, null, count, () -> false).items();
    }
}
