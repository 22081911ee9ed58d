package dev.dynamodesk.connection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.useragent.BusinessMetricFeatureId;

class ProviderNamesTest {
    @Test
    void theSdksCodesBecomeWords() {
        assertThat(ProviderNames.describe(BusinessMetricFeatureId.CREDENTIALS_PROFILE.value())).isEqualTo("~/.aws profile");
        assertThat(ProviderNames.describe(BusinessMetricFeatureId.CREDENTIALS_ENV_VARS.value() + ","
                + BusinessMetricFeatureId.CREDENTIALS_STS_ASSUME_ROLE.value())).isEqualTo("environment variables, assume role");
        assertThat(ProviderNames.describe("ProfileCredentialsProvider")).isEqualTo("ProfileCredentialsProvider");
        assertThat(ProviderNames.describe(null)).isEmpty();
    }
}
