package dev.dynamodesk.transfer.snippet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.testing.LocalDynamo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every language's snippet, run as printed against DynamoDB Local: Java compiled and run in this
 * JVM; the AWS CLI, Python (boto3) and Node.js (AWS SDK v3, installed with npm) as processes —
 * each skipped, saying why, where the machine lacks the tool.
 */
class SnippetsRunIT {
    @RegisterExtension
    static final LocalDynamo LOCAL = new LocalDynamo();

    @TempDir
    static Path folder;

    private static final String TABLE = "Snips";
    /** Every type, and strings that trip quoting: shell quotes, backslashes, line breaks, emoji, a NUL. */
    private static final String ITEM = """
            {"pk": {"S": "PK"}, "sk": {"S": "it's \\"quoted\\" \\\\ back\\nline \\u0000 tab\\t é 😀"},
             "n": {"N": "12345678901234567890123456789012345678"}, "neg": {"N": "-0.5"},
             "bin": {"B": "AP8A/w=="}, "ok": {"BOOL": true}, "none": {"NULL": true}, "empty": {"S": ""},
             "ss": {"SS": ["a", "b'c"]}, "ns": {"NS": ["1", "2.5"]}, "bs": {"BS": ["AQ==", "/w=="]},
             "map": {"M": {"inner": {"L": [{"S": "x"}, {"N": "7"}, {"M": {}}]}, "status": {"S": "open"}}},
             "list": {"L": []}}
            """;

    @BeforeAll
    static void table() {
        LOCAL.createTable(TABLE, "pk", "sk");
    }

    private static SnippetTarget target() {
        return new SnippetTarget("us-east-1", LOCAL.endpoint(), null);
    }

    private static Item item(String pk, boolean withBinary) throws Exception {
        Item base = DynamoJson.parseItem(ITEM);
        Map<String, dev.dynamodesk.item.DynamoValue> attributes = new java.util.LinkedHashMap<>(base.attributes());
        attributes.put("pk", new StringValue(pk));
        if (!withBinary) {
            attributes.remove("bin");
            attributes.remove("bs");
        }
        return new Item(attributes);
    }

    private static Item stored(Item item) {
        var key = Map.of("pk", AttributeValues.fromValue(item.get("pk")), "sk", AttributeValues.fromValue(item.get("sk")));
        return AttributeValues.toItem(LOCAL.client().getItem(b -> b.tableName(TABLE).key(key)).item());
    }

    /** The same requests in every language: put, get back, query with a filter on a reserved word, a statement. */
    private void runAll(SnippetLanguage language, Runner runner) throws Exception {
        runAll(language, true, runner);
    }

    private void runAll(SnippetLanguage language, boolean withBinary, Runner runner) throws Exception {
        Item item = item("PK-" + language.name(), withBinary);
        runner.run(Snippets.write(new SnippetRequest.PutItem(TABLE, item), language, target()));
        assertThat(stored(item)).as(language + " put the item exactly").isEqualTo(item);

        Item key = new Item(Map.of("pk", item.get("pk"), "sk", item.get("sk")));
        assertThat(runner.run(Snippets.write(new SnippetRequest.GetItem(TABLE, key), language, target())))
                .contains("12345678901234567890123456789012345678");

        SnippetRequest.Read query = new SnippetRequest.Read(TABLE, null, "#pk = :pk", "#m.#status = :open", null,
                Map.of("#pk", "pk", "#m", "map", "#status", "status"),
                Map.of(":pk", item.get("pk"), ":open", new StringValue("open")), true, true);
        assertThat(runner.run(Snippets.write(query, language, target()))).contains("PK-" + language.name());

        SnippetRequest.Statement statement = new SnippetRequest.Statement(
                "SELECT pk, n FROM \"" + TABLE + "\" WHERE pk = ? AND n = ?",
                List.of(item.get("pk"), new NumberValue("12345678901234567890123456789012345678")));
        assertThat(runner.run(Snippets.write(statement, language, target()))).contains("PK-" + language.name());
    }

    @FunctionalInterface
    interface Runner {
        String run(String snippet) throws Exception;
    }

