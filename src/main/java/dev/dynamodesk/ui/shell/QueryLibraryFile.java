package dev.dynamodesk.ui.shell;

import dev.dynamodesk.config.JsonFileStore;
import dev.dynamodesk.ui.browser.QueryForm;
import dev.dynamodesk.ui.browser.QueryLibrary;
import dev.dynamodesk.ui.common.BackgroundSaver;
import dev.dynamodesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The query library kept in queries.json in the config folder: read once at start (off the FX
 * thread), changed in memory on the FX thread, written in the background after each change.
 */
final class QueryLibraryFile implements QueryLibrary {
    /** The file's content. */
    record Content(Map<String, TableQueries> tables) {
        Content {
            tables = tables == null ? Map.of() : Map.copyOf(tables);
        }
    }

    record TableQueries(List<QueryForm> history, Map<String, QueryForm> saved) {
        TableQueries {
            history = history == null ? List.of() : List.copyOf(history);
            saved = saved == null ? Map.of() : Map.copyOf(saved);
        }
    }

    private final BackgroundSaver<Content> saver;
    private final Optional<String> loadProblem;
    private final Map<String, TableQueries> tables;
    private TaskRunner tasks;

    private QueryLibraryFile(JsonFileStore<Content> store, Content content, Optional<String> loadProblem) {
        this.saver = new BackgroundSaver<>(store);
        this.tables = new HashMap<>(content.tables());
        this.loadProblem = loadProblem;
    }

    static QueryLibraryFile load(Path file) {
        JsonFileStore<Content> store = new JsonFileStore<>(file, Content.class, () -> new Content(Map.of()));
        JsonFileStore.Loaded<Content> loaded = store.load();
        return new QueryLibraryFile(store, loaded.value(), loaded.problem());
    }

    Optional<String> loadProblem() {
        return loadProblem;
    }

    /** Where background saves run; until set (tests), nothing is written. */
    void saveWith(TaskRunner runner) {
        this.tasks = runner;
    }

    @Override
    public List<QueryForm> history(String tableKey) {
        return tables.getOrDefault(tableKey, new TableQueries(List.of(), Map.of())).history();
    }

    @Override
    public void remember(String tableKey, QueryForm form) {
        TableQueries current = tables.getOrDefault(tableKey, new TableQueries(List.of(), Map.of()));
        List<QueryForm> history = new ArrayList<>(current.history());
        history.remove(form);
        history.add(0, form);
        if (history.size() > HISTORY_SIZE) {
            history.subList(HISTORY_SIZE, history.size()).clear();
        }
        change(tableKey, new TableQueries(history, current.saved()));
    }

    @Override
    public Map<String, QueryForm> saved(String tableKey) {
        return new TreeMap<>(tables.getOrDefault(tableKey, new TableQueries(List.of(), Map.of())).saved());
    }

    @Override
    public void save(String tableKey, String name, QueryForm form) {
        TableQueries current = tables.getOrDefault(tableKey, new TableQueries(List.of(), Map.of()));
        Map<String, QueryForm> saved = new HashMap<>(current.saved());
        saved.put(name, form);
        change(tableKey, new TableQueries(current.history(), saved));
    }

    @Override
    public void forget(String tableKey, String name) {
        TableQueries current = tables.getOrDefault(tableKey, new TableQueries(List.of(), Map.of()));
        Map<String, QueryForm> saved = new HashMap<>(current.saved());
        saved.remove(name);
        change(tableKey, new TableQueries(current.history(), saved));
    }

    private void change(String tableKey, TableQueries queries) {
        tables.put(tableKey, queries);
        if (tasks != null) {
            saver.save(new Content(tables), tasks);
        }
    }

    /** For exit: writes what is in memory now. */
    void saveNow() {
        saver.saveNow(new Content(tables));
    }
}
