package dev.dynamodesk.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.NullValue;
import dev.dynamodesk.item.StringSetValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelimitedTextTest {
    private final List<Item> items = List.of(
            Item.builder().s("id", "a").n("n", "12345678901234567890123456789012345678")
                    .s("note", "comma, \"quote\"\nnewline").put("tags", StringSetValue.of(List.of("x", "y"))).build(),
            Item.builder().s("id", "b").put("note", NullValue.INSTANCE).put("bin", new BinaryValue(new byte[] {0, (byte) 0xFF})).build());

    @Test
    void writesCsvWithQuotingAndExactNumbers() {
        String csv = DelimitedText.write(List.of("id", "n", "note", "tags", "bin"), items, DelimitedText.Format.CSV, true);
        assertThat(csv).isEqualTo("id,n,note,tags,bin\r\n"
                + "a,12345678901234567890123456789012345678,\"comma, \"\"quote\"\"\nnewline\",\"[\"\"x\"\",\"\"y\"\"]\",\r\n"
                + "b,,,,AP8=\r\n");
    }

    @Test
    void writesTsvQuotingOnlyWhatNeedsIt() {
        String tsv = DelimitedText.write(List.of("id", "tags"), items, DelimitedText.Format.TSV, false);
        assertThat(tsv).isEqualTo("a\t\"[\"\"x\"\",\"\"y\"\"]\"\r\nb\t\r\n");
        assertThat(DelimitedText.quote("a,b", '\t')).isEqualTo("a,b");
        assertThat(DelimitedText.quote("a\tb", '\t')).isEqualTo("\"a\tb\"");
    }
}
