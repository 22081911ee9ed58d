package dev.dynamodesk.dynamo.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A resource-based policy as text: checked before it is sent (JSON, an object with a Version and
 * at least one Statement with an Effect, at most 20 KB counting whitespace, as DynamoDB counts),
 * shown indented, and compared by meaning rather than by spacing.
 */
public final class PolicyText {
    /** DynamoDB's limit on a policy document, whitespace included. */
    public static final int MAX_BYTES = 20 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyText() {
    }

    /** What is wrong with {@code text} as a policy, in a sentence; empty when nothing is. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("The policy is empty");
        }
        int bytes = text.strip().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return Optional.of(String.format("The policy is %,d bytes; DynamoDB takes at most %,d (whitespace counts)", bytes, MAX_BYTES));
        }
        JsonNode policy;
        try {
            policy = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return Optional.of("Not JSON: " + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        }
        if (policy == null || !policy.isObject()) {
            return Optional.of("A policy is a JSON object");
        }
        if (!policy.path("Version").isTextual()) {
            return Optional.of("The policy has no \"Version\" (write \"2012-10-17\")");
        }
        JsonNode statements = policy.path("Statement");
        if (statements.isObject()) {
            statements = JSON.createArrayNode().add(statements);
        }
        if (!statements.isArray() || statements.isEmpty()) {
            return Optional.of("The policy has no \"Statement\"");
        }
        for (int i = 0; i < statements.size(); i++) {
            String effect = statements.get(i).path("Effect").asText("");
            if (!effect.equals("Allow") && !effect.equals("Deny")) {
                return Optional.of("Statement " + (i + 1) + " has no \"Effect\" of Allow or Deny");
            }
            if (statements.get(i).path("Action").isMissingNode() && statements.get(i).path("NotAction").isMissingNode()) {
                return Optional.of("Statement " + (i + 1) + " names no \"Action\"");
            }
        }
        return Optional.empty();
    }

    /** The same policy, indented for reading (as it was when it is not JSON). */
    public static String pretty(String json) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    /** Whether two texts are the same policy, whatever their spacing. */
    public static boolean sameAs(String one, String other) {
        try {
            return JSON.readTree(one).equals(JSON.readTree(other));
        } catch (JsonProcessingException e) {
            return one.strip().equals(other.strip());
        }
    }

    /**
     * What changes from {@code before} to {@code after}, line by line of their indented forms: "- "
     * a line taken out, "+ " a line put in, "  " a line kept (the longest common run of lines kept).
     */
    public static java.util.List<String> diff(String before, String after) {
        String[] old = before == null || before.isBlank() ? new String[0] : pretty(before).split("\n");
        String[] now = after == null || after.isBlank() ? new String[0] : pretty(after).split("\n");
        int[][] common = new int[old.length + 1][now.length + 1];
        for (int i = old.length - 1; i >= 0; i--) {
            for (int j = now.length - 1; j >= 0; j--) {
                common[i][j] = old[i].equals(now[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        java.util.List<String> lines = new java.util.ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < old.length || j < now.length) {
            if (i < old.length && j < now.length && old[i].equals(now[j])) {
                lines.add("  " + old[i++]);
                j++;
            } else if (i < old.length && (j == now.length || common[i + 1][j] >= common[i][j + 1])) {
                lines.add("- " + old[i++]); // what goes out before what comes in, as diff shows it
            } else {
                lines.add("+ " + now[j++]);
            }
        }
        return lines;
    }

    /** A starting point for a new policy: read access for one account, to be edited. */
    public static String template(String tableArn) {
        return "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Sid\": \"ReadFromAnotherAccount\",\n"
                + "      \"Effect\": \"Allow\",\n      \"Principal\": { \"AWS\": \"arn:aws:iam::111122223333:root\" },\n"
                + "      \"Action\": [\"dynamodb:GetItem\", \"dynamodb:Query\"],\n      \"Resource\": \"" + tableArn + "\"\n    }\n  ]\n}";
    }
}
