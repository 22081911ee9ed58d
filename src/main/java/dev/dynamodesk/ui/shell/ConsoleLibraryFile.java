package dev.dynamodesk.ui.shell;

import dev.dynamodesk.config.JsonFileStore;
import dev.dynamodesk.ui.common.BackgroundSaver;
import dev.dynamodesk.ui.common.TaskRunner;
import dev.dynamodesk.ui.console.ConsoleLibrary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The console's history, saved scripts and drafts, kept in console.json in the config folder:
 * read once at start, changed in memory on the FX thread, written in the background after each
 * change (statements and parameter values only; no credentials pass through the console).
 */
final class ConsoleLibraryFile implements ConsoleLibrary {
    /** The file's content. */
    record Content(Map<String, List<HistoryEntry>> history, Map<String, String> scripts, Map<String, String> drafts) {
        Content {
            history = history == null ? Map.of() : Map.copyOf(history);
            scripts = scripts == null ? Map.of() : Map.copyOf(scripts);
            drafts = drafts == null ? Map.of() : Map.copyOf(drafts);
        }
    }

    private final BackgroundSaver<Content> saver;
    private final Optional<String> loadProblem;
    private final Map<String, List<HistoryEntry>> history;
    private final Map<String, String> scripts;
    private final Map<String, String> drafts;
    private TaskRunner tasks;

    private ConsoleLibraryFile(JsonFileStore<Content> store, Content content, Optional<String> loadProblem) {
        this.saver = new BackgroundSaver<>(store);
        this.history = new HashMap<>(content.history());
        this.scripts = new TreeMap<>(content.scripts());
        this.drafts = new HashMap<>(content.drafts());
        this.loadProblem = loadProblem;
    }

    static ConsoleLibraryFile load(Path file) {
        JsonFileStore<Content> store = new JsonFileStore<>(file, Content.class, () -> new Content(null, null, null));
        JsonFileStore.Loaded<Content> loaded = store.load();
        return new ConsoleLibraryFile(store, loaded.value(), loaded.problem());
    }

    Optional<String> loadProblem() {
        return loadProblem;
    }

    /** Where background saves run; until set (tests), nothing is written. */
    void saveWith(TaskRunner runner) {
        this.tasks = runner;
    }

    @Override
    public List<HistoryEntry> history(String connectionKey) {
        return List.copyOf(history.getOrDefault(connectionKey, List.of()));
    }

    @Override
    public void remember(String connectionKey, HistoryEntry entry) {
        List<HistoryEntry> entries = new ArrayList<>(history.getOrDefault(connectionKey, List.of()));
        entries.add(0, entry);
        if (entries.size() > HISTORY_SIZE) {
            entries.subList(HISTORY_SIZE, entries.size()).clear();
        }
        history.put(connectionKey, entries);
        changed();
    }

    @Override
    public void clearHistory(String connectionKey) {
        history.remove(connectionKey);
        changed();
    }

    @Override
    public Map<String, String> scripts() {
        return new TreeMap<>(scripts);
    }

    @Override
    public void saveScript(String name, String text) {
        scripts.put(name, text);
        changed();
    }

    @Override
    public void deleteScript(String name) {
        scripts.remove(name);
        changed();
    }

    @Override
    public String draft(String connectionKey) {
        return drafts.getOrDefault(connectionKey, "");
    }

    @Override
    public void saveDraft(String connectionKey, String text) {
        if (!text.equals(drafts.get(connectionKey))) {
            drafts.put(connectionKey, text);
            changed();
        }
    }

    private void changed() {
        if (tasks != null) {
            saver.save(content(), tasks);
        }
    }

    private Content content() {
        return new Content(history, scripts, drafts);
    }

    /** For exit: writes what is in memory now. */
    void saveNow() {
        saver.saveNow(content());
    }
}
