package dev.dynamodesk.cli;

import dev.dynamodesk.connection.AwsConfigFiles;
import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.CredentialSource;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the connection options into the connection to open, the way a user of the app and of the
 * AWS CLI would expect: {@code --profile} names a saved Dynamo Desk connection first, then an AWS
 * profile; {@code local} is the built-in DynamoDB Local; no profile means the AWS default chain.
 * {@code --region}, {@code --endpoint} and {@code --read-only} apply on top of any of them.
 */
final class ConnectionChoice {
    static final String LOCAL = "local";

    private ConnectionChoice() {
    }

    static ConnectionProfile choose(ConnectionOptions options, List<ConnectionProfile> saved, AwsConfigFiles aws) {
        URI endpoint = endpoint(options.endpoint);
        ConnectionProfile chosen;
        if (options.profile == null) {
            chosen = new ConnectionProfile("cli-default", "AWS default chain", region(options, null, aws, endpoint), endpoint,
                    new CredentialSource.DefaultChain(), false, null, null, false);
        } else if (isLocal(options.profile)) {
            chosen = ConnectionProfile.builtInLocal();
        } else {
            Optional<ConnectionProfile> savedOne = saved.stream()
                    .filter(profile -> profile.id().equals(options.profile) || profile.name().equalsIgnoreCase(options.profile))
                    .findFirst();
            if (savedOne.isPresent()) {
                chosen = savedOne.get();
            } else if (aws.profile(options.profile).isPresent()) {
                String profileRegion = aws.profile(options.profile).get().property("region").orElse(null);
                chosen = new ConnectionProfile("cli-aws-" + options.profile, "AWS profile " + options.profile,
                        region(options, profileRegion, aws, endpoint), endpoint,
                        new CredentialSource.NamedProfile(options.profile), false, null, null, false);
            } else {
                throw CliFailure.usage("There is no connection or AWS profile named '" + options.profile
                        + "'. 'dynamodesk profiles' lists them.");
            }
        }
        return override(chosen, options, endpoint);
    }

    static boolean isLocal(String name) {
        return name.equalsIgnoreCase(LOCAL) || name.equals(ConnectionProfile.EMBEDDED_LOCAL_ID)
                || name.equalsIgnoreCase(ConnectionProfile.builtInLocal().name());
    }

    private static ConnectionProfile override(ConnectionProfile profile, ConnectionOptions options, URI endpoint) {
        if (profile.embeddedLocal() && endpoint != null) {
            throw CliFailure.usage("The built-in DynamoDB Local has its own endpoint: leave out --endpoint, "
                    + "or leave out --profile local to use the endpoint with your AWS credentials.");
        }
        return new ConnectionProfile(profile.id(), profile.name(),
                options.region != null ? options.region : profile.region(),
                endpoint != null ? endpoint : profile.endpoint(), profile.credentials(),
                profile.readOnly() || options.readOnly, profile.environment(), profile.colour(), profile.embeddedLocal());
    }

    /** The region as the AWS CLI finds it; an endpoint of one's own (a DynamoDB Local) may do without. */
    private static String region(ConnectionOptions options, String profileRegion, AwsConfigFiles aws, URI endpoint) {
        if (options.region != null) {
            return options.region;
        }
        if (profileRegion != null && !profileRegion.isBlank()) {
            return profileRegion;
        }
        for (String variable : List.of("AWS_REGION", "AWS_DEFAULT_REGION")) {
            String value = aws.environment().get(variable);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        Optional<String> configured = aws.profile(aws.defaultProfileName()).flatMap(profile -> profile.property("region"));
        if (configured.isPresent()) {
            return configured.get();
        }
        if (endpoint != null) {
            return "us-east-1"; // DynamoDB Local needs a region to sign with, not a real one
        }
        throw CliFailure.usage("No region: pass --region, set AWS_REGION, or set a region in ~/.aws/config.");
    }

    private static URI endpoint(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw CliFailure.usage("--endpoint must be a URL like http://localhost:8000, not '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw CliFailure.usage("--endpoint must be a URL like http://localhost:8000, not '" + text + "'");
        }
    }
}
