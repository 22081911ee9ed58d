package dev.dynamodesk.transfer.snippet;

import java.net.URI;

/**
 * Where a snippet connects: the region always, the endpoint when it is not AWS's own (DynamoDB
 * Local), the AWS profile when the connection uses a named one. Credentials are never written:
 * the snippet finds them the way the SDK does.
 */
public record SnippetTarget(String region, URI endpoint, String profile) {
}
