package dev.dynamodesk.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dynamodesk.testing.AwsFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsProfileSummaryTest {
    @TempDir
    Path folder;

    @Test
    void listsEveryProfileOfBothFilesWithHowItGetsCredentials() {
        String config = """
                [default]
                region = eu-west-1

                [profile corp-sso]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = ReadOnly
                region = us-east-1

                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = us-east-1

                [profile legacy-sso]
                sso_start_url = https://old.awsapps.com/start
                sso_region = eu-west-1
                sso_account_id = 444455556666
                sso_role_name = Admin

                [profile admin]
                role_arn = arn:aws:iam::123456789012:role/Admin
                source_profile = default
                mfa_serial = arn:aws:iam::123456789012:mfa/alice
                external_id = ext-1

                [profile tool]
                credential_process = /usr/local/bin/creds --json
                """;
        String credentials = """
                [default]
                aws_access_key_id = AKIAEXAMPLEKEY0001
                aws_secret_access_key = never-shown-secret

                [temporary]
                aws_access_key_id = ASIAEXAMPLEKEY0002
                aws_secret_access_key = never-shown-either
                aws_session_token = never-shown-token
                """;
        var summaries = AwsProfileSummary.list(new AwsFiles(folder, config, credentials).files());
        assertThat(summaries).extracting(AwsProfileSummary::name, AwsProfileSummary::kind).containsExactly(
                tuple("admin", AwsProfileSummary.Kind.ASSUME_ROLE),
                tuple("corp-sso", AwsProfileSummary.Kind.SSO),
                tuple("default", AwsProfileSummary.Kind.KEYS),
                tuple("legacy-sso", AwsProfileSummary.Kind.SSO),
                tuple("temporary", AwsProfileSummary.Kind.KEYS),
                tuple("tool", AwsProfileSummary.Kind.PROCESS));
        assertThat(summaries.get(0).detail()).contains("role/Admin", "from profile default", "MFA", "external ID");
        assertThat(summaries.get(1).detail()).contains("session corp", "111122223333", "ReadOnly");
        assertThat(summaries.get(2).region()).isEqualTo("eu-west-1");
        assertThat(summaries.get(2).detail()).isEqualTo("access key ****0001");
        assertThat(summaries.get(3).detail()).contains("legacy SSO");
        assertThat(summaries.get(4).detail()).contains("session token");
        assertThat(summaries.toString()).doesNotContain("never-shown", "AKIAEXAMPLEKEY0001");
    }

    @Test
    void missingFilesMeanNoProfiles() {
        assertThat(AwsProfileSummary.list(AwsConfigFiles.of(java.util.Map.of(), folder))).isEmpty();
    }
}
