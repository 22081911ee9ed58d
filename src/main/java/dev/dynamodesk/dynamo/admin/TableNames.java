package dev.dynamodesk.dynamo.admin;

import java.util.Optional;
import java.util.regex.Pattern;

/** DynamoDB's rules for table and index names. */
public final class TableNames {
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_.-]+");

    private TableNames() {
    }

    /** Why a table name is refused; empty when it is fine (3 to 255 of a-z A-Z 0-9 _ - .). */
    public static Optional<String> tableNameProblem(String name) {
        return problem(name, "table", 3, 255);
    }

    public static Optional<String> indexNameProblem(String name) {
        return problem(name, "index", 3, 255);
    }

    private static Optional<String> problem(String name, String what, int min, int max) {
        if (name == null || name.isEmpty()) {
            return Optional.of("Give the " + what + " a name.");
        }
        if (name.length() < min || name.length() > max) {
            return Optional.of("A " + what + " name has " + min + " to " + max + " characters; \"" + name + "\" has " + name.length() + ".");
        }
        if (!ALLOWED.matcher(name).matches()) {
            return Optional.of("A " + what + " name may use only letters, digits, _ - and . (\"" + name + "\").");
        }
        return Optional.empty();
    }
}
