package dev.dynamodesk.ui.entity;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.entity.AccessPattern;
import dev.dynamodesk.entity.Entity;
import dev.dynamodesk.entity.EntityDetector;
import dev.dynamodesk.entity.EntityMatcher;
import dev.dynamodesk.entity.EntityModel;
import dev.dynamodesk.entity.EntityModelFiles;
import dev.dynamodesk.entity.EntityQueries;
import dev.dynamodesk.entity.ItemSample;
import dev.dynamodesk.entity.WorkbenchModels;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.ui.browser.ItemGridViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A table's single-table design in the window: its entity model (kept by {@link EntityModelStore};
 * detected from a sample in the background on request), the entity the grid shows (its items by
 * the cheapest read the keys allow, its key parameters as columns of their own, then its attributes
 * in its order), access patterns run into the grid, and the model saved or loaded as the user's
 * own file (Dynamo Desk's, or NoSQL Workbench's).
 */
public final class EntityViewModel {
    private final ConnectionProfile connection;
    private final DynamoServices services;
    private final ItemGridViewModel grid;
    private final EntityModelStore store;
    private final ReadOnlyObjectWrapper<EntityModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<Entity> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper(this, "origin", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<ErrorMessages.UserError> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    /** The query this view last ran in the grid; null when the grid shows something else. */
    private dev.dynamodesk.dynamo.query.ItemQuery lastRun;
    /** The items the last detection read (kept in memory only, for a split); null before one. */
    private List<Item> lastSample;
    private final javafx.beans.property.ReadOnlyBooleanWrapper otherShown = new javafx.beans.property.ReadOnlyBooleanWrapper(this,
            "otherShown");

    public EntityViewModel(ConnectionProfile connection, DynamoServices services, ItemGridViewModel grid, EntityModelStore store) {
        this.connection = connection;
        this.services = services;
        this.grid = grid;
        this.store = store;
        // Another query run in the grid (the builder's, a refresh of something else) is no entity's view any more.
        grid.planProperty().addListener((observable, was, plan) -> {
            if (plan != null && lastRun != null && !plan.query().equals(lastRun)) {
                lastRun = null;
                shown.set(null);
                otherShown.set(false);
                explanation.set("");
                grid.columnPlanner().prefer(List.of(), Map.of());
            }
        });
    }

    public String table() {
        return grid.tableName();
    }

    /** The table's keys and indexes, once the grid has read them; null before. */
    public TableInfo tableInfo() {
        return grid.tableProperty().get();
    }

    /** The model in use; null while the table has none. */
    public ReadOnlyObjectProperty<EntityModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** The entity the grid shows; null for all items. */
    public ReadOnlyObjectProperty<Entity> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Whether the grid shows the items that are no entity. */
    public javafx.beans.property.ReadOnlyBooleanProperty otherShownProperty() {
        return otherShown.getReadOnlyProperty();
    }

    /** Whether "Other" can be shown: a type attribute tells entities, or their key prefixes can be written as a filter. */
    public boolean otherAvailable() {
        TableInfo info = grid.tableProperty().get();
        return model.get() != null && info != null && EntityQueries.otherView(model.get(), info).isPresent();
    }

    /** Shows the items that are no entity. */
    public void showOther() {
        TableInfo info = grid.tableProperty().get();
        if (info == null || model.get() == null) {
            return;
        }
        EntityQueries.otherView(model.get(), info).ifPresent(planned -> {
            otherShown.set(true);
            shown.set(null);
            grid.columnPlanner().prefer(List.of(), Map.of());
            explanation.set(planned.explanation());
            runInGrid(planned);
        });
    }

    /** Where the model came from: "the sample model that ships with the app", "detected from 2,000 items", a file. */
    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }

