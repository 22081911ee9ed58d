package dev.dynamodesk.transfer.snippet;

/**
 * Writes a request as code that runs as printed: a shell command for the AWS CLI, a complete
 * program for Java, Python and JavaScript (Node.js, ES module), with the values typed exactly
 * (numbers as strings, binary decoded from base64, sets as sets).
 */
public final class Snippets {
    private Snippets() {
    }

    public static String write(SnippetRequest request, SnippetLanguage language, SnippetTarget target) {
        return switch (language) {
            case AWS_CLI -> AwsCliSnippets.write(request, target);
            case JAVA -> JavaSnippets.write(request, target);
            case PYTHON -> PythonSnippets.write(request, target);
            case JAVASCRIPT -> JavaScriptSnippets.write(request, target);
        };
    }
}
