package dev.dynamodesk.entity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynamodesk.dynamo.query.Operator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entity model as a JSON file meant for the user's own repository: readable, stable in its
 * order (a saved model diffs cleanly), no secret or connection in it. A NoSQL Workbench data model
 * is recognised and read through {@link WorkbenchModels}.
 */
public final class EntityModelFiles {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Map<Operator, String> OPERATORS = Map.of(Operator.EQ, "=", Operator.LT, "<", Operator.LE, "<=",
            Operator.GT, ">", Operator.GE, ">=", Operator.BETWEEN, "between", Operator.BEGINS_WITH, "begins_with");

    private EntityModelFiles() {
    }

    public static void save(EntityModel model, Path file) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, write(model) + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The model in {@code file}: ours, or a NoSQL Workbench data model's table named {@code table} (null: its only one). */
    public static EntityModel load(Path file, String table) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), table, file.toString());
    }

    /** A model from its JSON text (ours or NoSQL Workbench's); {@code source} names it in messages. */
    public static EntityModel parse(String json, String table, String source) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IOException(source + " is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException(source + " holds no entity model");
        }
        try {
            if (root.has("DataModel")) {
                return WorkbenchModels.read(root, table);
            }
            if (!"entity-model".equals(root.path("dynamodesk").asText())) {
                throw new IOException(source + " is neither a Dynamo Desk entity model nor a NoSQL Workbench data model");
            }
            return read(root);
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }

    public static String write(EntityModel model) {
        ObjectNode root = JSON.createObjectNode();
        root.put("dynamodesk", "entity-model");
        root.put("version", 1);
        root.put("table", model.table());
        if (model.typeAttribute() != null) {
            root.put("typeAttribute", model.typeAttribute());
        }
        ArrayNode entities = root.putArray("entities");
        for (Entity entity : model.entities()) {
            ObjectNode node = entities.addObject();
            node.put("name", entity.name());
            if (entity.typeValue() != null) {
                node.put("typeValue", entity.typeValue());
            }
            entity.alsoTypeValues().forEach(node.withArray("alsoTypeValues")::add);
            ObjectNode keys = node.putObject("keys");
            entity.keys().forEach((attribute, template) -> keys.put(attribute, template.toString()));
            ArrayNode attributes = node.putArray("attributes");
            for (EntityAttribute attribute : entity.attributes()) {
                ObjectNode a = attributes.addObject();
                a.put("name", attribute.name());
                attribute.types().forEach(a.putArray("types")::add);
                a.put("present", attribute.present());
            }
            node.put("sampled", entity.sampled());
            if (!entity.aliases().isEmpty()) {
                ObjectNode aliases = node.putObject("aliases");
                entity.aliases().forEach(aliases::put);
            }
            // Example items come only from a NoSQL Workbench model (its design data), never from a table's sample.
            for (dev.dynamodesk.item.Item example : entity.examples()) {
                node.withArray("examples").add(tree(dev.dynamodesk.item.DynamoJson.write(example, false)));
            }
        }
        ArrayNode patterns = root.putArray("patterns");
        for (AccessPattern pattern : model.patterns()) {
            ObjectNode node = patterns.addObject();
            node.put("name", pattern.name());
            if (pattern.description() != null) {
                node.put("description", pattern.description());
            }
            if (pattern.entity() != null) {
                node.put("entity", pattern.entity());
            }
            if (pattern.index() != null) {
                node.put("index", pattern.index());
            }
            if (pattern.partition() != null) {
                node.put("partition", pattern.partition().toString());
            }
            if (pattern.sortOperator() != null) {
                ObjectNode sort = node.putObject("sort");
                sort.put("operator", OPERATORS.get(pattern.sortOperator()));
                pattern.sortOperands().forEach(operand -> sort.withArray("values").add(operand.toString()));
            }
            if (pattern.descending()) {
                node.put("descending", true);
            }
        }
        ObjectNode detection = root.putObject("detection");
        detection.put("sampled", model.sampled());
        detection.put("other", model.other());
        if (model.lookedFor() != null) {
            detection.put("lookedFor", model.lookedFor());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static EntityModel read(JsonNode root) {
        String table = required(root, "table");
        List<Entity> entities = new ArrayList<>();
        for (JsonNode node : root.path("entities")) {
            Map<String, KeyTemplate> keys = new LinkedHashMap<>();
            node.path("keys").fields().forEachRemaining(key -> keys.put(key.getKey(), KeyTemplate.parse(key.getValue().asText())));
            List<EntityAttribute> attributes = new ArrayList<>();
            for (JsonNode a : node.path("attributes")) {
                List<String> types = new ArrayList<>();
                a.path("types").forEach(type -> types.add(type.asText()));
                attributes.add(new EntityAttribute(required(a, "name"), types, a.path("present").asInt(0)));
            }
            Map<String, String> aliases = new LinkedHashMap<>();
            node.path("aliases").fields().forEachRemaining(alias -> aliases.put(alias.getKey(), alias.getValue().asText()));
            List<dev.dynamodesk.item.Item> examples = new ArrayList<>();
            for (JsonNode example : node.path("examples")) {
                examples.add(item(example));
            }
            List<String> alsoTypes = new ArrayList<>();
            node.path("alsoTypeValues").forEach(value -> alsoTypes.add(value.asText()));
            entities.add(new Entity(required(node, "name"), text(node, "typeValue"), keys, attributes, node.path("sampled").asInt(0),
                    aliases, examples, alsoTypes));
        }
        List<AccessPattern> patterns = new ArrayList<>();
        for (JsonNode node : root.path("patterns")) {
            String name = required(node, "name");
            JsonNode sort = node.path("sort");
            Operator operator = sort.isMissingNode() ? null : operator(name, sort.path("operator").asText());
            List<KeyTemplate> operands = new ArrayList<>();
            sort.path("values").forEach(value -> operands.add(KeyTemplate.parse(value.asText())));
            patterns.add(new AccessPattern(name, text(node, "description"), text(node, "entity"), text(node, "index"),
                    node.hasNonNull("partition") ? KeyTemplate.parse(node.get("partition").asText()) : null, operator, operands, node.path("descending").asBoolean(false)));
        }
        JsonNode detection = root.path("detection");
        return new EntityModel(table, text(root, "typeAttribute"), entities, patterns, detection.path("sampled").asInt(0),
                detection.path("other").asInt(0), text(detection, "lookedFor"));
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static dev.dynamodesk.item.Item item(JsonNode dynamoJson) {
        try {
            return dev.dynamodesk.item.DynamoJson.parseItem(dynamoJson.toString());
        } catch (dev.dynamodesk.item.DynamoJsonException e) {
            throw new IllegalArgumentException("an example item is not DynamoDB JSON: " + e.getMessage(), e);
        }
    }

    private static Operator operator(String pattern, String text) {
        return OPERATORS.entrySet().stream().filter(entry -> entry.getValue().equalsIgnoreCase(text)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException(pattern + ": the sort key operator '" + text
                        + "' is not one of " + String.join(", ", OPERATORS.values())));
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("\"" + field + "\" is missing");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
