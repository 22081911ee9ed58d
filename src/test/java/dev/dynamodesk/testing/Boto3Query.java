package dev.dynamodesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Queries run by boto3 (Python's AWS SDK): its own key condition builder and its own paging, so
 * the reference shares none of our code. Each case's items come back in the server's order, or
 * the server's error text.
 */
public final class Boto3Query {
    /** One query: the index, its terms ({@code ["a", "eq", "x"]}, numbers as {@code {"N": "2.50"}}), the order. */
    public record Case(String name, String index, List<List<Object>> terms, boolean forward) {
    }

    /** A case's answer: the items in order, or the error (then items is empty). */
    public record Answer(List<Map<String, Typed>> items, String error) {
    }

    private Boto3Query() {
    }

    public static Map<String, Answer> run(URI endpoint, String table, List<Case> cases) throws IOException, InterruptedException {
        Path script = Files.createTempFile("boto3_query", ".py");
        try (InputStream resource = Boto3Query.class.getResourceAsStream("boto3_query.py")) {
            Files.write(script, resource.readAllBytes());
        }
        List<Map<String, Object>> json = new ArrayList<>();
        for (Case c : cases) {
            json.add(Map.of("name", c.name(), "index", c.index(), "terms", c.terms(), "forward", c.forward()));
        }
        Process python = new ProcessBuilder("python3", script.toString(), endpoint.toString(), table).start();
        python.getOutputStream().write(ReferenceReader.JSON.writeValueAsBytes(json));
        python.getOutputStream().close();
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(python.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!python.waitFor(120, TimeUnit.SECONDS) || python.exitValue() != 0) {
            throw new AssertionError("boto3 failed: " + err + out);
        }
        Files.deleteIfExists(script);
        Map<String, Answer> answers = new LinkedHashMap<>();
        String current = null;
        List<Map<String, Typed>> items = null;
        for (String line : out.split("\n")) {
            if (line.startsWith("#case ")) {
                current = line.substring(6);
                items = new ArrayList<>();
                answers.put(current, new Answer(items, null));
            } else if (line.startsWith("#error ")) {
                String rest = line.substring(7);
                int space = rest.indexOf(' ');
                answers.put(rest.substring(0, space), new Answer(List.of(), rest.substring(space + 1)));
                current = null;
            } else if (!line.isBlank() && items != null && current != null) {
                JsonNode item = ReferenceReader.JSON.readTree(line);
                items.add(Typed.dynamoJsonItem(item));
            }
        }
        return answers;
    }

    /** Whether python3 with boto3 is here (the reference is skipped, saying so, where it is not). */
    public static boolean available() {
        try {
            Process probe = new ProcessBuilder("python3", "-c", "import boto3").redirectErrorStream(true).start();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
