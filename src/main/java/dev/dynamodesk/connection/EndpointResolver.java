package dev.dynamodesk.connection;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Which endpoint a connection really uses, by the AWS SDKs' rules for configured endpoints:
 * an endpoint set on the connection; unless configured endpoints are ignored
 * ({@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS} or the profile's
 * {@code ignore_configured_endpoint_urls}), {@code AWS_ENDPOINT_URL_DYNAMODB}, then
 * {@code AWS_ENDPOINT_URL}, then {@code endpoint_url} under {@code dynamodb} in the profile's
 * {@code services} section, then the profile's own {@code endpoint_url}; otherwise AWS's
 * regional endpoint.
 */
public final class EndpointResolver {

    /** The endpoint ({@code null} for AWS's own) and where it came from, in words. */
    public record Resolved(URI endpoint, String source) {
        public boolean isAws() {
            return endpoint == null;
        }

        public String label(String region) {
            return endpoint != null ? endpoint.toString() : awsEndpoint(region);
        }
    }

    private EndpointResolver() {
    }

    /**
     * @param explicit the connection's own endpoint, or null
     * @param environment the process environment
     * @param file the user's AWS files, merged
     * @param profileName the profile whose settings apply
     */
    public static Resolved resolve(URI explicit, Map<String, String> environment, ProfileFile file, String profileName) {
        return resolve("dynamodb", explicit, environment, file, profileName);
    }

    /**
     * The same rules for another service (STS, for assuming roles): {@code AWS_ENDPOINT_URL_<SERVICE>}
     * and the {@code <service>} key of the services section.
     */
    public static Resolved resolve(String service, URI explicit, Map<String, String> environment, ProfileFile file,
                                   String profileName) {
        if (explicit != null) {
            return new Resolved(explicit, "set in this connection");
        }
        Optional<Profile> profile = file.profile(profileName);
        if (!ignoreConfigured(environment, profile)) {
            Optional<Resolved> configured = fromEnvironment(environment, "AWS_ENDPOINT_URL_" + service.toUpperCase(java.util.Locale.ROOT))
                    .or(() -> fromEnvironment(environment, "AWS_ENDPOINT_URL"))
                    .or(() -> profile.flatMap(p -> fromServices(file, p, service)))
                    .or(() -> profile.flatMap(p -> p.property("endpoint_url")).filter(s -> !s.isBlank())
                            .map(url -> new Resolved(uri(url, "endpoint_url of profile " + profileName),
                                    "endpoint_url of profile " + profileName)));
            if (configured.isPresent()) {
                return configured.get();
            }
        }
        return new Resolved(null, "AWS's regional endpoint");
    }

    private static boolean ignoreConfigured(Map<String, String> environment, Optional<Profile> profile) {
        String variable = environment.get("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS");
        if (variable != null && !variable.isBlank()) {
            return Boolean.parseBoolean(variable.strip());
        }
        return profile.flatMap(p -> p.property("ignore_configured_endpoint_urls"))
                .map(value -> Boolean.parseBoolean(value.strip()))
                .orElse(false);
    }

    private static Optional<Resolved> fromEnvironment(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Resolved(uri(value, name), name));
    }

    private static Optional<Resolved> fromServices(ProfileFile file, Profile profile, String service) {
        return profile.property("services")
                .flatMap(section -> file.getSection("services", section)
                        .flatMap(services -> services.property(service + ".endpoint_url"))
                        .filter(url -> !url.isBlank())
                        .map(url -> new Resolved(uri(url, "services " + section),
                                service + " endpoint_url of services section " + section)));
    }

    private static URI uri(String text, String where) {
        try {
            URI uri = URI.create(text.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The endpoint in " + where + " is not a URL: \"" + text.strip() + "\"", e);
        }
    }

    /** AWS's own DynamoDB endpoint for a region (China regions live under amazonaws.com.cn). */
    public static String awsEndpoint(String region) {
        String suffix = region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
        return "https://dynamodb." + region + "." + suffix;
    }
}
