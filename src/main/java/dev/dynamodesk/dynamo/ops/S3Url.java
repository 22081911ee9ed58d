package dev.dynamodesk.dynamo.ops;

/** An {@code s3://bucket/prefix} location, as DynamoDB's export and import take it. */
public record S3Url(String bucket, String prefix) {
    /** @throws IllegalArgumentException saying what an S3 location looks like */
    public static S3Url parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (!trimmed.startsWith("s3://") || trimmed.length() == "s3://".length()) {
            throw new IllegalArgumentException("'" + text + "' is not an S3 location: write s3://bucket/prefix");
        }
        String rest = trimmed.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : rest.substring(slash + 1);
        while (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        if (bucket.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' names no bucket: write s3://bucket/prefix");
        }
        return new S3Url(bucket, prefix);
    }

    @Override
    public String toString() {
        return "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
    }
}