    /** What is being done, or was done last. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** How the grid's entity or pattern is read ("Query of index GSI1 where …"), or "". */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ErrorMessages.UserError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Reads the table's kept model, if any (in the background). */
    public void open() {
        // Which copy it is (the shipped sample or the app's own) is asked on the same background thread: no disk on the FX thread.
        record Kept(java.util.Optional<EntityModel> model, boolean shipped) {
        }
        grid.tasks().task("Reading the entity model of " + table(), context -> new Kept(store.load(connection, table()),
                        store.shipped(connection, table())))
                .quiet()
                .onSuccess(kept -> kept.model().ifPresent(found -> {
                    model.set(found);
                    origin.set(kept.shipped() ? "the sample model that ships with Dynamo Desk" : "kept by Dynamo Desk");
                }))
                .onFailure(failure -> error.set(ErrorMessages.describe(failure)))
                .start();
    }

    /** Reads {@code sampleSize} items and detects the entities in them (the user's type attribute, or null to look). */
    public void detect(int sampleSize, String typeAttribute) {
        error.set(null);
        status.set("Reading up to " + String.format("%,d", sampleSize) + " items of " + table() + "…");
        grid.tasks().task("Detecting the entities of " + table(), context -> {
                    TableInfo info = services.tables().describe(table());
                    List<Item> sample = ItemSample.read(services.reader(), info, sampleSize, context.cancelled());
                    long started = System.nanoTime();
                    EntityModel detected = EntityDetector.detect(info, sample, typeAttribute);
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    EntityModel kept = keepPatterns(detected);
                    store.save(connection, table(), kept);
                    return new Detected(kept, millis, sample);
                })
                .onSuccess(result -> {
                    EntityModel detected = result.model();
                    lastSample = result.sample();
                    model.set(detected);
                    origin.set(String.format("detected from %,d items", detected.sampled()));
                    status.set(detected.recognised() ? String.format("%d entities found in %,d items (%,d Other) in %,d ms.",
                            detected.entities().size(), detected.sampled(), detected.other(), result.millis())
                            : "No single-table design recognised: every item is Other. Looked for " + detected.lookedFor() + ".");
                })
                .onFailure(failure -> {
                    status.set("");
                    error.set(ErrorMessages.describe(failure));
                })
                .start();
    }

    private record Detected(EntityModel model, long millis, List<Item> sample) {
    }

    /** A new detection keeps the patterns the user had (they name entities that are probably still there). */
    private EntityModel keepPatterns(EntityModel detected) {
        EntityModel before = model.get();
        return before == null ? detected : detected.withPatterns(before.patterns());
    }

    /** Shows {@code entity}'s items in the grid (null: every item, as a plain scan). */
    public void show(Entity entity) {
        show(entity, Map.of());
    }

    /** Whether showing {@code entity} without parameters would read every item (a Scan). */
    public boolean mustScan(Entity entity) {
        TableInfo info = grid.tableProperty().get();
        return info != null && model.get() != null && !EntityQueries.entityView(entity, model.get(), info).query().isQuery();
    }

    /** Shows {@code entity}'s items narrowed by these parameter values (a Query wherever they fill a partition key). */
    public void show(Entity entity, Map<String, String> values) {
        TableInfo info = grid.tableProperty().get();
        EntityModel current = model.get();
        if (info == null || current == null) {
            return;
        }
        otherShown.set(false);
        shown.set(entity);
        if (entity == null) {
            grid.columnPlanner().prefer(List.of(), Map.of());
            explanation.set("");
            grid.run(dev.dynamodesk.dynamo.query.ItemQuery.scanAll(table()));
            return;
        }
        EntityQueries.Planned planned = EntityQueries.entityView(entity, current, info, values);
        prepareColumns(entity);
        explanation.set(planned.explanation());
        runInGrid(planned);
    }

