package dev.dynamodesk.dynamo.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WriteRateTest {
    @Test
    void readsNothingWritesASecondAndAShareOfTheCapacity() {
        assertThat(WriteRate.parse(" ")).isEqualTo(WriteRate.UNLIMITED);
        assertThat(WriteRate.parse("250").writesPerSecond(3, () -> null)).isEqualTo(250);
        // 50% of 400 provisioned units, items of 2 units a write: 100 writes a second.
        assertThat(WriteRate.parse("50%").writesPerSecond(2, () -> 400L)).isEqualTo(100);
        assertThat(WriteRate.parse("50 %").describe()).isEqualTo("50% of the provisioned write capacity");
        assertThat(WriteRate.UNLIMITED.writesPerSecond(1, () -> {
            throw new AssertionError("no lookup without a share");
        })).isZero();
    }

    @Test
    void refusesWhatIsNotARateWithASentence() {
        assertThatThrownBy(() -> WriteRate.parse("fast")).hasMessageContaining("not fast");
        assertThatThrownBy(() -> WriteRate.parse("0")).hasMessageContaining("above 0");
        assertThatThrownBy(() -> WriteRate.parse("NaN")).hasMessageContaining("not NaN");
        assertThatThrownBy(() -> WriteRate.parse("Infinity")).hasMessageContaining("not Infinity");
        assertThatThrownBy(() -> WriteRate.parse("150%")).hasMessageContaining("at most 100%");
        assertThatThrownBy(() -> WriteRate.parse("10%").writesPerSecond(1, () -> null)).hasMessageContaining("on-demand");
    }
}
