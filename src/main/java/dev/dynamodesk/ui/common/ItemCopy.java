package dev.dynamodesk.ui.common;

import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.PlainJson;
import dev.dynamodesk.transfer.DelimitedText;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Items as text for the clipboard, in the four formats every grid offers. */
public final class ItemCopy {
    public enum Format { DYNAMODB_JSON, PLAIN_JSON, CSV, TSV }

    private ItemCopy() {
    }

    /** Text formats use {@code columns}, in their order. */
    public static String format(List<Item> rows, List<String> columns, Format format) {
        return switch (format) {
            // One item per line, as DynamoDB's export to S3 writes them.
            case DYNAMODB_JSON -> rows.stream().map(item -> DynamoJson.write(item, false)).collect(Collectors.joining("\n"));
            case PLAIN_JSON -> rows.size() == 1 ? PlainJson.write(rows.get(0), true)
                    : rows.stream().map(item -> PlainJson.write(item, false)).collect(Collectors.joining(",\n", "[\n", "\n]"));
            case CSV -> DelimitedText.write(columns, rows, DelimitedText.Format.CSV, true);
            case TSV -> DelimitedText.write(columns, rows, DelimitedText.Format.TSV, true);
        };
    }

    public static void toClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
