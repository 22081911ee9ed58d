package dev.dynamodesk.ui.shell;

import dev.dynamodesk.config.AppDirectories;
import dev.dynamodesk.connection.AwsConfigFiles;
import dev.dynamodesk.local.LocalRuntime;
import dev.dynamodesk.ui.browser.GridSettings;

/**
 * How the GUI is started: where its files live, how the embedded DynamoDB Local runs, and the
 * grid's reading settings. Normally from defaults and system properties; tests build their own.
 *
 * <p>System properties: {@code dynamodesk.home} (all files under one folder),
 * {@code dynamodesk.local.inMemory}, {@code dynamodesk.local.port}, {@code dynamodesk.sampleEvents}.
 */
public record AppOptions(AppDirectories directories, LocalRuntime.Settings local, GridSettings grid, AwsConfigFiles aws) {

    /** With the user's own AWS files, as the AWS CLI finds them. */
    public AppOptions(AppDirectories directories, LocalRuntime.Settings local, GridSettings grid) {
        this(directories, local, grid, AwsConfigFiles.fromEnvironment());
    }

    public static AppOptions fromSystemProperties() {
        LocalRuntime.Settings defaults = LocalRuntime.Settings.defaults();
        LocalRuntime.Settings local = new LocalRuntime.Settings(
                Boolean.getBoolean("dynamodesk.local.inMemory"),
                Integer.getInteger("dynamodesk.local.port", defaults.port()),
                Integer.getInteger("dynamodesk.sampleEvents", defaults.sampleEvents()));
        return new AppOptions(AppDirectories.forCurrentUser(), local, GridSettings.defaults());
    }
}
