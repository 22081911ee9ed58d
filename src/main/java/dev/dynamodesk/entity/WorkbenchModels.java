package dev.dynamodesk.entity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynamodesk.dynamo.IndexInfo;
import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NoSQL Workbench's data model JSON ({@code ModelName}, {@code DataModel[]} of tables with
 * {@code TableFacets}), read as an entity model and written back. A facet is an entity: its name,
 * its key aliases, its non-key attributes and its example items ({@code TableData}); its key
 * templates are worked out from those items, or are the aliases themselves ({@code {companyId}})
 * when it has none. Writing puts each entity back as a facet; a model that came from a Workbench
 * file is written into that file's JSON, leaving everything else in it as it was.
 */
public final class WorkbenchModels {
    private WorkbenchModels() {
    }

    /** The table named {@code table} (null: the model's only table) of a Workbench model, as an entity model. */
    public static EntityModel read(JsonNode root, String table) {
        JsonNode tableNode = tableNode(root, table);
        TableInfo info = tableInfo(tableNode);
        Map<String, String> types = attributeTypes(tableNode);
        List<Entity> entities = new ArrayList<>();
        for (JsonNode facet : tableNode.path("TableFacets")) {
            String name = required(facet, "FacetName");
            Map<String, String> aliases = new LinkedHashMap<>();
            JsonNode alias = facet.path("KeyAttributeAlias");
            putAlias(aliases, info.partitionKey().name(), alias.path("PartitionKeyAlias"));
            if (info.sortKey() != null) {
                putAlias(aliases, info.sortKey().name(), alias.path("SortKeyAlias"));
            }
            List<Item> examples = new ArrayList<>();
            facet.path("TableData").forEach(item -> examples.add(EntityModelFiles.item(item)));
            Map<String, KeyTemplate> keys;
            if (examples.isEmpty()) {
                keys = new LinkedHashMap<>();
                aliases.forEach((key, aliasName) -> keys.put(key, fromAlias(aliasName)));
            } else {
                keys = EntityDetector.entity(name, null, examples, info, EntityDetector.keyNames(info)).keys();
            }
            List<EntityAttribute> attributes = new ArrayList<>();
            for (String key : aliases.keySet()) {
                attributes.add(new EntityAttribute(key, List.of(types.getOrDefault(key, "S")), examples.size()));
            }
            for (JsonNode attribute : facet.path("NonKeyAttributes")) {
                String attributeName = attribute.asText();
                int present = (int) examples.stream().filter(item -> item.has(attributeName)).count();
                attributes.add(new EntityAttribute(attributeName, List.of(types.getOrDefault(attributeName, "S")), present));
            }
            entities.add(new Entity(name, null, keys, attributes, examples.size(), aliases, examples));
        }
        String source;
        try {
            source = EntityModelFiles.JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new EntityModel(info.name(), null, entities, List.of(), 0, 0, null, source);
    }

    /** The table's keys and indexes as the Workbench model defines them. */
    public static TableInfo tableInfo(JsonNode tableNode) {
        List<IndexInfo> indexes = new ArrayList<>();
        for (JsonNode index : tableNode.path("GlobalSecondaryIndexes")) {
            indexes.add(new IndexInfo(required(index, "IndexName"), true, key(index.path("KeyAttributes").path("PartitionKey")),
                    index.path("KeyAttributes").has("SortKey") ? key(index.path("KeyAttributes").path("SortKey")) : null));
        }
        JsonNode keys = tableNode.path("KeyAttributes");
        return new TableInfo(required(tableNode, "TableName"), "ACTIVE", key(keys.path("PartitionKey")),
                keys.has("SortKey") ? key(keys.path("SortKey")) : null, indexes, 0, 0, "PAY_PER_REQUEST");
    }

    /**
     * The model as a Workbench data model: into its own Workbench file's JSON when it came from one
     * (only this table's facets change), else a new model of one table keyed as {@code table} is.
     */
    public static String write(EntityModel model, TableInfo table) {
        ObjectNode root;
        if (model.workbenchSource() != null) {
            root = (ObjectNode) EntityModelFiles.tree(model.workbenchSource());
        } else {
            root = EntityModelFiles.JSON.createObjectNode();
            root.put("ModelName", model.table());
            ObjectNode metadata = root.putObject("ModelMetadata");
            metadata.put("Author", "");
            metadata.put("Description", "Entities of " + model.table() + ", from Dynamo Desk");
            metadata.put("AWSService", "Amazon DynamoDB");
            metadata.put("Version", "3.0");
            root.putArray("DataModel").add(newTable(model, table));
        }
        ObjectNode tableNode = (ObjectNode) tableNode(root, model.table());
        // A facet that was there keeps what Dynamo Desk does not model (DataAccess, say); only what it models is written.
        Map<String, ObjectNode> before = new LinkedHashMap<>();
        tableNode.path("TableFacets").forEach(facet -> before.put(facet.path("FacetName").asText(), (ObjectNode) facet));
        ArrayNode facets = tableNode.putArray("TableFacets");
        for (Entity entity : model.entities()) {
            ObjectNode facet = before.containsKey(entity.name()) ? before.get(entity.name()).deepCopy() : EntityModelFiles.JSON.createObjectNode();
            facet.setAll(facet(entity, table));
            facets.add(facet);
        }
        try {
            return EntityModelFiles.JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode facet(Entity entity, TableInfo table) {
        ObjectNode facet = EntityModelFiles.JSON.createObjectNode();
        facet.put("FacetName", entity.name());
        ObjectNode alias = facet.putObject("KeyAttributeAlias");
        alias.put("PartitionKeyAlias", alias(entity, table.partitionKey().name()));
        if (table.sortKey() != null) {
            alias.put("SortKeyAlias", alias(entity, table.sortKey().name()));
        }
        ArrayNode data = facet.putArray("TableData");
        entity.examples().forEach(example -> data.add(EntityModelFiles.tree(dev.dynamodesk.item.DynamoJson.write(example, false))));
        ArrayNode nonKey = facet.putArray("NonKeyAttributes");
        entity.attributes().stream().map(EntityAttribute::name)
                .filter(name -> !name.equals(table.partitionKey().name()) && (table.sortKey() == null || !name.equals(table.sortKey().name())))
                .forEach(nonKey::add);
        return facet;
    }

    /** The alias the facet had, else the key's template ("company#{companyId}" reads better than "pk"). */
    private static String alias(Entity entity, String key) {
        String known = entity.aliases().get(key);
        if (known != null) {
            return known;
        }
        KeyTemplate template = entity.keys().get(key);
        return template == null ? key : template.toString();
    }

    private static ObjectNode newTable(EntityModel model, TableInfo table) {
        ObjectNode node = EntityModelFiles.JSON.createObjectNode();
        node.put("TableName", table.name());
        ObjectNode keys = node.putObject("KeyAttributes");
        keys.set("PartitionKey", keyNode(table.partitionKey()));
        if (table.sortKey() != null) {
            keys.set("SortKey", keyNode(table.sortKey()));
        }
        Set<String> keyNames = EntityDetector.keyNames(table);
        Map<String, String> nonKey = new LinkedHashMap<>();
        for (IndexInfo index : table.indexes()) {
            for (KeyAttribute key : new KeyAttribute[] {index.partitionKey(), index.sortKey()}) {
                if (key != null && !key.name().equals(table.partitionKey().name())
                        && (table.sortKey() == null || !key.name().equals(table.sortKey().name()))) {
                    nonKey.put(key.name(), key.type().name());
                }
            }
        }
        model.entities().forEach(entity -> entity.attributes().stream().filter(a -> !keyNames.contains(a.name()))
                .forEach(a -> nonKey.putIfAbsent(a.name(), a.types().isEmpty() ? "S" : a.types().get(0))));
        ArrayNode attributes = node.putArray("NonKeyAttributes");
        nonKey.forEach((name, type) -> {
            ObjectNode attribute = attributes.addObject();
            attribute.put("AttributeName", name);
            attribute.put("AttributeType", type);
        });
        node.putArray("TableFacets");
        ArrayNode indexes = node.putArray("GlobalSecondaryIndexes");
        for (IndexInfo index : table.indexes()) {
            if (!index.global()) {
                continue;
            }
            ObjectNode gsi = indexes.addObject();
            gsi.put("IndexName", index.name());
            ObjectNode indexKeys = gsi.putObject("KeyAttributes");
            indexKeys.set("PartitionKey", keyNode(index.partitionKey()));
            if (index.sortKey() != null) {
                indexKeys.set("SortKey", keyNode(index.sortKey()));
            }
            gsi.putObject("Projection").put("ProjectionType", "ALL");
        }
        node.putArray("TableData");
        node.putObject("DataAccess").putObject("MySql");
        node.put("BillingMode", "PAY_PER_REQUEST");
        return node;
    }

    private static JsonNode tableNode(JsonNode root, String table) {
        JsonNode tables = root.path("DataModel");
        List<String> names = new ArrayList<>();
        tables.forEach(node -> names.add(node.path("TableName").asText()));
        if (table == null) {
            if (names.size() != 1) {
                throw new IllegalArgumentException("the NoSQL Workbench model holds " + names.size() + " tables " + names
                        + ": name the one to read");
            }
            return tables.get(0);
        }
        for (JsonNode node : tables) {
            if (table.equals(node.path("TableName").asText())) {
                return node;
            }
        }
        throw new IllegalArgumentException("the NoSQL Workbench model has no table " + table + " (it has " + names + ")");
    }

    private static Map<String, String> attributeTypes(JsonNode tableNode) {
        Map<String, String> types = new LinkedHashMap<>();
        JsonNode keys = tableNode.path("KeyAttributes");
        for (String which : List.of("PartitionKey", "SortKey")) {
            if (keys.has(which)) {
                types.put(keys.path(which).path("AttributeName").asText(), keys.path(which).path("AttributeType").asText("S"));
            }
        }
        tableNode.path("NonKeyAttributes").forEach(a -> types.put(a.path("AttributeName").asText(), a.path("AttributeType").asText("S")));
        return types;
    }

    private static void putAlias(Map<String, String> aliases, String key, JsonNode alias) {
        if (alias.isTextual() && !alias.asText().isBlank()) {
            aliases.put(key, alias.asText());
        }
    }

    /** An alias Dynamo Desk wrote ("user#{email}") is the template itself; any other is one parameter named after it. */
    private static KeyTemplate fromAlias(String alias) {
        try {
            KeyTemplate template = KeyTemplate.parse(alias);
            if (!template.isConstant()) {
                return template;
            }
        } catch (IllegalArgumentException notATemplate) {
            // an alias such as "Company {main}" is just a label
        }
        return KeyTemplate.parse("{" + parameterName(alias) + "}");
    }

    /** An alias as a template parameter: "Company ID" → "CompanyID". */
    private static String parameterName(String alias) {
        String cleaned = alias.replaceAll("[^A-Za-z0-9_.-]", "");
        return cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0)) && cleaned.charAt(0) != '_' ? "value" : cleaned;
    }

    private static KeyAttribute key(JsonNode node) {
        return new KeyAttribute(required(node, "AttributeName"), AttributeType.valueOf(node.path("AttributeType").asText("S")));
    }

    private static ObjectNode keyNode(KeyAttribute key) {
        ObjectNode node = EntityModelFiles.JSON.createObjectNode();
        node.put("AttributeName", key.name());
        node.put("AttributeType", key.type().name());
        return node;
    }

    private static String required(JsonNode node, String field) {
        String value = node.path(field).asText("");
        if (value.isBlank()) {
            throw new IllegalArgumentException("the NoSQL Workbench model has no " + field + " where one is needed");
        }
        return value;
    }
}