    @Test
    void javaCompilesAndRunsAsPrinted() throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Map<String, String> saved = new HashMap<>();
        for (var property : Map.of("aws.accessKeyId", "snippet", "aws.secretAccessKey", "snippet",
                "software.amazon.awssdk.http.service.impl", "software.amazon.awssdk.http.apache5.Apache5SdkHttpService").entrySet()) {
            saved.put(property.getKey(), System.getProperty(property.getKey()));
            System.setProperty(property.getKey(), property.getValue());
        }
        try {
            runAll(SnippetLanguage.JAVA, snippet -> {
                Path dir = Files.createTempDirectory(folder, "java");
                Path source = Files.writeString(dir.resolve(JavaSnippets.CLASS_NAME + ".java"), snippet);
                ByteArrayOutputStream errors = new ByteArrayOutputStream();
                int compiled = compiler.run(null, null, errors, "-classpath", System.getProperty("java.class.path"),
                        "-d", dir.toString(), source.toString());
                assertThat(compiled).as(errors.toString(StandardCharsets.UTF_8) + "\n" + snippet).isZero();
                try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
                    Method main = loader.loadClass(JavaSnippets.CLASS_NAME).getMethod("main", String[].class);
                    PrintStream original = System.out;
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                    try {
                        main.invoke(null, (Object) new String[0]);
                    } finally {
                        System.setOut(original);
                    }
                    return out.toString(StandardCharsets.UTF_8);
                }
            });
        } finally {
            saved.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
    }

    @Test
    void awsCliCommandsRunAsPrinted() throws Exception {
        assumeTrue(works(List.of("aws", "--version")), "the AWS CLI is not installed here");
        // AWS CLI v1 stores the base64 text of a binary value itself (v2 decodes it, as the snippets
        // say): with v1 the round trip is checked without binary attributes.
        boolean version1 = output(List.of("aws", "--version")).startsWith("aws-cli/1.");
        runAll(SnippetLanguage.AWS_CLI, !version1, snippet -> process(List.of("bash", "-c", snippet), null));
    }

    @Test
    void pythonBoto3ProgramsRunAsPrinted() throws Exception {
        assumeTrue(works(List.of("python3", "-c", "import boto3")), "python3 with boto3 is not installed here");
        runAll(SnippetLanguage.PYTHON, snippet -> {
            Path file = Files.writeString(Files.createTempFile(folder, "snippet", ".py"), snippet);
            return process(List.of("python3", file.toString()), null);
        });
    }

    @Test
    void javaScriptModulesRunAsPrinted() throws Exception {
        assumeTrue(works(List.of("node", "--version")) && works(List.of("npm", "--version")), "Node.js and npm are not installed here");
        Path project = Path.of("target", "snippet-node").toAbsolutePath();
        if (!Files.isDirectory(project.resolve("node_modules/@aws-sdk/client-dynamodb"))) {
            Files.createDirectories(project);
            Files.writeString(project.resolve("package.json"), "{\"name\": \"snippet-check\", \"private\": true}\n");
            assumeTrue(works(List.of("npm", "install", "--no-audit", "--no-fund", "--loglevel=error",
                    "@aws-sdk/client-dynamodb@3.1162.0"), project), "npm could not install @aws-sdk/client-dynamodb");
        }
        runAll(SnippetLanguage.JAVASCRIPT, snippet -> {
            Path file = Files.writeString(Files.createTempFile(project, "snippet", ".mjs"), snippet);
            try {
                return process(List.of("node", file.toString()), project);
            } finally {
                Files.delete(file);
            }
        });
    }

    private static boolean works(List<String> command) {
        return works(command, null);
    }

    private static boolean works(List<String> command, Path directory) {
        try {
            process(command, directory);
            return true;
        } catch (Exception | AssertionError e) {
            return false;
        }
    }

    private static String output(List<String> command) throws Exception {
        return process(command, null);
    }

    /** Runs a command with the keys DynamoDB Local accepts; fails with its output when it fails. */
    private static String process(List<String> command, Path directory) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.environment().put("AWS_ACCESS_KEY_ID", "snippet");
        builder.environment().put("AWS_SECRET_ACCESS_KEY", "snippet");
        builder.environment().remove("AWS_PROFILE");
        builder.environment().put("AWS_CONFIG_FILE", folder.resolve("no-config").toString());
        builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", folder.resolve("no-credentials").toString());
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new AssertionError(command.get(0) + " exited with " + process.exitValue() + ":\n" + text);
        }
        return text;
    }

    @Test
    void theTargetNamesRegionEndpointAndProfile() {
        SnippetTarget aws = new SnippetTarget("eu-west-1", null, "prod");
        SnippetRequest request = new SnippetRequest.GetItem("T", new Item(Map.of("id", new StringValue("1"))));
        assertThat(Snippets.write(request, SnippetLanguage.AWS_CLI, aws)).contains("--region 'eu-west-1'").contains("--profile 'prod'")
                .doesNotContain("--endpoint-url");
        assertThat(Snippets.write(request, SnippetLanguage.PYTHON, aws)).contains("boto3.Session(profile_name=\"prod\")");
        assertThat(Snippets.write(request, SnippetLanguage.JAVA, aws)).contains("ProfileCredentialsProvider.create(\"prod\")");
        assertThat(Snippets.write(request, SnippetLanguage.JAVASCRIPT, aws)).contains("profile: \"prod\"")
                .doesNotContain("endpoint:");
        assertThat(URI.create("http://x")).isNotNull();
    }
}
