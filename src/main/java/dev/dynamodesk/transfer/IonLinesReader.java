package dev.dynamodesk.transfer;

import com.amazon.ion.IonException;
import com.amazon.ion.IonReader;
import com.amazon.ion.IonType;
import com.amazon.ion.system.IonReaderBuilder;
import dev.dynamodesk.item.BinarySetValue;
import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.BoolValue;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ListValue;
import dev.dynamodesk.item.MapValue;
import dev.dynamodesk.item.NullValue;
import dev.dynamodesk.item.NumberSetValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringSetValue;
import dev.dynamodesk.item.StringValue;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data files of a DynamoDB export in Amazon Ion: one item a line, each line an Ion version
 * marker and {@code {Item:{…}}}. Ion's types map to DynamoDB's as AWS documents: string → S,
 * decimal → N (exact: never through a double), bool → BOOL, blob → B, null → NULL, list → L,
 * struct → M, and a list annotated {@code $dynamodb_SS}, {@code $dynamodb_NS} or
 * {@code $dynamodb_BS} → that set. An Ion int is taken as the exact number it is; an Ion float
 * (binary, inexact) and the types DynamoDB has no counterpart for (timestamp, symbol, clob, sexp)
 * fail their line, saying why. A record that imports refused by the server is written to the
 * failed file as DynamoDB JSON, so it imports again. The lines are read as JSON lines are.
 */
public final class IonLinesReader {
    private static final IonReaderBuilder ION = IonReaderBuilder.standard();

    private IonLinesReader() {
    }

    /** The lines of an Ion export's data file, one item each ({@link JsonLinesReader} reads them, this parses each). */
    public static ItemSource open(InputStream in) {
        return JsonLinesReader.lines(in, IonLinesReader::parse, ExportFormat.DYNAMODB_JSON_LINES);
    }

    static ImportLine parse(long number, String text) {
        try (IonReader reader = ION.build(text)) {
            Item item = null;
            while (reader.next() != null) {
                if (item != null) {
                    return ImportLine.failed(number, text, "Not one Ion item: the line holds more than one value");
                }
                item = item(reader);
            }
            if (item == null) {
                return ImportLine.failed(number, text, "Not an Ion item: the line holds no value");
            }
            return ImportLine.read(number, "{\"Item\":" + DynamoJson.write(item, false) + "}", item);
        } catch (IonException | IllegalArgumentException | IOException e) {
            return ImportLine.failed(number, text, "Not a DynamoDB item in Ion: " + e.getMessage());
        }
    }

    /** {@code {Item:{…}}} (a bare struct of attributes is taken too, as for DynamoDB JSON). */
    private static Item item(IonReader reader) {
        if (reader.getType() != IonType.STRUCT || reader.isNullValue()) {
            throw new IllegalArgumentException("a line must hold a struct {Item:{…}}, not " + describe(reader));
        }
        Map<String, DynamoValue> attributes = struct(reader);
        if (attributes.size() == 1 && attributes.get("Item") instanceof MapValue wrapped) {
            attributes = wrapped.entries();
        }
        return new Item(attributes);
    }

    private static Map<String, DynamoValue> struct(IonReader reader) {
        Map<String, DynamoValue> entries = new LinkedHashMap<>();
        reader.stepIn();
        while (reader.next() != null) {
            String name = reader.getFieldName();
            if (entries.put(name, value(reader)) != null) {
                throw new IllegalArgumentException("the attribute " + name + " appears twice");
            }
        }
        reader.stepOut();
        return entries;
    }

    private static DynamoValue value(IonReader reader) {
        String[] annotations = reader.getTypeAnnotations();
        if (annotations.length > 0) {
            return set(reader, annotations[0]);
        }
        if (reader.isNullValue()) {
            return NullValue.INSTANCE;
        }
        return switch (reader.getType()) {
            case STRING -> new StringValue(reader.stringValue());
            case DECIMAL -> number(reader.bigDecimalValue());
            case INT -> NumberValue.of(reader.bigIntegerValue().toString());
            case BOOL -> BoolValue.of(reader.booleanValue());
            case BLOB -> new BinaryValue(reader.newBytes());
            case LIST -> new ListValue(members(reader));
            case STRUCT -> new MapValue(struct(reader));
            default -> throw new IllegalArgumentException(describe(reader) + " has no DynamoDB type"
                    + (reader.getType() == IonType.FLOAT ? " (an Ion float is inexact; DynamoDB exports numbers as decimals)" : ""));
        };
    }

    private static DynamoValue set(IonReader reader, String annotation) {
        if (reader.getType() != IonType.LIST || reader.isNullValue()) {
            throw new IllegalArgumentException(annotation + " must annotate a list, not " + describe(reader));
        }
        List<DynamoValue> members = members(reader);
        return switch (annotation) {
            case "$dynamodb_SS" -> StringSetValue.of(members.stream().map(member -> member instanceof StringValue s ? s.value()
                    : wrongMember(annotation, member)).toList());
            case "$dynamodb_NS" -> NumberSetValue.of(members.stream().map(member -> member instanceof NumberValue n ? n
                    : wrongMember(annotation, member)).toList());
            case "$dynamodb_BS" -> BinarySetValue.of(members.stream().map(member -> member instanceof BinaryValue b ? b
                    : wrongMember(annotation, member)).toList());
            default -> throw new IllegalArgumentException("the annotation " + annotation + " is not one of DynamoDB's sets");
        };
    }

    private static <T> T wrongMember(String annotation, DynamoValue member) {
        throw new IllegalArgumentException("a " + annotation + " holds a " + member.type() + " member");
    }

    private static List<DynamoValue> members(IonReader reader) {
        List<DynamoValue> members = new ArrayList<>();
        reader.stepIn();
        while (reader.next() != null) {
            members.add(value(reader));
        }
        reader.stepOut();
        return members;
    }

    /** The decimal's own digits: 6d2 is 600, 103. is 103, 1.50 keeps its zero; a vast exponent stays one (1E+125). */
    private static NumberValue number(BigDecimal decimal) {
        return NumberValue.of(decimal.scale() < -20 ? decimal.toString() : decimal.toPlainString());
    }

    private static String describe(IonReader reader) {
        return "an Ion " + reader.getType().name().toLowerCase(java.util.Locale.ROOT)
                + (reader.getFieldName() == null ? "" : " (" + reader.getFieldName() + ")");
    }
}
