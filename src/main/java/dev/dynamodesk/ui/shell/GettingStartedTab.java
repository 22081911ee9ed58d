package dev.dynamodesk.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.FlowPane;
import javafx.scene.Node;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The first thing a new user sees (once; Help ▸ Getting started brings it back): what is already
 * there to try, how to reach AWS, and where the rest of the app is, each with a button that does it.
 */
final class GettingStartedTab extends Tab {
    /** The narrowest a card gets; cards grow to share the page, up to three a row. */
    private static final double CARD_WIDTH = 250;
    private static final double GAP = 14;

    GettingStartedTab(WindowCommands commands) {
        super("Getting started");
        setId("gettingStartedTab");
        setGraphic(FontIcon.of(Feather.COMPASS));

        Label title = new Label("Welcome to Dynamo Desk");
        title.getStyleClass().add("getting-started-title");
        Label lead = new Label("The built-in connection Local (embedded) runs DynamoDB Local inside the app, filled with "
                + "sample tables, so you can try everything without an AWS account. Nothing you do there leaves this machine.");
        lead.setWrapText(true);
        lead.getStyleClass().add("getting-started-lead");

        FlowPane cards = new FlowPane(GAP, GAP,
                card(Feather.GRID, "Try the sample data",
                        "UserData, App (a single-table design with an index), Orders, Events (20,000 items) and "
                                + "TypeShowcase (every DynamoDB type). Double-click a table on the left.",
                        commands.button(WindowCommand.OPEN_SAMPLE_TABLE, "startOpenTable")),
                card(Feather.CLOUD, "Connect to AWS",
                        "Use your AWS CLI profiles as they are: keys, SSO, roles with MFA. Mark production "
                                + "connections and read-only ones; the app refuses writes to read-only ones.",
                        commands.button(WindowCommand.NEW_CONNECTION, "startNewConnection"),
                        commands.button(WindowCommand.IMPORT_AWS_PROFILES, "startImportProfiles")),
                card(Feather.SEARCH, "Query and scan",
                        "In a table, type a partition key value in the builder and press Ctrl+Enter: a Query. "
                                + "Add filters; the Code menu copies it as a CLI command or a program."),
                card(Feather.TERMINAL, "PartiQL console",
                        "SELECT, INSERT, UPDATE and DELETE with completion, parameters and history. A SELECT that "
                                + "would read a whole table asks first.",
                        worded(commands.button(WindowCommand.OPEN_CONSOLE, "startConsole"), "Open the console")),
                card(Feather.EDIT_3, "Edit items safely",
                        "Double-click a row to edit it as a tree or as JSON. Saves only change what you changed, "
                                + "and never overwrite someone else's change: you choose what to keep."),
                card(Feather.LAYERS, "Change many items",
                        "Select rows (or right-click a console's results) ▸ Change or delete in bulk: a dry run first, "
                                + "then conditional writes, journaled; the connection's history reverts a run."),
                card(Feather.COLUMNS, "Copy and compare",
                        "Right-click a table ▸ Copy or compare: production into Local (anonymized on the way if you "
                                + "want), staging against production, a query against a table. Differences side by side."),
                card(Feather.REPEAT, "Import, export, CLI",
                        "File ▸ Export and Import: DynamoDB JSON, JSON and CSV with a column mapping. The same from a "
                                + "terminal: dynamodesk --help.",
                        commands.button(WindowCommand.SHORTCUTS, "startShortcuts")));
        cards.setPrefWrapLength(3 * CARD_WIDTH + 2 * GAP);
        // Cards share the page's width (up to three a row) instead of leaving the right of it empty.
        cards.widthProperty().addListener((observable, old, width) -> fit(cards, width.doubleValue()));

        VBox page = new VBox(title, lead, cards);
        page.getStyleClass().add("getting-started");
        StackPane centred = new StackPane(page);
        centred.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        setContent(scroll);
    }

    private static VBox card(Feather icon, String title, String text, Button... buttons) {
        Label heading = new Label(title, FontIcon.of(icon));
        heading.getStyleClass().add("card-title");
        Label body = new Label(text);
        body.setWrapText(true);
        body.getStyleClass().add("card-text");
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox card = new VBox(heading, body);
        // Buttons go onto a second line rather than out of a narrow card.
        FlowPane row = new FlowPane(8, 6);
        for (Button button : buttons) {
            button.getStyleClass().add("small");
            button.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(button);
        }
        if (!row.getChildren().isEmpty()) {
            card.getChildren().add(row);
        }
        card.getStyleClass().add("getting-started-card");
        card.setPrefWidth(CARD_WIDTH);
        card.setMinHeight(170);
        return card;
    }

    /** As many columns of cards as fit at their narrowest (at most three), each as wide as its share. */
    static void fit(FlowPane cards, double width) {
        int columns = (int) Math.max(1, Math.min(3, Math.floor((width + GAP) / (CARD_WIDTH + GAP))));
        double cardWidth = Math.floor((width - GAP * (columns - 1)) / columns);
        for (Node card : cards.getChildren()) {
            if (card instanceof Region region) {
                region.setMinWidth(cardWidth);
                region.setPrefWidth(cardWidth);
                region.setMaxWidth(cardWidth);
            }
        }
    }

    /** A command's button with the card's own words for it. */
    private static Button worded(Button button, String text) {
        button.setText(text);
        return button;
    }
}
