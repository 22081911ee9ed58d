package dev.dynamodesk.dynamo.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A path to an attribute or a value nested inside one: {@code address.city}, {@code tags[0]},
 * {@code a.b[2].c}. A name that itself contains dots, brackets, spaces or backticks is written in
 * backticks ({@code `a.b`.c}, with a doubled backtick for a literal one), so every attribute name
 * DynamoDB allows can be reached.
 */
public record AttributePath(List<Segment> segments) {

    public AttributePath {
        segments = List.copyOf(segments);
        if (segments.isEmpty() || !(segments.get(0) instanceof Name)) {
            throw new IllegalArgumentException("A path starts with an attribute name");
        }
    }

    /** One step of a path: a map key or attribute name, or a list index. */
    public sealed interface Segment {
    }

    public record Name(String name) implements Segment {
    }

    public record Index(int index) implements Segment {
    }

    /** The path to a top-level attribute, whatever characters its name has. */
    public static AttributePath of(String attributeName) {
        return new AttributePath(List.of(new Name(attributeName)));
    }

    public String topLevelName() {
        return ((Name) segments.get(0)).name();
    }

    /** The same path as the item editor addresses values (maps by key, lists by index). */
    public dev.dynamodesk.item.edit.ValuePath toValuePath() {
        dev.dynamodesk.item.edit.ValuePath path = null;
        for (Segment segment : segments) {
            if (segment instanceof Name name) {
                path = path == null ? dev.dynamodesk.item.edit.ValuePath.attribute(name.name()) : path.key(name.name());
            } else if (path == null) {
                throw new IllegalArgumentException("A path starts with an attribute name, not [" + ((Index) segment).index() + "]");
            } else {
                path = path.index(((Index) segment).index());
            }
        }
        return path;
    }

    public boolean isTopLevel() {
        return segments.size() == 1;
    }

    /** Reads a path as typed by a user; the message of the exception says what is wrong and where. */
    public static AttributePath parse(String text) {
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        int length = text.length();
        boolean expectName = true;
        while (i < length) {
            char c = text.charAt(i);
            if (expectName) {
                StringBuilder name = new StringBuilder();
                if (c == '`') {
                    i++;
                    boolean closed = false;
                    while (i < length) {
                        char d = text.charAt(i);
                        if (d == '`') {
                            if (i + 1 < length && text.charAt(i + 1) == '`') {
                                name.append('`');
                                i += 2;
                                continue;
                            }
                            closed = true;
                            i++;
                            break;
                        }
                        name.append(d);
                        i++;
                    }
                    if (!closed) {
                        throw problem(text, i, "a backtick is not closed");
                    }
                } else {
                    while (i < length && text.charAt(i) != '.' && text.charAt(i) != '[') {
                        if (text.charAt(i) == ']') {
                            throw problem(text, i, "a ] without its [ (write a name with brackets in backticks)");
                        }
                        name.append(text.charAt(i));
                        i++;
                    }
                    if (name.toString().isBlank()) {
                        throw problem(text, i, "an attribute name is missing");
                    }
                }
                if (name.isEmpty()) {
                    throw problem(text, i, "an attribute name cannot be empty");
                }
                segments.add(new Name(name.toString()));
                expectName = false;
            } else if (c == '.') {
                i++;
                expectName = true;
                if (i == length) {
                    throw problem(text, i, "a name must follow the dot");
                }
            } else if (c == '[') {
                int close = text.indexOf(']', i);
                if (close < 0) {
                    throw problem(text, i, "a list index is not closed with ]");
                }
                String digits = text.substring(i + 1, close).strip();
                if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 9) {
                    throw problem(text, i, "a list index must be a whole number, like [0]");
                }
                segments.add(new Index(Integer.parseInt(digits)));
                i = close + 1;
            } else {
                throw problem(text, i, "expected '.' or '[' after a name");
            }
        }
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("The attribute path is empty");
        }
        return new AttributePath(segments);
    }

    private static IllegalArgumentException problem(String text, int position, String what) {
        return new IllegalArgumentException("In the path \"" + text + "\" at character " + (position + 1) + ": " + what);
    }

    /** The path written back in the syntax {@link #parse} reads; names are quoted only when they must be. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            if (segment instanceof Name name) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(quoteIfNeeded(name.name()));
            } else {
                out.append('[').append(((Index) segment).index()).append(']');
            }
        }
        return out.toString();
    }

    static String quoteIfNeeded(String name) {
        boolean plain = !name.isEmpty() && name.strip().equals(name) && !name.startsWith("`")
                && name.chars().noneMatch(c -> c == '.' || c == '[' || c == ']');
        return plain ? name : "`" + name.replace("`", "``") + "`";
    }
}
