package dev.dynamodesk.item.edit;

import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.BinarySetValue;
import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.BoolValue;
import dev.dynamodesk.item.DynamoNumbers;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.ListValue;
import dev.dynamodesk.item.MapValue;
import dev.dynamodesk.item.NullValue;
import dev.dynamodesk.item.NumberSetValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringSetValue;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.item.ValueSummary;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Changes a value's type when nothing is lost doing it: a number to its text, text that is a number
 * to a number, a list of distinct strings to a string set, and so on. Otherwise it says why not.
 * A value can always become NULL or an empty map or list, but only when asked for explicitly.
 */
public final class TypeConversion {
    private TypeConversion() {
    }

    /** The converted value, or a sentence saying why it cannot be converted without loss. */
    public record Result(DynamoValue value, String problem) {
        static Result of(DynamoValue value) {
            return new Result(value, null);
        }

        static Result refused(String problem) {
            return new Result(null, problem);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    public static Result convert(DynamoValue value, AttributeType target) {
        if (value.type() == target) {
            return Result.of(value);
        }
        String what = value.type().displayName().toLowerCase();
        switch (target) {
            case S:
                if (value instanceof NumberValue n) {
                    return Result.of(new StringValue(n.text()));
                }
                if (value instanceof BoolValue b) {
                    return Result.of(new StringValue(Boolean.toString(b.value())));
                }
                if (value instanceof BinaryValue b) {
                    return utf8(b.bytes()).map(text -> Result.of(new StringValue(text)))
                            .orElse(Result.refused("These bytes are not UTF-8 text, so they cannot become a string"));
                }
                break;
            case N:
                if (value instanceof StringValue s) {
                    return DynamoNumbers.problem(s.value().strip())
                            .map(problem -> Result.refused("\"" + s.value() + "\" is not a DynamoDB number: " + problem))
                            .orElseGet(() -> Result.of(new NumberValue(s.value().strip())));
                }
                if (value instanceof BoolValue b) {
                    return Result.of(NumberValue.of(b.value() ? 1 : 0));
                }
                break;
            case B:
                if (value instanceof StringValue s) {
                    return Result.of(new BinaryValue(s.value().getBytes(StandardCharsets.UTF_8)));
                }
                break;
            case BOOL:
                if (value instanceof StringValue s && (s.value().equals("true") || s.value().equals("false"))) {
                    return Result.of(BoolValue.of(s.value().equals("true")));
                }
                break;
            case NULL:
                return Result.of(NullValue.INSTANCE);
            case L:
                return Result.of(new ListValue(elementsOf(value)));
            case M:
                if (value instanceof ListValue l && l.elements().isEmpty()) {
                    return Result.of(new MapValue(Map.of()));
                }
                break;
            case SS:
            case NS:
            case BS:
                return toSet(elementsOf(value), target);
            default:
                break;
        }
        return Result.refused("A " + what + " cannot become a " + target.displayName().toLowerCase() + " without losing data");
    }

    /** A value as list elements: a list's, a set's members, or the value itself. */
    private static List<DynamoValue> elementsOf(DynamoValue value) {
        if (value instanceof ListValue l) {
            return l.elements();
        }
        List<DynamoValue> elements = new ArrayList<>();
        if (value instanceof StringSetValue ss) {
            ss.members().forEach(member -> elements.add(new StringValue(member)));
        } else if (value instanceof NumberSetValue ns) {
            elements.addAll(ns.members());
        } else if (value instanceof BinarySetValue bs) {
            elements.addAll(bs.members());
        } else if (!(value instanceof NullValue)) {
            elements.add(value);
        }
        return elements;
    }

    private static Result toSet(List<DynamoValue> elements, AttributeType target) {
        if (elements.isEmpty()) {
            return Result.refused("A set cannot be empty; add a member first");
        }
        AttributeType member = target == AttributeType.SS ? AttributeType.S : target == AttributeType.NS ? AttributeType.N : AttributeType.B;
        List<DynamoValue> members = new ArrayList<>();
        for (DynamoValue element : elements) {
            Result converted = convert(element, member);
            if (!converted.ok() || element.type().isContainer() || element.type().isSet()) {
                return Result.refused("Every member of a " + target.displayName().toLowerCase() + " must be a "
                        + member.displayName().toLowerCase() + "; " + element.type().displayName().toLowerCase() + " is not");
            }
            if (members.contains(converted.value())) {
                return Result.refused("A set cannot hold the same member twice, and "
                        + ValueSummary.of(converted.value(), 40) + " is repeated");
            }
            members.add(converted.value());
        }
        return switch (target) {
            case SS -> Result.of(StringSetValue.of(members.stream().map(m -> ((StringValue) m).value()).toList()));
            case NS -> Result.of(NumberSetValue.of(members.stream().map(NumberValue.class::cast).toList()));
            default -> Result.of(BinarySetValue.of(members.stream().map(BinaryValue.class::cast).toList()));
        };
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
