package dev.dynamodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.testing.Backend;
import dev.dynamodesk.testing.RandomTables;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code describe} on moto (standing in for AWS) after the test's own client turned on PITR, TTL, a
 * stream, deletion protection, tags, a backup and a policy: each shown as set; on DynamoDB Local,
 * what it lacks says so in Local's words.
 */
class DescribeOperationsIT {
    @TempDir
    static Path home;

    @Test
    void describeShowsEveryOperationalSettingTheEndpointAnswers() throws Exception {
        try (Backend moto = Backend.start(Backend.Kind.MOTO)) {
            DynamoDbClient client = moto.client();
            RandomTables.create(client, "Described");
            String arn = client.describeTable(b -> b.tableName("Described")).table().tableArn();
            client.updateContinuousBackups(b -> b.tableName("Described").pointInTimeRecoverySpecification(p -> p
                    .pointInTimeRecoveryEnabled(true).recoveryPeriodInDays(9)));
            client.updateTimeToLive(b -> b.tableName("Described").timeToLiveSpecification(t -> t.attributeName("expiresAt").enabled(true)));
            client.updateTable(b -> b.tableName("Described").deletionProtectionEnabled(true)
                    .streamSpecification(s -> s.streamEnabled(true).streamViewType("NEW_IMAGE")));
            client.tagResource(b -> b.resourceArn(arn).tags(t -> t.key("team").value("payments")));
            client.createBackup(b -> b.tableName("Described").backupName("nightly"));
            client.putResourcePolicy(b -> b.resourceArn(arn).policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
                    + "\"Principal\":\"*\",\"Action\":\"dynamodb:DeleteTable\",\"Resource\":\"" + arn + "\"}]}"));

            String out = run("describe", "Described", "--endpoint", moto.endpoint().toString(), "--region", "us-east-1");
            assertThat(out).containsPattern("Stream +NEW_IMAGE \\(arn:aws:dynamodb:")
                    .containsPattern("Time to live +ENABLED on expiresAt")
                    .containsPattern("Point-in-time recovery +ENABLED, 9 days; restorable from ")
                    .containsPattern("Backups +1 backup; latest nightly, ")
                    .containsPattern("Deletion protection +ENABLED")
                    .containsPattern("Resource policy +present \\(revision ")
                    .containsPattern("Tags +team=payments")
                    .containsPattern("Contributor insights +not available \\(");
        }
    }

    @Test
    void onDynamoDbLocalWhatItLacksSaysSoInItsOwnWords() throws Exception {
        try (Backend local = Backend.start(Backend.Kind.DYNAMODB_LOCAL)) {
            RandomTables.create(local.client(), "Described");
            String out = run("describe", "Described", "--endpoint", local.endpoint().toString(), "--region", "us-east-1");
            assertThat(out).containsPattern("Stream +DISABLED")
                    .containsPattern("Time to live +DISABLED")
                    .containsPattern("Tags +not available \\(Tagging is not currently supported in DynamoDB Local.\\)")
                    .containsPattern("Backups +not available \\(An unknown operation was requested.\\)");
        }
    }

    private static String run(String... args) {
        CliRun run = CliRun.of(home, args);
        assertThat(run.code()).as(run.err()).isZero();
        return run.out();
    }
}
