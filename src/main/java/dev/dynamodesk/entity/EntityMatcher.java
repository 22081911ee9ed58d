package dev.dynamodesk.entity;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.item.Item;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which entity a live item is, and its template parameters' values: by the type attribute where
 * the model has one (and the item carries it), else by the first entity whose table key templates
 * the item's keys fit (the most literal text first, so {@code company#{c}} / {@code user#{e}} wins
 * over {@code {pk}} / {@code {sk}}). An item that fits none is Other.
 */
public final class EntityMatcher {
    private final EntityModel model;
    private final List<String> tableKeys;
    private final List<Entity> bySpecificity;

    public EntityMatcher(EntityModel model, TableInfo table) {
        this.model = model;
        this.tableKeys = table.sortKey() == null ? List.of(table.partitionKey().name())
                : List.of(table.partitionKey().name(), table.sortKey().name());
        this.bySpecificity = model.entities().stream()
                .sorted(Comparator.comparingInt((Entity entity) -> -literalLength(entity))).toList();
    }

    /** The item's entity, or empty for Other. */
    public Optional<Entity> entityOf(Item item) {
        if (model.typeAttribute() != null) {
            Optional<String> type = ParameterNames.text(item.get(model.typeAttribute()));
            if (type.isPresent()) {
                List<Entity> typed = model.entities().stream().filter(entity -> entity.typeValues().contains(type.get())).toList();
                // One type value shared by entities split apart: their keys tell them apart.
                return typed.size() <= 1 ? typed.stream().findFirst() : typed.stream().filter(entity -> keysFit(entity, item)).findFirst();
            }
        }
        return bySpecificity.stream().filter(entity -> keysFit(entity, item)).findFirst();
    }

    /** The parameters' values the item's keys give under {@code entity}'s templates (those that fit). */
    public static Map<String, String> parameters(Entity entity, Item item) {
        Map<String, String> values = new LinkedHashMap<>();
        entity.keys().forEach((key, template) -> ParameterNames.text(item.get(key)).flatMap(template::match)
                .ifPresent(found -> found.forEach(values::putIfAbsent)));
        return values;
    }

    private boolean keysFit(Entity entity, Item item) {
        boolean any = false;
        for (String key : tableKeys) {
            KeyTemplate template = entity.keys().get(key);
            if (template == null) {
                continue;
            }
            any = true;
            if (ParameterNames.text(item.get(key)).flatMap(template::match).isEmpty()) {
                return false;
            }
        }
        return any;
    }

    private int literalLength(Entity entity) {
        return tableKeys.stream().map(entity.keys()::get).filter(java.util.Objects::nonNull)
                .mapToInt(template -> template.parts().stream().filter(part -> part.parameter() == null)
                        .mapToInt(part -> part.literal().length()).sum()).sum();
    }
}
