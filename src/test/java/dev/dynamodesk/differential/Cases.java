package dev.dynamodesk.differential;

import dev.dynamodesk.testing.Backend;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The differential cases: every backend, and every backend with each of some values. */
final class Cases {
    private Cases() {
    }

    static Stream<Backend.Kind> backends() {
        return Stream.of(Backend.Kind.values());
    }

    /** Each backend with each value: (backend, value). */
    static Stream<Arguments> with(Object... values) {
        List<Arguments> cases = new ArrayList<>();
        for (Backend.Kind kind : Backend.Kind.values()) {
            for (Object value : values) {
                cases.add(Arguments.of(kind, value));
            }
        }
        return cases.stream();
    }
}
