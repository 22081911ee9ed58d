package dev.dynamodesk.ui.editor;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Colours JSON text: keys, strings, numbers, true/false/null and punctuation; in DynamoDB JSON the
 * type names ("S", "N", "SS"...) used as keys get their own colour. Pure text in, style spans out.
 */
final class JsonHighlighter {
    private static final Pattern TOKENS = Pattern.compile(
            "(?<STRING>\"(?:[^\"\\\\]|\\\\.)*\")(?<COLON>\\s*:)?"
                    + "|(?<NUMBER>-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)"
                    + "|(?<LITERAL>\\btrue\\b|\\bfalse\\b|\\bnull\\b)"
                    + "|(?<PUNCT>[{}\\[\\],])");
    private static final Set<String> TYPE_NAMES =
            Set.of("\"S\"", "\"N\"", "\"B\"", "\"BOOL\"", "\"NULL\"", "\"M\"", "\"L\"", "\"SS\"", "\"NS\"", "\"BS\"");

    private JsonHighlighter() {
    }

    static StyleSpans<Collection<String>> spans(String text, boolean dynamoJson) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher matcher = TOKENS.matcher(text);
        int last = 0;
        while (matcher.find()) {
            spans.add(Collections.emptyList(), matcher.start() - last);
            String style;
            int end = matcher.end();
            if (matcher.group("STRING") != null) {
                boolean key = matcher.group("COLON") != null;
                style = key ? (dynamoJson && TYPE_NAMES.contains(matcher.group("STRING")) ? "json-type" : "json-key") : "json-string";
                end = matcher.end("STRING");
            } else if (matcher.group("NUMBER") != null) {
                style = "json-number";
            } else if (matcher.group("LITERAL") != null) {
                style = "json-literal";
            } else {
                style = "json-punct";
            }
            spans.add(Collections.singleton(style), end - matcher.start());
            last = end;
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }
}
