package dev.dynamodesk.ui.console;

import dev.dynamodesk.ui.common.DialogService;
import java.util.List;
import javafx.stage.Window;

/** Asks before SELECTs that read whole tables: on a big table they take long and cost capacity. */
public final class FullScanQuestion {
    private FullScanQuestion() {
    }

    public static boolean ask(Window owner, List<String> reasons) {
        String header = reasons.size() == 1 ? "This SELECT reads the whole table"
                : reasons.size() + " of these SELECTs read whole tables";
        String text = String.join("\n", reasons)
                + "\n\nOn a large table that takes long and uses read capacity for every item. "
                + "Give the partition key with = or IN to read only what you need.";
        return DialogService.current().confirm(owner,
                DialogService.Question.of("fullScanQuestion", header, text).yes("Run anyway").asWarning());
    }
}
