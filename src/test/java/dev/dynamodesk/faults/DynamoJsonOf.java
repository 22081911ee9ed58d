package dev.dynamodesk.faults;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An SDK item as DynamoDB JSON (maps and lists for Jackson), written here without the app's code. */
final class DynamoJsonOf {
    private DynamoJsonOf() {
    }

    static Map<String, Object> item(Map<String, AttributeValue> item) {
        Map<String, Object> json = new LinkedHashMap<>();
        item.forEach((name, value) -> json.put(name, value(value)));
        return json;
    }

    static Map<String, Object> value(AttributeValue value) {
        Object inner = switch (value.type()) {
            case S -> value.s();
            case N -> value.n();
            case B -> Base64.getEncoder().encodeToString(value.b().asByteArray());
            case BOOL -> value.bool();
            case NUL -> true;
            case M -> item(value.m());
            case L -> {
                List<Object> list = new ArrayList<>();
                value.l().forEach(member -> list.add(value(member)));
                yield list;
            }
            case SS -> value.ss();
            case NS -> value.ns();
            case BS -> value.bs().stream().map(bytes -> Base64.getEncoder().encodeToString(bytes.asByteArray())).toList();
            default -> throw new IllegalArgumentException(value.type().toString());
        };
        return Map.of(value.type() == AttributeValue.Type.NUL ? "NULL" : value.type().name(), inner);
    }
}
