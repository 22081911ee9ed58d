package dev.dynamodesk.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Works out one key attribute's template from the values an entity's items give it. Values are
 * cut at the separators single-table designs use ({@code #}, {@code |}, {@code :}); a piece that is
 * the same in every value is literal text (the first piece, the type's prefix, always when it is
 * the same; a later piece only when two or more items agree, since one item proves nothing), and a
 * piece that varies is a parameter. Values cut into different numbers of pieces share the pieces
 * they agree on, and the rest is one parameter. Parameters are named later ({@link ParameterNames});
 * here they are numbered placeholders.
 */
final class TemplateInference {
    static final Pattern SEPARATOR = Pattern.compile("[#|:]");

    private TemplateInference() {
    }

    /** A template whose parameters are named {@code p0, p1, …} in order, for {@code values} (at least one). */
    static KeyTemplate infer(List<String> values) {
        List<List<String>> cut = values.stream().map(TemplateInference::pieces).toList();
        int shortest = cut.stream().mapToInt(List::size).min().orElseThrow();
        boolean sameShape = cut.stream().allMatch(pieces -> pieces.size() == cut.get(0).size());
        List<KeyTemplate.Part> parts = new ArrayList<>();
        int parameter = 0;
        for (int at = 0; at < shortest; at++) {
            final int index = at;
            String first = cut.get(0).get(at);
            boolean same = cut.stream().allMatch(pieces -> pieces.get(index).equals(first));
            if (at % 2 == 1) {
                if (!same) {
                    // "a#b" against "a|b": the shapes part here, and the rest of each is one parameter.
                    return restAsParameter(parts, parameter);
                }
                parts.add(new KeyTemplate.Part(first, null));
                continue;
            }
            if (!sameShape && at == shortest - 1) {
                // The shorter values end here: this piece and the rest of the longer values is one parameter.
                return restAsParameter(parts, parameter);
            }
            boolean typePrefix = at == 0 && shortest > 1;
            boolean literal = same && (typePrefix || values.size() >= 2);
            parts.add(literal ? new KeyTemplate.Part(first, null) : new KeyTemplate.Part(null, "p" + parameter++));
        }
        return merged(parts);
    }

    /** What is left of each value is one parameter (the one before it, if the template ends in one). */
    private static KeyTemplate restAsParameter(List<KeyTemplate.Part> parts, int parameter) {
        if (parts.isEmpty() || !parts.get(parts.size() - 1).isParameter()) {
            parts.add(new KeyTemplate.Part(null, "p" + parameter));
        }
        return merged(parts);
    }

    /** "company#acme" → [company, #, acme]: pieces at even places, separators at odd ones. */
    static List<String> pieces(String value) {
        List<String> pieces = new ArrayList<>();
        var matcher = SEPARATOR.matcher(value);
        int at = 0;
        while (matcher.find()) {
            pieces.add(value.substring(at, matcher.start()));
            pieces.add(matcher.group());
            at = matcher.end();
        }
        pieces.add(value.substring(at));
        return pieces;
    }

    /** Adjacent literals joined into one. */
    private static KeyTemplate merged(List<KeyTemplate.Part> parts) {
        List<KeyTemplate.Part> joined = new ArrayList<>();
        for (KeyTemplate.Part part : parts) {
            int last = joined.size() - 1;
            if (!part.isParameter() && last >= 0 && !joined.get(last).isParameter()) {
                joined.set(last, new KeyTemplate.Part(joined.get(last).literal() + part.literal(), null));
            } else {
                joined.add(part);
            }
        }
        return KeyTemplate.of(joined);
    }
}
