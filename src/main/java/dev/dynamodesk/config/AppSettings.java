package dev.dynamodesk.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the window remembers between runs, read and written as settings.json.
 * A missing window means "not yet known": the first window picks a size that fits the screen.
 */
public record AppSettings(Theme theme, WindowBounds window, double sidebarDivider,
                          Map<String, TableLayout> tableLayouts, Boolean previewSaves, Boolean gettingStartedSeen) {
    public enum Theme { LIGHT, DARK }

    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public static final double DEFAULT_DIVIDER = 0.22;

    public static AppSettings defaults() {
        return new AppSettings(Theme.LIGHT, null, DEFAULT_DIVIDER, Map.of(), true, false);
    }

    public AppSettings {
        theme = theme == null ? Theme.LIGHT : theme;
        if (window != null && (window.width() < 200 || window.height() < 150)) {
            window = null;
        }
        sidebarDivider = sidebarDivider > 0.05 && sidebarDivider < 0.8 ? sidebarDivider : DEFAULT_DIVIDER;
        tableLayouts = tableLayouts == null ? Map.of() : Map.copyOf(tableLayouts);
        // Until the user says otherwise, every save shows what it will send.
        previewSaves = previewSaves == null || previewSaves;
        gettingStartedSeen = gettingStartedSeen != null && gettingStartedSeen;
    }

    public Optional<WindowBounds> knownWindow() {
        return Optional.ofNullable(window);
    }

    public AppSettings withTheme(Theme newTheme) {
        return new AppSettings(newTheme, window, sidebarDivider, tableLayouts, previewSaves, gettingStartedSeen);
    }

    public AppSettings withWindow(WindowBounds bounds, double divider) {
        return new AppSettings(theme, bounds, divider, tableLayouts, previewSaves, gettingStartedSeen);
    }

    /** Remembers the grid layout of one table; {@code key} names the connection and table. */
    public AppSettings withTableLayout(String key, TableLayout layout) {
        Map<String, TableLayout> layouts = new HashMap<>(tableLayouts);
        layouts.put(key, layout);
        return new AppSettings(theme, window, sidebarDivider, layouts, previewSaves, gettingStartedSeen);
    }

    /** Once the Getting started tab has been shown, it does not open by itself again. */
    public AppSettings withGettingStartedSeen() {
        return new AppSettings(theme, window, sidebarDivider, tableLayouts, previewSaves, true);
    }

    public AppSettings withPreviewSaves(boolean preview) {
        return new AppSettings(theme, window, sidebarDivider, tableLayouts, preview, gettingStartedSeen);
    }
}
