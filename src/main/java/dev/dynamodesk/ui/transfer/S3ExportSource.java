package dev.dynamodesk.ui.transfer;

import dev.dynamodesk.dynamo.ops.S3ExportStore;
import dev.dynamodesk.dynamo.ops.S3Url;

/**
 * A DynamoDB export to S3 that the window imports straight from S3, read with the credentials of
 * the connection named {@code through} (production's, say, while the items go into DynamoDB Local).
 */
record S3ExportSource(S3Url url, String through, dev.dynamodesk.dynamo.ops.S3Access s3) {
    /** The export's files; closing the store closes its client. */
    S3ExportStore open() {
        return s3.open(url);
    }

    /** A connection able to read S3, as the import dialog offers it. */
    record Reader(String name, dev.dynamodesk.dynamo.ops.S3Access s3) {
        @Override
        public String toString() {
            return name;
        }
    }
}
