package dev.dynamodesk.connection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * What a profile in the user's AWS files is, for the profile picker and for import: how it gets
 * credentials and which region and endpoint it names. Never holds a secret.
 */
public record AwsProfileSummary(String name, Kind kind, String region, String detail) {

    public enum Kind {
        SSO("SSO"),
        ASSUME_ROLE("assume role"),
        PROCESS("credential process"),
        KEYS("access keys"),
        WEB_IDENTITY("web identity"),
        OTHER("settings only");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Every profile of the files, by name. */
    public static List<AwsProfileSummary> list(AwsConfigFiles files) {
        ProfileFile file = files.read();
        List<AwsProfileSummary> summaries = new ArrayList<>();
        for (Profile profile : file.profiles().values()) {
            summaries.add(of(profile));
        }
        summaries.sort(Comparator.comparing(AwsProfileSummary::name, String.CASE_INSENSITIVE_ORDER));
        return summaries;
    }

    static AwsProfileSummary of(Profile profile) {
        Map<String, String> p = profile.properties();
        String region = p.getOrDefault("region", "");
        if (p.containsKey("sso_session") || p.containsKey("sso_start_url")) {
            String session = p.containsKey("sso_session") ? "session " + p.get("sso_session") : "legacy SSO";
            String role = Optional.ofNullable(p.get("sso_role_name")).map(r -> ", role " + r).orElse("");
            String account = Optional.ofNullable(p.get("sso_account_id")).map(a -> ", account " + a).orElse("");
            return new AwsProfileSummary(profile.name(), Kind.SSO, region, session + account + role);
        }
        if (p.containsKey("role_arn") && p.containsKey("web_identity_token_file")) {
            return new AwsProfileSummary(profile.name(), Kind.WEB_IDENTITY, region, p.get("role_arn"));
        }
        if (p.containsKey("role_arn")) {
            StringBuilder detail = new StringBuilder(p.get("role_arn"));
            Optional.ofNullable(p.get("source_profile")).ifPresent(s -> detail.append(" from profile ").append(s));
            Optional.ofNullable(p.get("credential_source")).ifPresent(s -> detail.append(" from ").append(s));
            if (p.containsKey("mfa_serial")) {
                detail.append(", MFA");
            }
            if (p.containsKey("external_id")) {
                detail.append(", external ID");
            }
            return new AwsProfileSummary(profile.name(), Kind.ASSUME_ROLE, region, detail.toString());
        }
        if (p.containsKey("credential_process")) {
            return new AwsProfileSummary(profile.name(), Kind.PROCESS, region, "runs a program for credentials");
        }
        if (p.containsKey("aws_access_key_id")) {
            String token = p.containsKey("aws_session_token") ? " with a session token" : "";
            return new AwsProfileSummary(profile.name(), Kind.KEYS, region, "access key " + KeyIds.masked(p.get("aws_access_key_id")) + token);
        }
        return new AwsProfileSummary(profile.name(), Kind.OTHER, region, "no credentials of its own");
    }
}
