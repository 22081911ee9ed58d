package dev.dynamodesk.dynamo.ops;

/**
 * How a connection reads S3 (its credentials and S3 endpoint): opens an export's store there. The
 * window holds one per connected connection without touching the SDK itself.
 */
@FunctionalInterface
public interface S3Access {
    /** The export (or the prefix holding one) at {@code url}; closing the store closes its client. */
    S3ExportStore open(S3Url url);
}
