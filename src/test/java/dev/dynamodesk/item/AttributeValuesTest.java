package dev.dynamodesk.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class AttributeValuesTest {
    @Test
    void roundTripsEveryTypeThroughTheSdk() {
        Item item = DynamoJsonTest.everyType();
        Map<String, AttributeValue> sdk = AttributeValues.fromItem(item);
        assertThat(sdk.get("big").n()).isEqualTo("12345678901234567890123456789012345678");
        assertThat(sdk.get("ss").type()).isEqualTo(AttributeValue.Type.SS);
        assertThat(sdk.get("ns").ns()).containsExactly("1.50", "-3");
        assertThat(sdk.get("bytes").b().asByteArray()).containsExactly(0, 0xFF, 0xC3, 0x28);
        assertThat(sdk.get("nothing").nul()).isTrue();
        assertThat(AttributeValues.toItem(sdk)).isEqualTo(item);
    }

    @Test
    void neverTurnsASetIntoAList() {
        DynamoValue value = AttributeValues.toValue(AttributeValue.fromSs(List.of("a", "b")));
        assertThat(value).isInstanceOf(StringSetValue.class);
        assertThat(AttributeValues.fromValue(value).hasSs()).isTrue();
        assertThat(AttributeValues.fromValue(value).hasL()).isFalse();
    }

    @Test
    void copiesBinaryOnce() {
        byte[] bytes = {1, 2, 3};
        BinaryValue value = (BinaryValue) AttributeValues.toValue(AttributeValue.fromB(SdkBytes.fromByteArray(bytes)));
        bytes[0] = 9;
        assertThat(value.bytes()).containsExactly(1, 2, 3);
    }

    @Test
    void refusesDuplicateSetMembersInsteadOfDroppingThem() {
        assertThatThrownBy(() -> AttributeValues.toValue(AttributeValue.fromNs(List.of("1", "1.0"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate");
    }
}
