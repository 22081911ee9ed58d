package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.entity.Entity;
import dev.dynamodesk.entity.EntityAttribute;
import dev.dynamodesk.entity.EntityDetector;
import dev.dynamodesk.entity.EntityModel;
import dev.dynamodesk.entity.EntityModelFiles;
import dev.dynamodesk.entity.WorkbenchModels;
import dev.dynamodesk.item.Item;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The entities of a single-table design, detected from a sample of the table's items. */
@Command(name = "entities", description = "Detect the entity types of a single-table design from a sample of its items and"
        + " print each (items in the sample, key templates, attributes).")
final class EntitiesCommand implements Runnable {
    @picocli.CommandLine.ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "TABLE", description = "The table's name.")
    String table;

    @Option(names = "--sample", paramLabel = "N", description = "How many items to read (default: 2000).")
    int sample = EntityDetector.DEFAULT_SAMPLE;

    @Option(names = "--type-attribute", paramLabel = "NAME", description = "The attribute that names each item's type"
            + " (default: the first of type, _type, entity, _et, __typename that most items carry).")
    String typeAttribute;

    @Option(names = "--save", paramLabel = "FILE", description = "Also save the model as JSON (Dynamo Desk's entity model).")
    Path save;

    @Option(names = "--workbench", paramLabel = "FILE", description = "Also save it as a NoSQL Workbench data model.")
    Path workbench;

    @Override
    public void run() {
        if (sample < 1) {
            throw CliFailure.usage("--sample must be at least 1");
        }
        try (CliConnection connection = cli.open()) {
            TableInfo info = connection.services().tables().describe(table);
            List<Item> items = dev.dynamodesk.entity.ItemSample.read(connection.services().reader(), info, sample, () -> false);
            long started = System.nanoTime();
            EntityModel model = EntityDetector.detect(info, items, typeAttribute);
            long millis = (System.nanoTime() - started) / 1_000_000;
            print(model, cli.environment().out());
            cli.environment().err().println(String.format("Detected in %,d ms from %,d items.", millis, items.size()));
            if (save != null) {
                EntityModelFiles.save(model, save);
                cli.environment().err().println("Saved the entity model to " + save.toAbsolutePath());
            }
            if (workbench != null) {
                Files.writeString(workbench, WorkbenchModels.write(model, info) + "\n");
                cli.environment().err().println("Saved it as a NoSQL Workbench data model to " + workbench.toAbsolutePath());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void print(EntityModel model, PrintStream out) {
        out.println(String.format("%s: %,d items sampled · %s · %d %s, %,d Other", model.table(), model.sampled(),
                model.typeAttribute() == null ? "no type attribute (entities told by their keys)" : "type attribute: "
                        + model.typeAttribute(), model.entities().size(), model.entities().size() == 1 ? "entity" : "entities",
                model.other()));
        if (!model.recognised()) {
            out.println("No single-table design recognised: every item is Other. Looked for " + model.lookedFor() + ".");
            return;
        }
        Table table = new Table("ENTITY", "ITEMS", "SHARE", "KEYS");
        for (Entity entity : model.entities()) {
            table.row(entity.name(), String.format("%,d", entity.sampled()), share(entity.sampled(), model.sampled()),
                    entity.keys().entrySet().stream().map(key -> key.getKey() + " = " + key.getValue())
                            .collect(Collectors.joining(" · ")));
        }
        table.print(out);
        for (Entity entity : model.entities()) {
            out.println();
            out.println(entity.name() + (entity.parameters().isEmpty() ? "" : " (" + String.join(", ", entity.parameters()) + ")") + ":");
            for (EntityAttribute attribute : entity.attributes()) {
                out.println(String.format("  %-24s %-8s %s", attribute.name(), attribute.typeText(),
                        share(attribute.present(), entity.sampled())));
            }
        }
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "-" : (part * 100L + whole / 2) / whole + "%";
    }
}
