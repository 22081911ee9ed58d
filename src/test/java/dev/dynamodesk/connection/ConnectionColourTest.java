package dev.dynamodesk.connection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectionColourTest {
    @Test
    void profilesNameTheirColourAndUnknownNamesAreNone() {
        assertThat(ConnectionColour.of("red")).contains(ConnectionColour.RED);
        assertThat(ConnectionColour.of(" Blue ")).contains(ConnectionColour.BLUE);
        assertThat(ConnectionColour.of("#dc2626")).isEmpty();
        assertThat(ConnectionColour.of(null)).isEmpty();
        assertThat(ConnectionColour.PURPLE.styleClass()).isEqualTo("connection-colour-purple");
    }
}