    /** Runs {@code pattern} with these parameter values into the grid, its entity's columns first. */
    public void run(AccessPattern pattern, Map<String, String> values) {
        TableInfo info = grid.tableProperty().get();
        EntityModel current = model.get();
        if (info == null || current == null) {
            return;
        }
        error.set(null);
        EntityQueries.Planned planned = EntityQueries.pattern(pattern, values, current, info);
        Entity entity = pattern.entity() == null ? null : current.entity(pattern.entity()).orElse(null);
        otherShown.set(false);
        shown.set(entity);
        if (entity == null) {
            grid.columnPlanner().prefer(List.of(), Map.of());
        } else {
            prepareColumns(entity);
        }
        explanation.set(pattern.name() + ": " + planned.explanation());
        runInGrid(planned);
    }

    /** Runs the plan in the grid; a query DynamoDB would refuse is not sent, and says why in place of the explanation. */
    private void runInGrid(EntityQueries.Planned planned) {
        lastRun = planned.query();
        if (!grid.run(planned.query())) {
            lastRun = null;
            explanation.set("Not run: " + String.join("; ", grid.problems()));
        }
    }

    /** The entity's key parameters as columns ({companyId}), then its attributes in its order. */
    private void prepareColumns(Entity entity) {
        Map<String, Function<Item, DynamoValue>> computed = new LinkedHashMap<>();
        // A row's cells are drawn one after another: its parameters are worked out once, for the last row asked.
        Object[] last = {null, null};
        Function<Item, Map<String, String>> parametersOf = item -> {
            if (last[0] != item) {
                last[1] = EntityMatcher.parameters(entity, item);
                last[0] = item;
            }
            @SuppressWarnings("unchecked")
            Map<String, String> values = (Map<String, String>) last[1];
            return values;
        };
        for (String parameter : entity.parameters()) {
            computed.put("{" + parameter + "}", item -> {
                String value = parametersOf.apply(item).get(parameter);
                return value == null ? null : new StringValue(value);
            });
        }
        List<String> order = new ArrayList<>(computed.keySet());
        entity.attributes().forEach(attribute -> order.add(attribute.name()));
        grid.columnPlanner().prefer(order, computed);
    }

    /** A new item of {@code entity}: its keys built from the parameters, its type, its usual attributes empty. */
    public Item newItem(Entity entity, Map<String, String> values) {
        return dev.dynamodesk.entity.NewEntityItem.of(entity, model.get(), grid.tableProperty().get(), values);
    }

    public void rename(Entity entity, String newName) {
        replace(entity, entity.named(newName), "Renamed " + entity.name() + " to " + newName + ".");
    }

    public void renameParameter(Entity entity, String from, String to) {
        replace(entity, entity.withParameterRenamed(from, to), "Renamed {" + from + "} to {" + to + "} in " + entity.name() + ".");
    }

    private void replace(Entity before, Entity after, String done) {
        EntityModel current = model.get();
        List<Entity> entities = new ArrayList<>(current.entities());
        entities.set(entities.indexOf(before), after);
        EntityModel changed = current.withEntities(entities);
        if (!before.name().equals(after.name())) {
            changed = changed.withPatterns(renamedIn(current.patterns(), before.name(), after.name()));
        }
        persist(changed, done);
    }

    /** {@code other} merged into {@code kept}; patterns of {@code other} now read {@code kept}. */
    public void merge(Entity kept, Entity other) {
        EntityModel current = model.get();
        Entity merged = dev.dynamodesk.entity.EntityEdits.merge(kept, other);
        List<Entity> entities = new ArrayList<>(current.entities());
        entities.set(entities.indexOf(kept), merged);
        entities.remove(other);
        persist(current.withEntities(entities).withPatterns(renamedIn(current.patterns(), other.name(), merged.name())),
                "Merged " + other.name() + " into " + kept.name() + ".");
    }

