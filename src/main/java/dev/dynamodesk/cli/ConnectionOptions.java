package dev.dynamodesk.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The options every command that talks to DynamoDB takes, before or after the command's name. */
final class ConnectionOptions {
    @Option(names = "--profile", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "A Dynamo Desk connection, an AWS profile from ~/.aws, or 'local' for the built-in "
                    + "DynamoDB Local. Default: the AWS default chain (AWS_PROFILE, environment, ~/.aws...).")
    String profile;

    @Option(names = "--region", paramLabel = "REGION", scope = ScopeType.INHERIT,
            description = "AWS region, e.g. eu-west-1 (default: the profile's, AWS_REGION, ~/.aws/config).")
    String region;

    @Option(names = "--endpoint", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "Endpoint URL, e.g. http://localhost:8000 for a DynamoDB Local.")
    String endpoint;

    @Option(names = "--read-only", scope = ScopeType.INHERIT,
            description = "Refuse every write, whatever the connection allows.")
    boolean readOnly;
}
