package dev.dynamodesk.ui.browser;

import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.TableDetails;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A table's shape and settings as sections of label and value: keys and attribute definitions,
 * indexes, capacity and size, the operations panel (streams, TTL, backups and the rest) and identity.
 */
public final class TableInfoView extends ScrollPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(ZoneId.systemDefault());

    private final VBox content = new VBox(18);

    /** @param operations the operations panel, shown in place of a list of features */
    public TableInfoView(TableInfoModel model, Node actions, Node operations) {
        setId("tableInfo");
        getStyleClass().add("table-info");
        setFitToWidth(true);
        content.getStyleClass().add("table-info-content");
        setContent(content);
        model.detailsProperty().addListener((observable, old, details) -> show(details, actions, operations));
        model.errorProperty().addListener((observable, old, error) -> {
            if (error != null) {
                content.getChildren().setAll(new Label("Could not describe the table: " + error.summary()));
            }
        });
    }

    private void show(TableDetails details, Node actions, Node operations) {
        content.getChildren().clear();
        if (details == null) {
            return;
        }
        content.getChildren().add(actions);
        content.getChildren().add(section("Keys",
                row("Partition key", keyText(details.info().partitionKey())),
                row("Sort key", details.info().sortKey() == null ? "none" : keyText(details.info().sortKey())),
                row("Attribute definitions", details.attributeDefinitions().entrySet().stream()
                        .map(entry -> entry.getKey() + " (" + entry.getValue() + ")").collect(Collectors.joining(", ")))));

        GridPane indexes = grid();
        if (details.indexes().isEmpty()) {
            indexes.addRow(0, value("No secondary indexes"));
        }
        int line = 0;
        for (TableDetails.IndexDetails index : details.indexes()) {
            // Every attribute of a multi-attribute key, in order: "a (S) + b (N) · c (S) + d (N)".
            dev.dynamodesk.dynamo.IndexInfo schema = details.schemaOf(index);
            String keys = dev.dynamodesk.dynamo.IndexInfo.label(schema.partitionKeys())
                    + (schema.sortKeys().isEmpty() ? "" : " · " + dev.dynamodesk.dynamo.IndexInfo.label(schema.sortKeys()));
            String projection = index.projection() + (index.projectedAttributes().isEmpty() ? ""
                    : " (" + String.join(", ", index.projectedAttributes()) + ")");
            String extra = index.global() ? " · " + (index.status() == null ? "" : index.status())
                    + capacity(index.readCapacity(), index.writeCapacity()) : "";
            indexes.addRow(line++, label((index.global() ? "GSI " : "LSI ") + index.name()),
                    value(keys + " · projects " + projection + extra));
        }
        content.getChildren().add(section("Indexes", indexes));

        content.getChildren().add(section("Capacity and size",
                row("Status", details.status()),
                row("Billing", "PAY_PER_REQUEST".equals(details.billingMode()) ? "On demand"
                        : "Provisioned" + capacity(details.readCapacity(), details.writeCapacity())),
                row("Items (estimate)", LoadFigures.count(details.itemCount())
                        + " — DynamoDB updates this about every six hours; Count on the Items view counts for real"),
                row("Size", bytes(details.sizeBytes()))));

        content.getChildren().add(operations);

        content.getChildren().add(section("Identity",
                row("ARN", details.arn()),
                row("Created", details.created() == null ? "not reported" : WHEN.format(details.created()))));
    }

    private static VBox section(String title, Node... rows) {
        Label heading = new Label(title);
        heading.getStyleClass().add("info-heading");
        VBox section = new VBox(6, heading);
        if (rows.length == 1 && rows[0] instanceof GridPane grid) {
            section.getChildren().add(grid);
        } else {
            GridPane grid = grid();
            for (int i = 0; i < rows.length; i++) {
                HBox row = (HBox) rows[i];
                grid.addRow(i, row.getChildren().get(0), row.getChildren().get(1));
            }
            section.getChildren().add(grid);
        }
        return section;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints(180);
        labels.setHalignment(HPos.LEFT);
        grid.getColumnConstraints().addAll(labels, new ColumnConstraints());
        return grid;
    }

    private static HBox row(String name, String text) {
        return new HBox(label(name), value(text));
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("info-label");
        return label;
    }

    private static Label value(String text) {
        Label value = new Label(text);
        value.getStyleClass().add("info-value");
        value.setWrapText(true);
        if (text.startsWith("not available")) {
            value.getStyleClass().add("info-unavailable");
        }
        return value;
    }

    private static String keyText(KeyAttribute key) {
        return key.name() + " (" + key.type().name() + ")";
    }

    private static String capacity(Long read, Long write) {
        return read == null ? "" : " · " + read + " read / " + write + " write units";
    }

    static String bytes(long size) {
        if (size < 1024) {
            return size + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = size;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format("%.1f %s (%s bytes)", value, units[unit], LoadFigures.count(size));
    }
}
