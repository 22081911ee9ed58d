package dev.dynamodesk.dynamo.query;

import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.StringValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One condition on an attribute: {@code path operator values}, or on the size of the attribute
 * when {@code onSize} is set ({@code size(tags) > :v}).
 */
public record Condition(AttributePath path, Operator operator, List<DynamoValue> operands, boolean onSize) {
    /** DynamoDB allows at most 100 values in an IN list. */
    public static final int MAX_IN_VALUES = 100;

    public Condition {
        operands = List.copyOf(operands);
    }

    public static Condition of(String path, Operator operator, DynamoValue... operands) {
        return new Condition(AttributePath.parse(path), operator, List.of(operands), false);
    }

    /** Why DynamoDB would refuse this condition, in words; empty when it is fine. */
    public Optional<String> problem() {
        String subject = (onSize ? "size(" + path + ")" : path.toString()) + " " + operator.label();
        int count = operands.size();
        if (operator == Operator.IN) {
            if (count == 0 || count > MAX_IN_VALUES) {
                return Optional.of(subject + ": give between 1 and " + MAX_IN_VALUES + " values");
            }
        } else if (count != operator.operandCount()) {
            return Optional.of(subject + ": needs " + operator.operandCount()
                    + (operator.operandCount() == 1 ? " value" : " values"));
        }
        if (onSize && !operator.allowsSize()) {
            return Optional.of("size() can only be compared with =, <>, <, <=, >, >= or between");
        }
        if (onSize && operands.stream().anyMatch(value -> value.type() != AttributeType.N)) {
            return Optional.of("size(" + path + ") is a number: compare it with a number");
        }
        if (operator == Operator.BEGINS_WITH && !(operands.get(0).type() == AttributeType.S
                || operands.get(0).type() == AttributeType.B)) {
            return Optional.of(subject + ": the prefix must be a string or binary");
        }
        if (operator == Operator.TYPE_IS) {
            DynamoValue type = operands.get(0);
            if (!(type instanceof StringValue name) || !isTypeName(name.value())) {
                return Optional.of(subject + ": the type must be one of S, N, B, BOOL, NULL, M, L, SS, NS, BS");
            }
        }
        if (!onSize && (operator.ordinal() <= Operator.BETWEEN.ordinal())
                && operator != Operator.EQ && operator != Operator.NE) {
            for (DynamoValue value : operands) {
                if (!value.type().isScalarKeyType()) {
                    return Optional.of(subject + ": only strings, numbers and binary can be ordered");
                }
            }
            if (operator == Operator.BETWEEN && operands.get(0).type() != operands.get(1).type()) {
                return Optional.of(subject + ": both ends must have the same type");
            }
        }
        return Optional.empty();
    }

    private static boolean isTypeName(String text) {
        for (AttributeType type : AttributeType.values()) {
            if (type.name().equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** The condition as expression text, with names and values replaced by placeholders. */
    public String render(ExpressionContext context) {
        String subject = onSize ? "size(" + context.path(path) + ")" : context.path(path);
        return switch (operator) {
            case EQ, NE, LT, LE, GT, GE -> subject + " " + symbol() + " " + context.value(operands.get(0));
            case BETWEEN -> subject + " BETWEEN " + context.value(operands.get(0)) + " AND " + context.value(operands.get(1));
            case BEGINS_WITH -> "begins_with(" + subject + ", " + context.value(operands.get(0)) + ")";
            case CONTAINS -> "contains(" + subject + ", " + context.value(operands.get(0)) + ")";
            case NOT_BEGINS_WITH -> "NOT begins_with(" + subject + ", " + context.value(operands.get(0)) + ")";
            case EXISTS -> "attribute_exists(" + subject + ")";
            case NOT_EXISTS -> "attribute_not_exists(" + subject + ")";
            case TYPE_IS -> "attribute_type(" + subject + ", " + context.value(operands.get(0)) + ")";
            case IN -> {
                List<String> placeholders = new ArrayList<>();
                for (DynamoValue value : operands) {
                    placeholders.add(context.value(value));
                }
                yield subject + " IN (" + String.join(", ", placeholders) + ")";
            }
        };
    }

    private String symbol() {
        return operator.label();
    }
}
