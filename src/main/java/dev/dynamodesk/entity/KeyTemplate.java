package dev.dynamodesk.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How one entity builds one key attribute's value: literal text and named parameters, written
 * {@code company#{companyId}} or {@code user#{email}}; a constant ({@code profile}) has no
 * parameter. A value matches when the literals are where the template puts them; each parameter
 * takes the text between (the last one the rest of the value). Two parameters in a row cannot be
 * told apart, so a template must separate them with literal text.
 */
public final class KeyTemplate {
    /** A piece of the template: literal text, or a parameter's name. */
    public record Part(String literal, String parameter) {
        boolean isParameter() {
            return parameter != null;
        }
    }

    private final List<Part> parts;

    private KeyTemplate(List<Part> parts) {
        this.parts = List.copyOf(parts);
        for (int i = 1; i < parts.size(); i++) {
            if (parts.get(i).isParameter() && parts.get(i - 1).isParameter()) {
                throw new IllegalArgumentException("{" + parts.get(i - 1).parameter() + "}{" + parts.get(i).parameter()
                        + "}: two parameters need literal text between them");
            }
        }
    }

    /** Parses {@code company#{companyId}}; braces are not allowed in literals. */
    public static KeyTemplate parse(String text) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{') {
                int close = text.indexOf('}', i);
                if (close < 0) {
                    throw new IllegalArgumentException("'" + text + "': a { without its }");
                }
                String name = text.substring(i + 1, close).strip();
                if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                    throw new IllegalArgumentException("'" + text + "': {" + name + "} is not a parameter name");
                }
                if (!literal.isEmpty()) {
                    parts.add(new Part(literal.toString(), null));
                    literal.setLength(0);
                }
                parts.add(new Part(null, name));
                i = close + 1;
            } else if (c == '}') {
                throw new IllegalArgumentException("'" + text + "': a } without its {");
            } else {
                literal.append(c);
                i++;
            }
        }
        if (!literal.isEmpty()) {
            parts.add(new Part(literal.toString(), null));
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("An empty key template");
        }
        return new KeyTemplate(parts);
    }

    public static KeyTemplate constant(String value) {
        return new KeyTemplate(List.of(new Part(value, null)));
    }

    public static KeyTemplate of(List<Part> parts) {
        return new KeyTemplate(parts);
    }

    public List<Part> parts() {
        return parts;
    }

    /** The parameters, in order, each once. */
    public Set<String> parameters() {
        Set<String> names = new LinkedHashSet<>();
        parts.stream().filter(Part::isParameter).forEach(part -> names.add(part.parameter()));
        return names;
    }

    public boolean isConstant() {
        return parameters().isEmpty();
    }

    /** The literal text before the first parameter ("company#" of company#{companyId}); the whole value for a constant. */
    public String literalPrefix() {
        StringBuilder prefix = new StringBuilder();
        for (Part part : parts) {
            if (part.isParameter()) {
                break;
            }
            prefix.append(part.literal());
        }
        return prefix.toString();
    }

    /** The parameters' values in {@code value}, or empty when it does not fit the template. */
    public Optional<Map<String, String>> match(String value) {
        Map<String, String> found = new LinkedHashMap<>();
        int at = 0;
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            if (!part.isParameter()) {
                if (!value.startsWith(part.literal(), at)) {
                    return Optional.empty();
                }
                at += part.literal().length();
                continue;
            }
            int end;
            if (i + 1 < parts.size()) {
                end = value.indexOf(parts.get(i + 1).literal(), at);
                if (end < 0) {
                    return Optional.empty();
                }
            } else {
                end = value.length();
            }
            String text = value.substring(at, end);
            if (text.isEmpty() || (found.containsKey(part.parameter()) && !found.get(part.parameter()).equals(text))) {
                return Optional.empty();
            }
            found.put(part.parameter(), text);
            at = end;
        }
        return at == value.length() ? Optional.of(found) : Optional.empty();
    }

    /** The value for these parameters; every parameter must be given. */
    public String fill(Map<String, String> values) {
        StringBuilder value = new StringBuilder();
        for (Part part : parts) {
            if (!part.isParameter()) {
                value.append(part.literal());
                continue;
            }
            String given = values.get(part.parameter());
            if (given == null || given.isEmpty()) {
                throw new IllegalArgumentException("Give " + part.parameter() + " (for " + this + ")");
            }
            value.append(given);
        }
        return value.toString();
    }

    /** The same template with a parameter renamed. */
    public KeyTemplate renamed(String from, String to) {
        return new KeyTemplate(parts.stream().map(part -> part.isParameter() && part.parameter().equals(from)
                ? new Part(null, to) : part).toList());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyTemplate template && template.parts.equals(parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    /** As written: {@code company#{companyId}}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.isParameter() ? "{" + part.parameter() + "}" : part.literal()));
        return text.toString();
    }
}
