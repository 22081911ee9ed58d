package dev.dynamodesk.ui.copy;

import dev.dynamodesk.ui.common.TextColumns;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.transform.CopyJob;
import java.io.File;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Anonymize on the way": the copy's transformers, a transformer per path and a default per
 * type, where the secret comes from, Save job / Load job, and the first 20 items before and after,
 * refreshed a moment after each change.
 */
final class TransformJobView extends TitledPane {
    static final List<String> KINDS = List.of("keep", "remove", "null", "const:", "hash", "hash:prefix", "email", "name", "phone",
            "address", "company", "mask:4", "truncate:10", "shift:+1d", "random");

    private final TransformJobModel model;
    private final VBox rows = new VBox(4);
    private final PauseTransition settle = new PauseTransition(Duration.millis(400));

    TransformJobView(TransformJobModel model, Supplier<CopyJob> job) {
        this.model = model;
        setId("transformJob");
        setText("Anonymize on the way (transformers and a PartiQL subset)");
        setExpanded(false);
        // Opens at once, so that the page can scroll to it right away.
        setAnimated(false);
        settle.setOnFinished(event -> model.refreshPreview());
        Label hint = new Label("Paths as Neosync writes them (address.zip, lines[*].sku). hash and the fake values (email, name, phone,"
                + " address, company) are keyed by the secret: the same value gives the same output in every table and run. Keys are"
                + " kept unless a path names them.");
        hint.getStyleClass().add("form-hint");
        hint.setWrapText(true);
        Button add = new Button("Transformer", FontIcon.of(Feather.PLUS));
        add.setId("addTransform");
        add.getStyleClass().addAll("small", "flat");
        add.setOnAction(event -> model.addRule());
        model.rules().addListener((ListChangeListener<TransformJobModel.RuleRow>) change -> {
            showRows();
            changed();
        });
        HBox defaults = new HBox(6, fixed(new Label("Values no path names:")));
        defaults.setAlignment(Pos.CENTER_LEFT);
        for (AttributeType type : TransformJobModel.DEFAULT_TYPES) {
            ComboBox<String> kind = kindBox("default" + type, "keep");
            kind.getEditor().textProperty().bindBidirectional(model.defaultProperty(type));
            defaults.getChildren().addAll(fixed(new Label(type.name())), kind);
        }
        TextField variable = new TextField();
        variable.setId("secretEnv");
        variable.setPromptText("environment variable");
        variable.setPrefColumnCount(12);
        variable.textProperty().bindBidirectional(model.secretEnvProperty());
        PasswordField typed = new PasswordField();
        typed.setId("secretTyped");
        typed.setPromptText("or type it (kept in memory only)");
        typed.setPrefColumnCount(14);
        typed.textProperty().bindBidirectional(model.secretProperty());
        for (var property : List.of(variable.textProperty(), typed.textProperty())) {
            property.addListener((observable, was, now) -> changed());
        }
        Button save = new Button("Save job…", FontIcon.of(Feather.SAVE));
        save.setId("saveJob");
        save.getStyleClass().add("small");
        save.setOnAction(event -> {
            File file = chooser().showSaveDialog(getScene().getWindow());
            if (file != null) {
                model.save(job.get(), file.toPath());
            }
        });
        Button load = new Button("Load job…", FontIcon.of(Feather.FOLDER));
        load.setId("loadJob");
        load.getStyleClass().add("small");
        load.setOnAction(event -> {
            File file = chooser().showOpenDialog(getScene().getWindow());
            if (file != null) {
                model.open(file.toPath());
            }
        });
        HBox secret = new HBox(6, fixed(new Label("Secret from")), variable, typed, save, load);
        secret.setAlignment(Pos.CENTER_LEFT);
        TextField where = new TextField();
        where.setId("partiqlWhere");
        where.setPromptText("all items (or a PartiQL condition: status = 'open' AND total > 100)");
        where.setPrefColumnCount(30);
        where.textProperty().bindBidirectional(model.partiqlWhereProperty());
        where.textProperty().addListener((observable, was, now) -> changed());
        Label statement = new Label();
        statement.setId("subsetStatement");
        statement.getStyleClass().add("form-hint");
        statement.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.statement().isEmpty() ? ""
                : "Runs " + model.statement() + " (a copy of a subset is run again whole rather than resumed)", model.partiqlWhereProperty()));
        statement.visibleProperty().bind(statement.textProperty().isNotEmpty());
        statement.managedProperty().bind(statement.visibleProperty());
        HBox subset = new HBox(6, fixed(new Label("Only items where")), where);
        subset.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(where, javafx.scene.layout.Priority.ALWAYS);
        Label status = new Label();
        status.setId("previewStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.previewStatusProperty());
        VBox content = new VBox(8, hint, subset, statement, rows, add, defaults, secret, status);
        setContent(content);
        expandedProperty().addListener((observable, was, now) -> {
            if (now) {
                model.refreshPreview();
            }
        });
        showRows();
    }

    TransformJobModel model() {
        return model;
    }

    private void changed() {
        if (isExpanded()) {
            settle.playFromStart();
        }
    }

    private void showRows() {
        rows.getChildren().clear();
        List<TransformJobModel.RuleRow> rules = model.rules();
        for (int i = 0; i < rules.size(); i++) {
            TransformJobModel.RuleRow rule = rules.get(i);
            TextField path = new TextField();
            path.setId("transformPath" + i);
            path.setPromptText("path: email, address.zip, lines[*].sku");
            path.setPrefColumnCount(18);
            path.textProperty().bindBidirectional(rule.pathProperty());
            path.textProperty().addListener((observable, was, now) -> changed());
            ComboBox<String> kind = kindBox("transformKind" + i, "transformer");
            kind.getEditor().textProperty().bindBidirectional(rule.transformerProperty());
            kind.getEditor().textProperty().addListener((observable, was, now) -> changed());
            Button remove = new Button(null, FontIcon.of(Feather.X));
            remove.getStyleClass().addAll("flat", "button-icon", "small");
            remove.setTooltip(new Tooltip("Remove this transformer"));
            remove.setOnAction(event -> model.rules().remove(rule));
            HBox row = new HBox(6, path, kind, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
    }

    private ComboBox<String> kindBox(String id, String prompt) {
        ComboBox<String> kind = new ComboBox<>();
        kind.setId(id);
        kind.setEditable(true);
        kind.setPromptText(prompt);
        kind.getItems().setAll(KINDS);
        kind.setPrefWidth(130);
        kind.valueProperty().addListener((observable, was, now) -> {
            if (now != null && !now.equals(kind.getEditor().getText())) {
                kind.getEditor().setText(now);
            }
        });
        kind.getEditor().textProperty().addListener((observable, was, now) -> changed());
        return kind;
    }

    /** The preview of the first items, shown in the page's lower half while the transformers are open. */
    TableView<TransformJobModel.PreviewRow> previewTable() {
        TableView<TransformJobModel.PreviewRow> table = new TableView<>(model.preview());
        table.setId("transformPreview");
        table.setPlaceholder(new Label("Open this to see the first " + TransformJobModel.PREVIEWED + " items before and after"));
        table.getColumns().add(TextColumns.of("Item", 60, row -> Integer.toString(row.item())));
        table.getColumns().add(TextColumns.of("Attribute", 130, TransformJobModel.PreviewRow::attribute));
        table.getColumns().add(TextColumns.of("Before", 300, TransformJobModel.PreviewRow::before));
        table.getColumns().add(TextColumns.of("After", 300, TransformJobModel.PreviewRow::after));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(TransformJobModel.PreviewRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("changed"), !empty && row != null && row.changed());
            }
        });
        return table;
    }

    private static FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Copy job");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Copy job (JSON)", "*.json"));
        return chooser;
    }

    private static <T extends javafx.scene.layout.Region> T fixed(T region) {
        region.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return region;
    }
}
