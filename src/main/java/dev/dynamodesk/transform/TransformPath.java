package dev.dynamodesk.transform;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a transformer applies, written as Neosync writes paths (names only, no types:
 * {@code Pets.Judith.Age}, not {@code Pets.M.Judith.M.Age}) plus list elements: {@code lines[*].sku}
 * for every element, {@code lines[0].price} for one.
 */
public record TransformPath(List<Step> steps) {
    /** A map member by name, a list element by position, or every element ({@code [*]}). */
    public sealed interface Step permits Name, Element, EveryElement {
    }

    public record Name(String name) implements Step {
        @Override
        public String toString() {
            return name;
        }
    }

    public record Element(int index) implements Step {
        @Override
        public String toString() {
            return "[" + index + "]";
        }
    }

    public record EveryElement() implements Step {
        @Override
        public String toString() {
            return "[*]";
        }
    }

    public TransformPath {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || !(steps.get(0) instanceof Name)) {
            throw new IllegalArgumentException("A path starts with an attribute's name");
        }
    }

    /** Reads {@code a.b[0].c} or {@code lines[*].sku}; says what is wrong with text that is not a path. */
    public static TransformPath parse(String text) {
        String path = text == null ? "" : text.strip();
        List<Step> steps = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.') {
                addName(steps, name, path);
            } else if (c == '[') {
                if (name.length() > 0) {
                    addName(steps, name, path);
                } else if (steps.isEmpty()) {
                    throw new IllegalArgumentException("'" + path + "' starts with [ ]: a path starts with an attribute's name");
                }
                int close = path.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("'" + path + "' has a [ without its ]");
                }
                String inside = path.substring(i + 1, close).strip();
                if (inside.equals("*")) {
                    steps.add(new EveryElement());
                } else if (inside.matches("[0-9]{1,9}")) {
                    steps.add(new Element(Integer.parseInt(inside)));
                } else {
                    throw new IllegalArgumentException("'" + path + "': inside [ ] write a position (0, 1, …) or *");
                }
                i = close;
                if (i + 1 < path.length() && path.charAt(i + 1) != '.' && path.charAt(i + 1) != '[') {
                    throw new IllegalArgumentException("'" + path + "': after ] comes . or [");
                }
                if (i + 1 < path.length() && path.charAt(i + 1) == '.') {
                    i++;
                    if (i + 1 >= path.length()) {
                        throw new IllegalArgumentException("'" + path + "' ends with a dot");
                    }
                }
            } else {
                name.append(c);
            }
        }
        if (name.length() > 0) {
            steps.add(new Name(name.toString()));
        } else if (path.endsWith(".")) {
            throw new IllegalArgumentException("'" + path + "' ends with a dot");
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("Name an attribute: the path is empty");
        }
        return new TransformPath(steps);
    }

    private static void addName(List<Step> steps, StringBuilder name, String path) {
        if (name.length() == 0) {
            throw new IllegalArgumentException("'" + path + "' has an empty name between dots");
        }
        steps.add(new Name(name.toString()));
        name.setLength(0);
    }

    /** The attribute the path starts at. */
    public String attribute() {
        return ((Name) steps.get(0)).name();
    }

    /**
     * Whether this path names the value at {@code at} (a concrete path: names and positions).
     * {@code [*]} matches any position.
     */
    public boolean matches(List<Step> at) {
        if (at.size() != steps.size()) {
            return false;
        }
        for (int i = 0; i < steps.size(); i++) {
            Step mine = steps.get(i);
            Step there = at.get(i);
            boolean same = mine.equals(there) || mine instanceof EveryElement && there instanceof Element;
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** How specific the path is: a position counts more than {@code [*]}, so {@code lines[0].sku} wins over {@code lines[*].sku}. */
    int specificity() {
        int score = steps.size() * 2;
        for (Step step : steps) {
            if (step instanceof Element) {
                score++;
            }
        }
        return score;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Step step : steps) {
            if (step instanceof Name && text.length() > 0) {
                text.append('.');
            }
            text.append(step);
        }
        return text.toString();
    }
}
