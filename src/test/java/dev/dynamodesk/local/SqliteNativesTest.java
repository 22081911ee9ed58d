package dev.dynamodesk.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqliteNativesTest {
    private static final String ROOT = "com/amazonaws/services/dynamodbv2/local/shared/access/sqlite/native/";

    @Test
    void namesTheLibraryDynamoDbLocalBundlesForEachPlatform() {
        assertThat(SqliteNatives.resourcePath("Linux", "amd64")).contains(ROOT + "Linux/x86_64/libsqlite4java.so");
        assertThat(SqliteNatives.resourcePath("Linux", "aarch64")).contains(ROOT + "Linux/aarch64/libsqlite4java.so");
        assertThat(SqliteNatives.resourcePath("Mac OS X", "aarch64")).contains(ROOT + "Mac/aarch64/libsqlite4java.dylib");
        assertThat(SqliteNatives.resourcePath("Windows 10", "amd64")).contains(ROOT + "Windows/x86_64/sqlite4java.dll");
        assertThat(SqliteNatives.resourcePath("SunOS", "sparc")).isEmpty();
    }

    @Test
    void everyNamedLibraryIsReallyInTheJar() {
        for (String[] platform : new String[][] {{"Linux", "amd64"}, {"Linux", "aarch64"}, {"Mac OS X", "x86_64"},
                {"Mac OS X", "aarch64"}, {"Windows 10", "amd64"}}) {
            String resource = SqliteNatives.resourcePath(platform[0], platform[1]).orElseThrow();
            assertThat(getClass().getClassLoader().getResource(resource)).as(resource).isNotNull();
        }
    }
}
