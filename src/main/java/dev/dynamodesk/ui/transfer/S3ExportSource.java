package dev.dynamodesk.ui.transfer;

import dev.dynamodesk.dynamo.ops.S3ExportStore;
import dev.dynamodesk.dynamo.ops.S3Url;
import java.util.function.Supplier;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A DynamoDB export to S3 that the window imports straight from S3, read with the credentials of
 * the connection named {@code through} (production's, say, while the items go into DynamoDB Local).
 */
record S3ExportSource(S3Url url, String through, Supplier<S3Client> s3) {
    /** The export's files; closing the store closes its client. */
    S3ExportStore open() {
        return new S3ExportStore(s3.get(), url);
    }

    /** A connection able to read S3, as the import dialog offers it. */
    record Reader(String name, Supplier<S3Client> s3) {
        @Override
        public String toString() {
            return name;
        }
    }
}
