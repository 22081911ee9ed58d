package dev.dynamodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynamodesk.testing.Backend;
import dev.dynamodesk.testing.IonJs;
import dev.dynamodesk.testing.RandomTables;
import dev.dynamodesk.testing.ReferenceReader;
import dev.dynamodesk.testing.SameItems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An export in Amazon Ion as DynamoDB writes one (AWS's documented layout and type mapping), made
 * by references that share no code with the app: the SDK's scan paginator reads a table of every
 * type, this test writes it as DynamoDB JSON, and Amazon's ion-js (npm) turns that into Ion lines.
 * {@code dynamodesk import FOLDER} (ion-java inside) puts it into a new table: the same items, by
 * value, as the SDK's scan of the source.
 */
class IonExportImportIT {
    @TempDir
    static Path home;

    @Test
    void anIonExportImportsWithEveryTypeAndNumberExact() throws Exception {
        try (Backend local = Backend.start(Backend.Kind.DYNAMODB_LOCAL)) {
            RandomTables.create(local.client(), "Source");
            RandomTables.load(local.client(), "Source", 400, 9);
            Path json = home.resolve("source.jsonl");
            List<String> lines = new ArrayList<>();
            local.client().scanPaginator(b -> b.tableName("Source")).items().forEach(item -> lines.add(
                    JsonNodeFactory.instance.objectNode().set("Item", itemJson(item)).toString()));
            Files.write(json, lines);
            Path ion = home.resolve("source.ion");
            IonJs.dynamoJsonToIon(json, ion);
            assertThat(Files.readAllLines(ion).get(0)).startsWith("$ion_1_0 {Item:{");
            assertThat(Files.readString(ion)).contains("$dynamodb_SS::[", "$dynamodb_NS::[", "$dynamodb_BS::[{{", "null", "[]");

            Path root = Files.createDirectories(home.resolve("export/AWSDynamoDB/01764480000000-0ab1c2d3/data"));
            try (var gz = new GZIPOutputStream(Files.newOutputStream(root.resolve("f3k5a7b9c1.ion.gz")))) {
                Files.copy(ion, gz);
            }
            Path exportRoot = root.getParent();
            Files.writeString(exportRoot.resolve("manifest-files.json"), "{\"itemCount\":" + lines.size() + ",\"md5Checksum\":\"x\","
                    + "\"etag\":\"y\",\"dataFileS3Key\":\"p/AWSDynamoDB/01764480000000-0ab1c2d3/data/f3k5a7b9c1.ion.gz\"}\n");
            Files.writeString(exportRoot.resolve("manifest-summary.json"), "{\"version\":\"2020-06-30\",\"itemCount\":" + lines.size()
                    + ",\"outputFormat\":\"ION\",\"manifestFilesS3Key\":\"p/AWSDynamoDB/01764480000000-0ab1c2d3/manifest-files.json\"}");

            CliRun imported = CliRun.of(home, "import", home.resolve("export").toString(), "--table", "FromIon", "--create-table",
                    "pk:S,sk:N", "--endpoint", local.endpoint().toString(), "--region", "us-east-1", "--yes");
            assertThat(imported.code()).as(imported.err()).isZero();
            assertThat(imported.err()).contains(String.format("1 data files in Amazon Ion, %,d items by its manifest", lines.size()));
            SameItems.assertSame("the Ion export, imported", ReferenceReader.scan(local.client(), "Source"),
                    ReferenceReader.scan(local.client(), "FromIon"), RandomTables.KEYS);
        }
    }

    /** DynamoDB JSON of the SDK's own values, written here (not by the app). */
    private static JsonNode itemJson(Map<String, AttributeValue> item) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        item.forEach((name, value) -> object.set(name, valueJson(value)));
        return object;
    }

    private static JsonNode valueJson(AttributeValue value) {
        ObjectNode typed = JsonNodeFactory.instance.objectNode();
        switch (value.type()) {
            case S -> typed.put("S", value.s());
            case N -> typed.put("N", value.n());
            case B -> typed.put("B", Base64.getEncoder().encodeToString(value.b().asByteArray()));
            case BOOL -> typed.put("BOOL", value.bool());
            case NUL -> typed.put("NULL", true);
            case SS -> value.ss().forEach(typed.putArray("SS")::add);
            case NS -> value.ns().forEach(typed.putArray("NS")::add);
            case BS -> value.bs().forEach(bytes -> typed.withArray("BS").add(Base64.getEncoder().encodeToString(bytes.asByteArray())));
            case L -> {
                var elements = typed.putArray("L"); // an empty list too
                value.l().forEach(element -> elements.add(valueJson(element)));
            }
            case M -> typed.set("M", itemJson(value.m()));
            default -> throw new IllegalArgumentException("unknown type " + value.type());
        }
        return typed;
    }
}
