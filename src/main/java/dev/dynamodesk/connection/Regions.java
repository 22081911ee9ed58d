package dev.dynamodesk.connection;

import java.util.List;
import software.amazon.awssdk.regions.Region;

/** Every region the SDK knows, for the region picker (a region it does not know can still be typed). */
public final class Regions {
    private Regions() {
    }

    public static List<String> all() {
        return Region.regions().stream()
                .filter(region -> !region.isGlobalRegion())
                .map(Region::id)
                .filter(id -> !id.startsWith("aws-") && !id.contains("fips"))
                .sorted()
                .toList();
    }
}
