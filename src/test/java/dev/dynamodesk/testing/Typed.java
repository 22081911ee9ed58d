package dev.dynamodesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A DynamoDB value in a form that compares by value, built without any of the app's code: from
 * the SDK's {@link AttributeValue} or from DynamoDB JSON read by Jackson. Numbers are exact
 * decimals compared by value ({@code 1.50} equals {@code 1.5}), binary is bytes (as hex), sets are
 * sets. The reference side of the differential tests.
 */
public record Typed(String type, Object value) {
    public static Typed of(AttributeValue value) {
        return switch (value.type()) {
            case S -> new Typed("S", value.s());
            case N -> new Typed("N", number(value.n()));
            case B -> new Typed("B", hex(value.b()));
            case BOOL -> new Typed("BOOL", value.bool());
            case NUL -> new Typed("NULL", Boolean.TRUE);
            case M -> {
                Map<String, Typed> map = new TreeMap<>();
                value.m().forEach((name, member) -> map.put(name, of(member)));
                yield new Typed("M", map);
            }
            case L -> new Typed("L", value.l().stream().map(Typed::of).toList());
            case SS -> new Typed("SS", new TreeSet<>(value.ss()));
            case NS -> new Typed("NS", value.ns().stream().map(Typed::number).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
            case BS -> new Typed("BS", value.bs().stream().map(Typed::hex).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
            default -> throw new IllegalArgumentException("Unknown type " + value.type());
        };
    }

    public static Map<String, Typed> item(Map<String, AttributeValue> item) {
        Map<String, Typed> typed = new TreeMap<>();
        item.forEach((name, value) -> typed.put(name, of(value)));
        return typed;
    }

    /** A typed value of DynamoDB JSON ({@code {"N": "1"}}), read from Jackson's tree. */
    public static Typed ofDynamoJson(JsonNode node) {
        if (!node.isObject() || node.size() != 1) {
            throw new IllegalArgumentException("Not a DynamoDB JSON value: " + node);
        }
        Map.Entry<String, JsonNode> only = node.fields().next();
        JsonNode inner = only.getValue();
        return switch (only.getKey()) {
            case "S" -> new Typed("S", text(inner));
            case "N" -> new Typed("N", number(text(inner)));
            case "B" -> new Typed("B", HexFormat.of().formatHex(Base64.getDecoder().decode(text(inner))));
            case "BOOL" -> new Typed("BOOL", inner.booleanValue());
            case "NULL" -> new Typed("NULL", Boolean.TRUE);
            case "M" -> new Typed("M", dynamoJsonItem(inner));
            case "L" -> {
                List<Typed> list = new ArrayList<>();
                inner.forEach(member -> list.add(ofDynamoJson(member)));
                yield new Typed("L", list);
            }
            case "SS" -> new Typed("SS", strings(inner, false));
            case "NS" -> new Typed("NS", numbers(inner));
            case "BS" -> new Typed("BS", strings(inner, true));
            default -> throw new IllegalArgumentException("Unknown type " + only.getKey());
        };
    }

    public static Map<String, Typed> dynamoJsonItem(JsonNode object) {
        Map<String, Typed> typed = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            typed.put(field.getKey(), ofDynamoJson(field.getValue()));
        }
        return typed;
    }

    private static String text(JsonNode node) {
        if (!node.isTextual()) {
            throw new IllegalArgumentException("Expected text: " + node);
        }
        return node.textValue();
    }

    private static Set<String> strings(JsonNode array, boolean base64) {
        Set<String> set = new TreeSet<>();
        array.forEach(member -> {
            String value = base64 ? HexFormat.of().formatHex(Base64.getDecoder().decode(text(member))) : text(member);
            if (!set.add(value)) {
                throw new IllegalArgumentException("Duplicate set member " + value);
            }
        });
        return set;
    }

    private static Set<BigDecimal> numbers(JsonNode array) {
        Set<BigDecimal> set = new TreeSet<>();
        array.forEach(member -> {
            if (!set.add(number(text(member)))) {
                throw new IllegalArgumentException("Duplicate set member " + member);
            }
        });
        return set;
    }

    /** A number by value: 1.50, 1.5 and 15E-1 are the same. */
    public static BigDecimal number(String text) {
        BigDecimal value = new BigDecimal(text).stripTrailingZeros();
        return value.signum() == 0 ? BigDecimal.ZERO : value;
    }

    private static String hex(SdkBytes bytes) {
        return HexFormat.of().formatHex(bytes.asByteArray());
    }

    /**
     * The value as plain JSON shows it (what the JSON and CSV exports keep): numbers by value,
     * binary as its base64 text, sets as sets (an array in the file, compared without order),
     * NULL as null.
     */
    public Object plain() {
        return switch (type) {
            case "S", "BOOL" -> value;
            case "N" -> value;
            case "B" -> Base64.getEncoder().encodeToString(HexFormat.of().parseHex((String) value));
            case "NULL" -> PlainNull.NULL;
            case "M" -> {
                Map<String, Object> map = new TreeMap<>();
                ((Map<?, ?>) value).forEach((name, member) -> map.put((String) name, ((Typed) member).plain()));
                yield map;
            }
            case "L" -> ((List<?>) value).stream().map(member -> ((Typed) member).plain()).toList();
            case "SS", "NS" -> Set.copyOf((Set<?>) value);
            case "BS" -> ((Set<?>) value).stream()
                    .map(member -> Base64.getEncoder().encodeToString(HexFormat.of().parseHex((String) member)))
                    .collect(java.util.stream.Collectors.toSet());
            default -> throw new IllegalStateException(type);
        };
    }

    /** JSON null in a plain view. */
    public enum PlainNull { NULL }

    /** A plain JSON value from Jackson's tree: objects, arrays, exact numbers, text, booleans, null. */
    public static Object ofPlainJson(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new TreeMap<>();
            node.fields().forEachRemaining(field -> map.put(field.getKey(), ofPlainJson(field.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(member -> list.add(ofPlainJson(member)));
            return list;
        }
        if (node.isNumber()) {
            return number(node.decimalValue().toString());
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNull()) {
            return PlainNull.NULL;
        }
        throw new IllegalArgumentException("Unexpected JSON " + node);
    }

    /** Whether a plain value read from a file matches the reference's plain view (a set matches an array holding its members). */
    public static boolean plainMatches(Object reference, Object read) {
        if (reference instanceof Set<?> set) {
            java.util.Collection<?> members = read instanceof List<?> list ? list : read instanceof Set<?> other ? other : null;
            return members != null && members.size() == set.size()
                    && set.stream().allMatch(member -> members.stream().anyMatch(other -> plainMatches(member, other)));
        }
        if (reference instanceof Map<?, ?> map) {
            return read instanceof Map<?, ?> other && map.keySet().equals(other.keySet())
                    && map.keySet().stream().allMatch(name -> plainMatches(map.get(name), other.get(name)));
        }
        if (reference instanceof List<?> list) {
            if (!(read instanceof List<?> other) || other.size() != list.size()) {
                return false;
            }
            for (int i = 0; i < list.size(); i++) {
                if (!plainMatches(list.get(i), other.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return reference.equals(read);
    }

    @Override
    public String toString() {
        return type + ":" + value;
    }

    /**
     * An item's shape: every path (a.b, l[0]) with its type, values left out. A set's size is not
     * part of it, since members equal after a transformer merge.
     */
    public static Map<String, String> shape(Map<String, Typed> item) {
        Map<String, String> shape = new TreeMap<>();
        item.forEach((name, value) -> shape(name, value, shape));
        return shape;
    }

    private static void shape(String path, Typed value, Map<String, String> shape) {
        shape.put(path, value.type());
        if (value.type().equals("M")) {
            ((Map<?, ?>) value.value()).forEach((name, member) -> shape(path + "." + name, (Typed) member, shape));
        } else if (value.type().equals("L")) {
            List<?> list = (List<?>) value.value();
            for (int i = 0; i < list.size(); i++) {
                shape(path + "[" + i + "]", (Typed) list.get(i), shape);
            }
        }
    }
}
