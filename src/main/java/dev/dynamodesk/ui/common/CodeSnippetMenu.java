package dev.dynamodesk.ui.common;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.CredentialSource;
import dev.dynamodesk.transfer.snippet.SnippetLanguage;
import dev.dynamodesk.transfer.snippet.SnippetRequest;
import dev.dynamodesk.transfer.snippet.SnippetTarget;
import dev.dynamodesk.transfer.snippet.Snippets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * "Copy as code" menu items: the request at hand written as an AWS CLI command or a Java, Python
 * or JavaScript program for the connection in use, put on the clipboard.
 */
public final class CodeSnippetMenu {
    private CodeSnippetMenu() {
    }

    /** One item per language, with ids {@code idPrefix + "-" + language}, e.g. "copyItemCode-JAVA". */
    public static List<MenuItem> items(String idPrefix, Supplier<Optional<SnippetRequest>> request,
                                       Supplier<ConnectionProfile> connection) {
        List<MenuItem> items = new ArrayList<>();
        for (SnippetLanguage language : SnippetLanguage.values()) {
            MenuItem item = new MenuItem(language.label());
            item.setId(idPrefix + "-" + language.name());
            item.setOnAction(event -> request.get().ifPresent(chosen -> copy(chosen, language, connection.get())));
            items.add(item);
        }
        return items;
    }

    /** A submenu holding {@link #items}. */
    public static Menu menu(String text, String idPrefix, Supplier<Optional<SnippetRequest>> request,
                            Supplier<ConnectionProfile> connection) {
        Menu menu = new Menu(text);
        menu.setId(idPrefix);
        menu.getItems().setAll(items(idPrefix, request, connection));
        return menu;
    }

    public static void copy(SnippetRequest request, SnippetLanguage language, ConnectionProfile connection) {
        ClipboardContent content = new ClipboardContent();
        content.putString(Snippets.write(request, language, target(connection)));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Where the connection's snippets connect: its region, its own endpoint, its AWS profile. */
    public static SnippetTarget target(ConnectionProfile connection) {
        // A role the app assumes itself has no profile the SDKs could use: the snippet then finds
        // credentials the default way, and the user supplies the role.
        String profile = connection.credentials() instanceof CredentialSource.NamedProfile named ? named.profileName() : null;
        return new SnippetTarget(connection.region(), connection.endpoint(), profile);
    }
}
