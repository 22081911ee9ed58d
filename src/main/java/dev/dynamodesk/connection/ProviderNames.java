package dev.dynamodesk.connection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.core.useragent.BusinessMetricFeatureId;

/**
 * Which source gave the credentials, in words. The SDK reports it as short metric codes
 * ("n", "n,i"): they are looked up in the SDK's own table of credential features.
 */
final class ProviderNames {
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("CREDENTIALS_CODE", "keys given to the app"),
            Map.entry("CREDENTIALS_JVM_SYSTEM_PROPERTIES", "Java system properties"),
            Map.entry("CREDENTIALS_ENV_VARS", "environment variables"),
            Map.entry("CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN", "web identity token from the environment"),
            Map.entry("CREDENTIALS_STS_ASSUME_ROLE", "assume role"),
            Map.entry("CREDENTIALS_PROFILE", "~/.aws profile"),
            Map.entry("CREDENTIALS_PROFILE_SOURCE_PROFILE", "source_profile"),
            Map.entry("CREDENTIALS_PROFILE_PROCESS", "credential_process"),
            Map.entry("CREDENTIALS_PROCESS", "credential_process"),
            Map.entry("CREDENTIALS_PROFILE_SSO", "SSO"),
            Map.entry("CREDENTIALS_PROFILE_SSO_LEGACY", "SSO (legacy profile)"),
            Map.entry("CREDENTIALS_SSO", "SSO"),
            Map.entry("CREDENTIALS_SSO_LEGACY", "SSO (legacy profile)"),
            Map.entry("CREDENTIALS_HTTP", "container credentials"),
            Map.entry("CREDENTIALS_IMDS", "EC2 instance metadata"));

    private ProviderNames() {
    }

    /** "~/.aws profile, assume role", or empty when the SDK did not say. */
    static String describe(String providerName) {
        if (providerName == null || providerName.isBlank()) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (String code : providerName.split(",")) {
            String trimmed = code.strip();
            String found = null;
            for (BusinessMetricFeatureId feature : BusinessMetricFeatureId.values()) {
                if (feature.value().equals(trimmed) && feature.name().startsWith("CREDENTIALS_")) {
                    found = WORDS.getOrDefault(feature.name(),
                            feature.name().substring("CREDENTIALS_".length()).replace('_', ' ').toLowerCase(Locale.ROOT));
                }
            }
            if (found == null && trimmed.length() > 3) {
                found = trimmed; // an older SDK's provider class name
            }
            if (found != null && !words.contains(found)) {
                words.add(found);
            }
        }
        return String.join(", ", words);
    }
}
