package dev.dynamodesk.transfer.snippet;

/** The languages a snippet is written in. */
public enum SnippetLanguage {
    AWS_CLI("AWS CLI"),
    JAVA("Java (AWS SDK v2)"),
    PYTHON("Python (boto3)"),
    JAVASCRIPT("JavaScript (AWS SDK v3)");

    private final String label;

    SnippetLanguage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
