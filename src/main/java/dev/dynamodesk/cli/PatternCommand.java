package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.InvalidQueryException;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.entity.AccessPattern;
import dev.dynamodesk.entity.EntityModel;
import dev.dynamodesk.entity.EntityModelFiles;
import dev.dynamodesk.entity.EntityQueries;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs a named access pattern of a saved entity model, with its parameters. */
@Command(name = "pattern", description = "Run a named access pattern of an entity model file: its parameters from --param,"
        + " as a Query wherever the keys allow.")
final class PatternCommand implements Runnable {
    @picocli.CommandLine.ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "MODEL_FILE", description = "The entity model (saved by Dynamo Desk).")
    Path modelFile;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME", description = "The pattern's name (leave out to list them).")
    String name;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter's value, repeatable.")
    List<String> params = new java.util.ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", description = "At most N items.")
    Long limit;

    @picocli.CommandLine.Mixin
    FormatOption output = new FormatOption();

    @Override
    public void run() {
        EntityModel model;
        try {
            model = EntityModelFiles.load(modelFile, null);
        } catch (IOException e) {
            throw CliFailure.error("Could not read the entity model: " + e.getMessage());
        }
        if (name == null) {
            list(model);
            return;
        }
        AccessPattern pattern = model.pattern(name).orElseThrow(() -> CliFailure.usage(modelFile + " has no pattern '" + name
                + "'; it has: " + String.join(", ", model.patterns().stream().map(AccessPattern::name).toList())));
        Map<String, String> values = values(pattern);
        try (CliConnection connection = cli.open()) {
            TableInfo info = connection.services().tables().describe(model.table());
            EntityQueries.Planned planned;
            QueryPlan plan;
            try {
                planned = EntityQueries.pattern(pattern, values, model, info);
                plan = QueryPlan.of(planned.query(), info);
            } catch (IllegalArgumentException | InvalidQueryException e) {
                throw CliFailure.usage(e.getMessage());
            }
            cli.environment().err().println(pattern.name() + ": " + planned.explanation());
            ItemReadCommand.print(cli, connection, plan, info, output.format, limit, 1);
        }
    }

    private Map<String, String> values(AccessPattern pattern) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String param : params) {
            int equals = param.indexOf('=');
            if (equals <= 0) {
                throw CliFailure.usage("--param '" + param + "' is not NAME=VALUE");
            }
            values.put(param.substring(0, equals).strip(), param.substring(equals + 1));
        }
        List<String> missing = pattern.parameters().stream().filter(p -> !values.containsKey(p)).toList();
        if (!missing.isEmpty()) {
            throw CliFailure.usage(pattern.name() + " needs " + String.join(", ", missing.stream().map(p -> "--param " + p + "=…").toList()));
        }
        List<String> unknown = values.keySet().stream().filter(p -> !pattern.parameters().contains(p)).toList();
        if (!unknown.isEmpty()) {
            throw CliFailure.usage(pattern.name() + " has no parameter " + String.join(", ", unknown) + " (it takes "
                    + (pattern.parameters().isEmpty() ? "none" : String.join(", ", pattern.parameters())) + ")");
        }
        return values;
    }

    private void list(EntityModel model) {
        Table table = new Table("PATTERN", "PARAMETERS", "READS");
        for (AccessPattern pattern : model.patterns()) {
            table.row(pattern.name(), String.join(", ", pattern.parameters()), (pattern.index() == null ? model.table() : pattern.index())
                    + (pattern.partition() == null ? " (Scan)" : " where " + pattern.partition()
                    + (pattern.sortOperator() == null ? "" : " and sort " + pattern.sortOperator().label() + " "
                    + String.join(" and ", pattern.sortOperands().stream().map(Object::toString).toList()))));
        }
        table.print(cli.environment().out());
    }
}
