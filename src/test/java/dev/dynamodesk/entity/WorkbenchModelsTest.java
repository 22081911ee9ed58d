package dev.dynamodesk.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamodesk.dynamo.TableInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NoSQL Workbench data models: facets read as entities and written back as the same facets. */
class WorkbenchModelsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A Workbench model in the shape Workbench 3.x exports (written here by hand), with two tables. */
    static final String MODEL = """
            {"ModelName": "Library", "ModelMetadata": {"Author": "ana", "DateCreated": "Nov 02, 2026, 10:14 AM",
              "DateLastModified": "Nov 03, 2026, 09:00 AM", "Description": "", "AWSService": "Amazon DynamoDB", "Version": "3.0"},
             "DataModel": [
              {"TableName": "Library",
               "KeyAttributes": {"PartitionKey": {"AttributeName": "PK", "AttributeType": "S"},
                                 "SortKey": {"AttributeName": "SK", "AttributeType": "S"}},
               "NonKeyAttributes": [{"AttributeName": "title", "AttributeType": "S"}, {"AttributeName": "pages", "AttributeType": "N"},
                                    {"AttributeName": "name", "AttributeType": "S"}, {"AttributeName": "GSI1PK", "AttributeType": "S"}],
               "TableFacets": [
                 {"FacetName": "Book", "KeyAttributeAlias": {"PartitionKeyAlias": "BookId", "SortKeyAlias": "Metadata"},
                  "TableData": [
                    {"PK": {"S": "BOOK#b-1"}, "SK": {"S": "METADATA"}, "title": {"S": "Dune"}, "pages": {"N": "412"}},
                    {"PK": {"S": "BOOK#b-2"}, "SK": {"S": "METADATA"}, "title": {"S": "Emma"}, "pages": {"N": "474"}}],
                  "NonKeyAttributes": ["title", "pages"], "DataAccess": {"MySql": {}}},
                 {"FacetName": "Author", "KeyAttributeAlias": {"PartitionKeyAlias": "AuthorId", "SortKeyAlias": "BookId"},
                  "TableData": [], "NonKeyAttributes": ["name", "GSI1PK"]}],
               "GlobalSecondaryIndexes": [{"IndexName": "GSI1", "KeyAttributes": {"PartitionKey": {"AttributeName": "GSI1PK",
                 "AttributeType": "S"}}, "Projection": {"ProjectionType": "ALL"}}],
               "TableData": [], "DataAccess": {"MySql": {}}, "BillingMode": "PAY_PER_REQUEST"},
              {"TableName": "Other", "KeyAttributes": {"PartitionKey": {"AttributeName": "id", "AttributeType": "S"}},
               "NonKeyAttributes": [], "TableFacets": [], "TableData": []}]}
            """;

    @TempDir
    Path folder;

    @Test
    void facetsAreEntitiesAndComeBackAsTheSameFacets() throws Exception {
        Path file = folder.resolve("library.json");
        Files.writeString(file, MODEL);
        EntityModel model = EntityModelFiles.load(file, "Library");
        assertThat(model.entities()).extracting(Entity::name).containsExactly("Book", "Author");
        Entity book = model.entity("Book").orElseThrow();
        assertThat(book.keys().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString())))
                .isEqualTo(Map.of("PK", "BOOK#{bookId}", "SK", "METADATA")); // worked out from the facet's own items
        assertThat(book.examples()).hasSize(2);
        assertThat(book.attributes()).extracting(EntityAttribute::name, EntityAttribute::typeText)
                .contains(org.assertj.core.groups.Tuple.tuple("pages", "N"));
        Entity author = model.entity("Author").orElseThrow();
        assertThat(author.keys().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString())))
                .isEqualTo(Map.of("PK", "{AuthorId}", "SK", "{BookId}")); // no items: the aliases

        TableInfo table = WorkbenchModels.tableInfo(JSON.readTree(MODEL).path("DataModel").get(0));
        JsonNode written = JSON.readTree(WorkbenchModels.write(model, table));
        JsonNode original = JSON.readTree(MODEL);
        assertThat(written.path("DataModel").get(0).path("TableFacets")).isEqualTo(original.path("DataModel").get(0).path("TableFacets"));
        assertThat(written).isEqualTo(original); // everything else untouched too

        // Through Dynamo Desk's own file and back to Workbench: the facets are still the same.
        Path ours = folder.resolve("library.entities.json");
        EntityModelFiles.save(model, ours);
        EntityModel again = EntityModelFiles.load(ours, null);
        JsonNode viaOurs = JSON.readTree(WorkbenchModels.write(again, table));
        assertThat(viaOurs.path("DataModel").get(0).path("TableFacets")).isEqualTo(stripDataAccess(original));
    }

    /** Our own file keeps what Dynamo Desk models; a facet's DataAccess (MySQL import settings) is Workbench's alone. */
    private static JsonNode stripDataAccess(JsonNode original) {
        JsonNode facets = original.path("DataModel").get(0).path("TableFacets").deepCopy();
        facets.forEach(facet -> ((com.fasterxml.jackson.databind.node.ObjectNode) facet).remove("DataAccess"));
        return facets;
    }

    @Test
    void aDetectedModelBecomesAWorkbenchModelOfItsTable() throws Exception {
        EntityModel detected = EntityDetector.detect(EntityDetectorTest.APP, EntityDetectorTest.appItems(), null);
        JsonNode workbench = JSON.readTree(WorkbenchModels.write(detected, EntityDetectorTest.APP));
        JsonNode table = workbench.path("DataModel").get(0);
        assertThat(table.path("TableName").asText()).isEqualTo("App");
        assertThat(table.path("KeyAttributes").path("SortKey").path("AttributeName").asText()).isEqualTo("sk");
        assertThat(table.path("GlobalSecondaryIndexes").get(0).path("IndexName").asText()).isEqualTo("GSI1");
        assertThat(table.path("TableFacets")).extracting(facet -> facet.path("FacetName").asText())
                .containsExactly("membership", "user", "project", "company");
        JsonNode user = table.path("TableFacets").get(1);
        assertThat(user.path("KeyAttributeAlias").path("PartitionKeyAlias").asText()).isEqualTo("user#{email}");
        assertThat(user.path("TableData")).isEmpty(); // no items of the user's table leave in a model file
        EntityModel back = WorkbenchModels.read(workbench, null);
        assertThat(back.entities()).extracting(Entity::name).containsExactly("membership", "user", "project", "company");
    }

    @Test
    void aModelWithSeveralTablesMustBeToldWhichAndBadFilesSayWhy() throws Exception {
        Path file = folder.resolve("library.json");
        Files.writeString(file, MODEL);
        assertThatThrownBy(() -> EntityModelFiles.load(file, null)).hasMessageContaining("holds 2 tables [Library, Other]: name the one");
        assertThatThrownBy(() -> EntityModelFiles.load(file, "Nope")).hasMessageContaining("has no table Nope");
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\"dynamodesk\": \"entity-model\", \"table\": \"T\", \"entities\": [{\"name\": \"x\","
                + " \"keys\": {\"pk\": \"a#{b\"}}]}");
        assertThatThrownBy(() -> EntityModelFiles.load(broken, null)).hasMessageContaining("a { without its }");
        Path notJson = folder.resolve("not.json");
        Files.writeString(notJson, "{nope");
        assertThatThrownBy(() -> EntityModelFiles.load(notJson, null)).hasMessageContaining("is not JSON");
    }
}
