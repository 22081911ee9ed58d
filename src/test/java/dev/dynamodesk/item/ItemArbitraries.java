package dev.dynamodesk.item;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Random items of every type for property tests: odd strings, extreme numbers, any bytes, nesting. */
public final class ItemArbitraries {
    private ItemArbitraries() {
    }

    static Arbitrary<String> strings() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(8),
                Arbitraries.of("", " ", "name", "status", "a.b", "#x", ":v", "🚀 emoji", "Ελληνικά", "\u0000", "line\nbreak"));
    }

    /** Valid DynamoDB numbers: up to 38 significant digits, magnitudes from 1E-130 to below 1E+126. */
    static Arbitrary<NumberValue> numbers() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(38)
                .filter(text -> text.charAt(0) != '0');
        Arbitrary<Integer> exponents = Arbitraries.integers().between(-129, 124);
        Arbitrary<String> scientific = Combinators.combine(digits, exponents, Arbitraries.of("", "-"))
                .as((d, e, sign) -> sign + d.charAt(0) + (d.length() > 1 ? "." + d.substring(1) : "") + "E" + (e >= 0 ? "+" : "") + e);
        Arbitrary<String> plain = Arbitraries.bigDecimals().between(new BigDecimal("-1E+20"), new BigDecimal("1E+20"))
                .ofScale(6).map(BigDecimal::toPlainString);
        return Arbitraries.oneOf(scientific, plain, Arbitraries.of("0", "-0", "1.50", "12345678901234567890123456789012345678"))
                .filter(DynamoNumbers::isValid).map(NumberValue::new);
    }

    static Arbitrary<BinaryValue> binaries() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(24).map(BinaryValue::new);
    }

    static Arbitrary<DynamoValue> scalars() {
        return Arbitraries.oneOf(
                strings().map(StringValue::new),
                numbers().map(n -> n),
                binaries().map(b -> b),
                Arbitraries.of(BoolValue.TRUE, BoolValue.FALSE, NullValue.INSTANCE));
    }

    static Arbitrary<DynamoValue> sets() {
        return Arbitraries.oneOf(
                strings().set().ofMinSize(1).ofMaxSize(5).map(StringSetValue::new),
                numbers().set().ofMinSize(1).ofMaxSize(5).map(NumberSetValue::new),
                binaries().set().ofMinSize(1).ofMaxSize(4).map(BinarySetValue::new));
    }

    static Arbitrary<DynamoValue> values(int depth) {
        if (depth == 0) {
            return Arbitraries.oneOf(scalars(), sets());
        }
        Arbitrary<DynamoValue> child = Arbitraries.lazy(() -> values(depth - 1));
        Arbitrary<DynamoValue> maps = Arbitraries.maps(strings(), child).ofMaxSize(4)
                .map(entries -> new MapValue(new LinkedHashMap<>(entries)));
        Arbitrary<DynamoValue> lists = child.list().ofMaxSize(4).map(ListValue::new);
        return Arbitraries.frequencyOf(
                Tuple.of(4, scalars()),
                Tuple.of(2, sets()),
                Tuple.of(1, maps),
                Tuple.of(1, lists));
    }

    public static Arbitrary<Item> items() {
        Arbitrary<String> names = strings().filter(name -> !name.isEmpty());
        return Arbitraries.maps(names, values(3)).ofMinSize(1).ofMaxSize(6)
                .map(attributes -> new Item(new LinkedHashMap<>(attributes)));
    }
}