    /**
     * {@code entity} split by what {@code key} starts with, from the items of the last sample (read
     * again when there is none); its patterns read the first part.
     */
    public void split(Entity entity, String key) {
        error.set(null);
        EntityModel current = model.get();
        TableInfo info = grid.tableProperty().get();
        List<Item> known = lastSample;
        grid.tasks().task("Splitting " + entity.name(), context -> {
                    List<Item> sample = known != null ? known
                            : ItemSample.read(services.reader(), info, EntityDetector.DEFAULT_SAMPLE, context.cancelled());
                    EntityMatcher matcher = new EntityMatcher(current, info);
                    List<Item> ofEntity = sample.stream().filter(item -> matcher.entityOf(item).map(Entity::name)
                            .filter(entity.name()::equals).isPresent()).toList();
                    return new Split(sample, dev.dynamodesk.entity.EntityEdits.split(entity, ofEntity, info, key));
                })
                .onSuccess(split -> {
                    lastSample = split.sample();
                    List<Entity> entities = new ArrayList<>(current.entities());
                    int at = entities.indexOf(entity);
                    entities.remove(at);
                    entities.addAll(at, split.parts());
                    persist(current.withEntities(entities).withPatterns(renamedIn(current.patterns(), entity.name(),
                            split.parts().get(0).name())), "Split " + entity.name() + " by " + key + " into "
                            + String.join(", ", split.parts().stream().map(Entity::name).toList()) + ".");
                })
                .onFailure(failure -> error.set(ErrorMessages.describe(failure)))
                .start();
    }

    private record Split(List<Item> sample, List<Entity> parts) {
    }

    private static List<AccessPattern> renamedIn(List<AccessPattern> patterns, String from, String to) {
        return patterns.stream().map(pattern -> from.equals(pattern.entity()) ? new AccessPattern(pattern.name(), pattern.description(),
                to, pattern.index(), pattern.partition(), pattern.sortOperator(), pattern.sortOperands(), pattern.descending())
                : pattern).toList();
    }

    public void addPattern(AccessPattern pattern) {
        List<AccessPattern> patterns = new ArrayList<>(model.get().patterns());
        patterns.removeIf(existing -> existing.name().equalsIgnoreCase(pattern.name()));
        patterns.add(pattern);
        persist(model.get().withPatterns(patterns), "Saved the pattern " + pattern.name() + ".");
    }

    private void persist(EntityModel changed, String done) {
        model.set(changed);
        if (shown.get() != null) {
            shown.set(changed.entity(shown.get().name()).orElse(null));
        }
        grid.tasks().task("Keeping the entity model of " + table(), context -> {
                    store.save(connection, table(), changed);
                    return null;
                })
                .quiet()
                .onSuccess(nothing -> status.set(done))
                .onFailure(failure -> error.set(ErrorMessages.describe(failure)))
                .start();
    }

    /** Writes the model to the user's file: Dynamo Desk's format, or (workbench) NoSQL Workbench's data model. */
    public void saveTo(Path file, boolean workbench) {
        EntityModel current = model.get();
        TableInfo info = grid.tableProperty().get();
        grid.tasks().task("Saving the entity model", context -> {
                    if (workbench) {
                        Files.writeString(file, WorkbenchModels.write(current, info) + "\n");
                    } else {
                        EntityModelFiles.save(current, file);
                    }
                    return null;
                })
                .onSuccess(nothing -> status.set("Saved the entity model to " + file + (workbench ? " (NoSQL Workbench)." : ".")))
                .onFailure(failure -> error.set(ErrorMessages.describe(failure)))
                .start();
    }

    /** Reads a model from the user's file (either format); for a Workbench model, this table's facets. */
    public void loadFrom(Path file) {
        error.set(null);
        grid.tasks().task("Loading the entity model", context -> {
                    EntityModel loaded = EntityModelFiles.load(file, table());
                    store.save(connection, table(), loaded);
                    return loaded;
                })
                .onSuccess(loaded -> {
                    model.set(loaded);
                    origin.set("loaded from " + file.getFileName());
                    status.set("Loaded " + loaded.entities().size() + " entities and " + loaded.patterns().size() + " patterns from "
                            + file + ".");
                })
                .onFailure(failure -> error.set(ErrorMessages.describe(failure)))
                .start();
    }
}
