package dev.dynamodesk.ui.entity;

import dev.dynamodesk.ui.common.TextColumns;
import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.dynamo.query.SnippetRequests;
import dev.dynamodesk.entity.AccessPattern;
import dev.dynamodesk.entity.EntityModel;
import dev.dynamodesk.entity.EntityQueries;
import dev.dynamodesk.transfer.snippet.SnippetRequest;
import dev.dynamodesk.ui.common.Buttons;
import dev.dynamodesk.ui.common.CodeSnippetMenu;
import dev.dynamodesk.ui.common.DialogService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The model's named access patterns: each with what it reads (which index, Query or Scan) checked
 * against the table's keys; Run asks for its parameters and shows the results in the entity's
 * view; Copy as code writes the request with the parameters as placeholders.
 */
final class PatternPane extends VBox {
    private final EntityViewModel model;
    private final Supplier<Window> window;
    private final TableView<AccessPattern> patterns = new TableView<>();

    PatternPane(EntityViewModel model, Supplier<Window> window, Runnable showItems, Supplier<ConnectionProfile> connection) {
        super(8);
        this.model = model;
        this.window = window;
        setPadding(new Insets(0, 12, 8, 6));
        Label heading = new Label("Access patterns");
        heading.getStyleClass().add("info-heading");
        patterns.setId("patternList");
        patterns.setPlaceholder(new Label("No access patterns yet: New pattern… names a Query the application makes."));
        patterns.getColumns().add(TextColumns.of("Pattern", 170, AccessPattern::name));
        patterns.getColumns().add(TextColumns.of("Parameters", 110, pattern -> String.join(", ", pattern.parameters())));
        patterns.getColumns().add(TextColumns.of("Reads", 330, this::reads));
        Button run = Buttons.of("Run…", "runPattern", Feather.PLAY, () -> selected().ifPresent(pattern ->
                EntityDialogs.parameters(window.get(), pattern.name(), pattern.description() == null ? "Values for its parameters:"
                        : pattern.description(), pattern.parameters(), java.util.List.of(reads(pattern))).ifPresent(values -> {
                            try {
                                model.run(pattern, values);
                                showItems.run();
                            } catch (IllegalArgumentException e) {
                                DialogService.current().error(window.get(), pattern.name(), e);
                            }
                        })));
        MenuButton code = new MenuButton("Copy as code");
        code.setId("copyPatternCode");
        code.getItems().setAll(CodeSnippetMenu.items("copyPatternCode", this::snippet, connection));
        Button add = Buttons.of("New pattern…", "newPattern", Feather.PLUS, () -> EntityDialogs.pattern(window.get(),
                model.modelProperty().get()).ifPresent(model::addPattern));
        run.disableProperty().bind(patterns.getSelectionModel().selectedItemProperty().isNull());
        code.disableProperty().bind(patterns.getSelectionModel().selectedItemProperty().isNull());
        add.disableProperty().bind(model.modelProperty().isNull());
        Label explanation = new Label();
        explanation.setId("patternExplanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(model.explanationProperty());
        getChildren().addAll(heading, patterns, new HBox(8, run, code, add), explanation);
        VBox.setVgrow(patterns, Priority.ALWAYS);
        model.modelProperty().addListener((observable, was, now) -> patterns.getItems().setAll(now == null ? java.util.List.of()
                : now.patterns()));
        if (model.modelProperty().get() != null) {
            patterns.getItems().setAll(model.modelProperty().get().patterns());
        }
    }

    /** "Query of index GSI1 where GSI1PK = user#{email} and begins_with(GSI1SK, "company#")", or why it cannot run. */
    private String reads(AccessPattern pattern) {
        EntityModel current = model.modelProperty().get();
        if (current == null || model.tableInfo() == null) {
            return "";
        }
        try {
            return EntityQueries.pattern(pattern, placeholders(pattern), current, model.tableInfo()).explanation();
        } catch (IllegalArgumentException e) {
            return "Cannot run: " + e.getMessage();
        }
    }

    private Optional<EntityQueries.Planned> plan(AccessPattern pattern) {
        EntityModel current = model.modelProperty().get();
        if (current == null || model.tableInfo() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(EntityQueries.pattern(pattern, placeholders(pattern), current, model.tableInfo()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Each parameter's value written as itself, {companyId}: the request then shows the template. */
    private static Map<String, String> placeholders(AccessPattern pattern) {
        Map<String, String> values = new LinkedHashMap<>();
        pattern.parameters().forEach(parameter -> values.put(parameter, "{" + parameter + "}"));
        return values;
    }

    private Optional<SnippetRequest> snippet() {
        return selected().flatMap(this::plan).flatMap(planned -> {
            try {
                return Optional.of(SnippetRequests.of(QueryPlan.of(planned.query(), model.tableInfo())));
            } catch (dev.dynamodesk.dynamo.query.InvalidQueryException e) {
                return Optional.empty();
            }
        });
    }

    private Optional<AccessPattern> selected() {
        return Optional.ofNullable(patterns.getSelectionModel().getSelectedItem());
    }
}
