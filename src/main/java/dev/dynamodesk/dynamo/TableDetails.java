package dev.dynamodesk.dynamo;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the info pane shows about a table. Facts that come from a separate call the endpoint
 * may not support (DynamoDB Local lacks some) are a {@link Fact}: a value or why there is none.
 */
public record TableDetails(
        TableInfo info,
        Map<String, String> attributeDefinitions,
        List<IndexDetails> indexes,
        String status,
        String arn,
        Instant created,
        String billingMode,
        Long readCapacity,
        Long writeCapacity,
        long itemCount,
        long sizeBytes,
        Fact<String> tableClass,
        Fact<String> stream,
        Fact<String> timeToLive,
        Fact<String> pointInTimeRecovery,
        Fact<Boolean> deletionProtection,
        Fact<Map<String, String>> tags) {

    /** A fact, or the reason it is not available ("not supported by this endpoint"). */
    public record Fact<T>(T value, String unavailable) {
        public static <T> Fact<T> of(T value) {
            return new Fact<>(value, null);
        }

        public static <T> Fact<T> notAvailable(String why) {
            return new Fact<>(null, why);
        }

        public boolean available() {
            return unavailable == null;
        }

        /**
         * Asks with a call an endpoint may not offer: a refusal (or no answer) becomes "not
         * available" in the endpoint's own words, never an error.
         */
        public static <T> Fact<T> ask(java.util.function.Supplier<T> call) {
            try {
                return of(call.get());
            } catch (software.amazon.awssdk.awscore.exception.AwsServiceException e) {
                String why = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
                if (why == null || why.isBlank()) {
                    String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
                    why = "the endpoint answered HTTP " + e.statusCode() + (code == null || code.isBlank() ? "" : " " + code)
                            + " without a message (perhaps it does not offer this call)";
                }
                return notAvailable(why);
            } catch (software.amazon.awssdk.core.exception.SdkClientException e) {
                return notAvailable(ErrorMessages.summary(e));
            }
        }
    }

    /** The index's key schema, every attribute of a multi-attribute key in order. */
    public IndexInfo schemaOf(IndexDetails index) {
        return info.index(index.name()).orElse(new IndexInfo(index.name(), index.global(), index.partitionKey(), index.sortKey()));
    }

    /** A GSI or LSI with its keys, projection and, for a GSI, its own status and capacity. */
    public record IndexDetails(String name, boolean global, KeyAttribute partitionKey, KeyAttribute sortKey,
                               String projection, List<String> projectedAttributes, String status,
                               Long readCapacity, Long writeCapacity, long itemCount) {
    }
}
