package dev.dynamodesk.item;

import java.util.Iterator;
import java.util.Map;

/**
 * One-line text for a value, for grid cells and tree rows: nested values are shown inline
 * and cut at a length, sets are marked with their type, binary shows a base64 prefix and size.
 */
public final class ValueSummary {
    private static final int BINARY_PREFIX = 16;

    private ValueSummary() {
    }

    public static String of(DynamoValue value, int maxChars) {
        Out out = new Out(maxChars);
        append(out, value, true);
        return out.text();
    }

    private static void append(Out out, DynamoValue value, boolean topLevel) {
        if (out.full()) {
            return;
        }
        if (value instanceof StringValue s) {
            out.add(topLevel ? oneLine(s.value()) : quoted(s.value()));
        } else if (value instanceof NumberValue n) {
            out.add(n.text());
        } else if (value instanceof BinaryValue b) {
            out.add(binary(b));
        } else if (value instanceof BoolValue b) {
            out.add(Boolean.toString(b.value()));
        } else if (value instanceof NullValue) {
            out.add("null");
        } else if (value instanceof MapValue m) {
            appendMap(out, m.entries());
        } else if (value instanceof ListValue l) {
            out.add("[");
            appendAll(out, l.elements().iterator(), element -> append(out, element, false));
            out.add("]");
        } else if (value instanceof StringSetValue ss) {
            out.add("SS {");
            appendAll(out, ss.members().iterator(), member -> out.add(quoted(member)));
            out.add("}");
        } else if (value instanceof NumberSetValue ns) {
            out.add("NS {");
            appendAll(out, ns.members().iterator(), member -> out.add(member.text()));
            out.add("}");
        } else if (value instanceof BinarySetValue bs) {
            out.add("BS {");
            appendAll(out, bs.members().iterator(), member -> out.add(binary(member)));
            out.add("}");
        }
    }

    private static void appendMap(Out out, Map<String, DynamoValue> entries) {
        out.add("{");
        appendAll(out, entries.entrySet().iterator(), entry -> {
            out.add(entry.getKey());
            out.add(": ");
            append(out, entry.getValue(), false);
        });
        out.add("}");
    }

    private interface Appender<T> {
        void append(T element);
    }

    private static <T> void appendAll(Out out, Iterator<T> elements, Appender<T> appender) {
        boolean first = true;
        while (elements.hasNext() && !out.full()) {
            if (!first) {
                out.add(", ");
            }
            appender.append(elements.next());
            first = false;
        }
    }

    private static String binary(BinaryValue b) {
        String base64 = b.toBase64();
        String prefix = base64.length() > BINARY_PREFIX ? base64.substring(0, BINARY_PREFIX) + "…" : base64;
        return prefix + " (" + b.length() + (b.length() == 1 ? " byte)" : " bytes)");
    }

    private static String quoted(String text) {
        return "\"" + oneLine(text) + "\"";
    }

    private static String oneLine(String text) {
        return text.replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎').replace('\t', ' ');
    }

    /** A builder that stops growing once the limit is reached and marks the cut with an ellipsis. */
    private static final class Out {
        private final StringBuilder text = new StringBuilder();
        private final int maxChars;
        private boolean cut;

        Out(int maxChars) {
            this.maxChars = maxChars;
        }

        boolean full() {
            return cut;
        }

        void add(String part) {
            if (cut) {
                return;
            }
            int room = maxChars - text.length();
            if (part.length() <= room) {
                text.append(part);
            } else {
                text.append(part, 0, Math.max(0, room - 1)).append('…');
                cut = true;
            }
        }

        String text() {
            return text.toString();
        }
    }
}
