package dev.dynamodesk.transform;

import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;

/**
 * Realistic made-up values (Datafaker): each from a seed, so that the same input gives the same
 * fake in every table and every run. One Faker per thread, reseeded before each value (a Faker
 * takes long to build; its random source is the one it was given).
 */
final class FakeValues {
    private record Seeded(Faker faker, Random random) {
    }

    private static final ThreadLocal<Seeded> FAKERS = ThreadLocal.withInitial(() -> {
        Random random = new Random(0);
        return new Seeded(new Faker(Locale.ENGLISH, random), random);
    });

    private FakeValues() {
    }

    static String make(Transform.Kind kind, long seed) {
        Seeded seeded = FAKERS.get();
        seeded.random().setSeed(seed);
        Faker faker = seeded.faker();
        return switch (kind) {
            case EMAIL -> faker.internet().emailAddress();
            case NAME -> faker.name().fullName();
            case PHONE -> faker.phoneNumber().phoneNumber();
            case ADDRESS -> faker.address().fullAddress();
            case COMPANY -> faker.company().name();
            default -> throw new IllegalArgumentException(kind + " is no fake value");
        };
    }
}
