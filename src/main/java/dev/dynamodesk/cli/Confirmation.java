package dev.dynamodesk.cli;

import dev.dynamodesk.connection.ConnectionProfile;

/**
 * The typed confirmation before a bulk write: on a production connection, or past
 * {@value BulkCommand#CONFIRM_OVER} items, the table's name must be typed at the terminal, or
 * {@code --yes} given. Without a terminal and without {@code --yes} nothing is written.
 */
final class Confirmation {
    private Confirmation() {
    }

    static void require(CliEnvironment environment, ConnectionProfile profile, String table, long writes, boolean yes,
                        String what) {
        boolean production = profile.environment() == ConnectionProfile.Environment.PRODUCTION;
        if (yes || writes == 0 || (!production && writes <= BulkCommand.CONFIRM_OVER)) {
            return;
        }
        String why = production ? profile.name() + " is a production connection" : "this changes more than "
                + BulkCommand.CONFIRM_OVER + " items";
        if (!environment.terminal()) {
            throw CliFailure.usage("Nothing was written: " + why + ", so type the table's name at a terminal, or pass --yes to "
                    + what + " in " + table);
        }
        String answer = environment.ask(why + ". Type the table's name (" + table + ") to " + what + ": ");
        if (answer == null || !answer.strip().equals(table)) {
            throw CliFailure.error("Not confirmed: nothing was written");
        }
    }
}
