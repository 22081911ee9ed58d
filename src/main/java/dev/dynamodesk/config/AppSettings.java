package dev.dynamodesk.config;

import java.util.Optional;

/**
 * What the window remembers between runs, read and written as settings.json.
 * A missing window means "not yet known": the first window picks a size that fits the screen.
 */
public record AppSettings(Theme theme, WindowBounds window, double sidebarDivider) {
    public enum Theme { LIGHT, DARK }

    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public static final double DEFAULT_DIVIDER = 0.22;

    public static AppSettings defaults() {
        return new AppSettings(Theme.LIGHT, null, DEFAULT_DIVIDER);
    }

    public AppSettings {
        theme = theme == null ? Theme.LIGHT : theme;
        if (window != null && (window.width() < 200 || window.height() < 150)) {
            window = null;
        }
        sidebarDivider = sidebarDivider > 0.05 && sidebarDivider < 0.8 ? sidebarDivider : DEFAULT_DIVIDER;
    }

    public Optional<WindowBounds> knownWindow() {
        return Optional.ofNullable(window);
    }

    public AppSettings withTheme(Theme newTheme) {
        return new AppSettings(newTheme, window, sidebarDivider);
    }

    public AppSettings withWindow(WindowBounds bounds, double divider) {
        return new AppSettings(theme, bounds, divider);
    }
}
