package dev.dynamodesk.dynamo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Writes an SDK request as the JSON DynamoDB's API receives, with its field names ("TableName",
 * "KeySchema"...), read from the request object itself, so what the dialog shows is exactly what
 * is sent. The same JSON works as {@code aws dynamodb <operation> --cli-input-json}.
 */
public final class RequestJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RequestJson() {
    }

    public static String render(SdkPojo request) {
        try {
            return JSON.writeValueAsString(tree(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Plain maps and lists always serialise", e);
        }
    }

    static Map<String, Object> tree(SdkPojo pojo) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value == null || isAbsentCollection(value)) {
                continue;
            }
            fields.put(field.locationName(), plain(value));
        }
        return fields;
    }

    private static boolean isAbsentCollection(Object value) {
        // The SDK uses "auto construct" empty lists and maps for fields that were never set.
        return value instanceof SdkAutoConstructList<?> || value instanceof SdkAutoConstructMap<?, ?>;
    }

    private static Object plain(Object value) {
        if (value instanceof SdkPojo pojo) {
            return tree(pojo);
        }
        if (value instanceof Collection<?> collection) {
            List<Object> list = new ArrayList<>();
            collection.forEach(element -> list.add(plain(element)));
            return list;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((key, element) -> out.put(String.valueOf(key), plain(element)));
            return out;
        }
        if (value instanceof SdkBytes bytes) {
            return Base64.getEncoder().encodeToString(bytes.asByteArray());
        }
        if (value instanceof Boolean || value instanceof Number || value instanceof String) {
            return value;
        }
        return value.toString();
    }
}
