package dev.dynamodesk.cli;

import dev.dynamodesk.transfer.ExportFormat;
import picocli.CommandLine.Option;

/** {@code --format}, the same on every command that prints items. */
final class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", converter = ItemOutput.FormatConverter.class,
            description = "jsonl (DynamoDB JSON lines, exact; the default), json, ndjson (plain JSON lines) or csv.")
    ExportFormat format = ExportFormat.DYNAMODB_JSON_LINES;
}
