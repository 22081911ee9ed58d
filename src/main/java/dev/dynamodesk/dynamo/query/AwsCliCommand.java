package dev.dynamodesk.dynamo.query;

import dev.dynamodesk.transfer.snippet.SnippetLanguage;
import dev.dynamodesk.transfer.snippet.SnippetTarget;
import dev.dynamodesk.transfer.snippet.Snippets;
import java.net.URI;

/**
 * The AWS CLI command that runs the same Scan or Query, quoted for a POSIX shell so it can be
 * pasted as it is: names and values stay placeholders, values are DynamoDB JSON.
 */
public final class AwsCliCommand {
    private AwsCliCommand() {
    }

    /** {@code endpoint} and {@code region} are added when not null (DynamoDB Local needs both). */
    public static String of(QueryPlan plan, URI endpoint, String region) {
        return Snippets.write(SnippetRequests.of(plan), SnippetLanguage.AWS_CLI, new SnippetTarget(region, endpoint, null));
    }
}
