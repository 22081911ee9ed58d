package dev.dynamodesk.dynamo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.testing.LocalDynamo;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

class TableServiceIT {
    @RegisterExtension
    final LocalDynamo local = new LocalDynamo();

    @Test
    void listsEveryTablePastTheHundredOfOneCall() {
        List<String> expected = IntStream.range(0, 130).mapToObj(i -> String.format("table-%03d", i)).toList();
        expected.forEach(name -> local.createTable(name, "id", null));
        assertThat(new TableService(local.client()).listTableNames()).containsExactlyElementsOf(expected);
    }

    @Test
    void describesKeysAndIndexes() {
        local.createTable("Pairs", "pk", "sk");
        TableInfo info = new TableService(local.client()).describe("Pairs");
        assertThat(info.partitionKey()).isEqualTo(new KeyAttribute("pk", AttributeType.S));
        assertThat(info.sortKey()).isEqualTo(new KeyAttribute("sk", AttributeType.S));
        assertThat(info.keyNames()).containsExactly("pk", "sk");
        assertThat(info.billingMode()).isEqualTo("PAY_PER_REQUEST");
    }

    @Test
    void reportsAMissingTableInPlainWords() {
        assertThatThrownBy(() -> new TableService(local.client()).describe("Nope"))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e ->
                        assertThat(ErrorMessages.summary(e)).contains("non-existent table").contains("ResourceNotFoundException"));
    }
}
