package dev.dynamodesk.bench;

import dev.dynamodesk.entity.EntityDetector;
import dev.dynamodesk.entity.EntityModel;
import dev.dynamodesk.entity.GeneratedDesignTest;
import dev.dynamodesk.item.Item;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Entity detection's time on a sample already read (the target: 0.5 s for 2,000 items):
 * the generated shop design (five entities, two overloaded GSIs), after a warm-up, as the median
 * of 20 runs and the slowest.
 */
class EntityDetectionBenchmark {
    @Test
    void detectionOfTwoThousandItems() {
        List<Item> sample = GeneratedDesignTest.shop(3);
        long coldStart = System.nanoTime();
        EntityDetector.detect(GeneratedDesignTest.SHOP, sample, null);
        long cold = (System.nanoTime() - coldStart) / 1_000;
        for (int i = 0; i < 5; i++) {
            EntityDetector.detect(GeneratedDesignTest.SHOP, sample, null);
        }
        long[] millis = new long[20];
        EntityModel model = null;
        for (int i = 0; i < millis.length; i++) {
            long started = System.nanoTime();
            model = EntityDetector.detect(GeneratedDesignTest.SHOP, sample, null);
            millis[i] = (System.nanoTime() - started) / 1_000;
        }
        java.util.Arrays.sort(millis);
        long first;
        long started = System.nanoTime();
        EntityDetector.detect(GeneratedDesignTest.SHOP, GeneratedDesignTest.shop(9), null);
        first = (System.nanoTime() - started) / 1_000;
        System.out.printf("Entity detection, %,d items, %d entities: first (cold) run %,d µs; median %,d µs, slowest %,d µs of 20"
                + " warm runs; another sample %,d µs; target 500,000 µs%n", sample.size(), model.entities().size(), cold, millis[10],
                millis[19], first);
    }
}
