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

    /**
     * Before writing into a table (import, copy): a production connection, or a table that already
     * holds items, needs its name typed at the terminal, or {@code --yes}. {@code verb}: "import
     * into"; {@code done}: "imported", for the refusal.
     */
    static void intoTable(CliEnvironment environment, CliConnection connection, dev.dynamodesk.dynamo.TableInfo info, boolean yes,
                          String verb, String done) {
        if (yes) {
            return;
        }
        boolean production = connection.profile().production();
        boolean empty;
        try {
            empty = connection.services().reader().readChunk(dev.dynamodesk.dynamo.query.QueryPlan.of(
                    dev.dynamodesk.dynamo.query.ItemQuery.scanAll(info.name()), info), null, 1, () -> false).items().isEmpty();
        } catch (dev.dynamodesk.dynamo.query.InvalidQueryException e) {
            throw new IllegalStateException(e); // a plain scan of a described table is always valid
        }
        if (empty && !production) {
            return;
        }
        String why = production ? connection.profile().name() + " is a production connection" : info.name() + " already holds items";
        if (!environment.terminal()) {
            throw CliFailure.usage(why + ": pass --yes to " + verb + " it anyway");
        }
        String answer = environment.ask(why + ". Type the table's name to " + verb + " it: ");
        if (answer == null || !answer.strip().equals(info.name())) {
            throw CliFailure.error("Not confirmed; nothing was " + done + ".");
        }
    }
}
