package dev.dynamodesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Table names, one per line, every page of ListTables. */
@Command(name = "tables", description = "List the tables of a connection, one per line.")
final class TablesCommand implements Runnable {
    @ParentCommand
    Cli cli;

    @Override
    public void run() {
        try (CliConnection connection = cli.open()) {
            connection.tableNames().forEach(cli.environment().out()::println);
        }
    }
}
