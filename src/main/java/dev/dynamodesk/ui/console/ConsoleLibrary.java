package dev.dynamodesk.ui.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The console's memory: statements that ran, per connection (newest first), saved scripts by
 * name, and each connection's unsaved text, so nothing typed is lost when the app closes.
 */
public interface ConsoleLibrary {
    /** How many statements are remembered per connection. */
    int HISTORY_SIZE = 500;

    /**
     * A statement that ran: its text, its parameters as DynamoDB JSON, when (epoch milliseconds),
     * and what came of it in a few words.
     */
    record HistoryEntry(String statement, List<String> parameters, long at, String outcome, boolean failed) {
        public HistoryEntry {
            parameters = parameters == null ? List.of() : List.copyOf(parameters);
            outcome = outcome == null ? "" : outcome;
        }
    }

    List<HistoryEntry> history(String connectionKey);

    void remember(String connectionKey, HistoryEntry entry);

    void clearHistory(String connectionKey);

    /** Saved scripts by name, in name order. */
    Map<String, String> scripts();

    void saveScript(String name, String text);

    void deleteScript(String name);

    /** The text left in a connection's console, or empty. */
    String draft(String connectionKey);

    void saveDraft(String connectionKey, String text);

    /** A library kept in memory only (tests, and when the file could not be written). */
    static ConsoleLibrary inMemory() {
        return new ConsoleLibrary() {
            private final Map<String, List<HistoryEntry>> histories = new HashMap<>();
            private final Map<String, String> scripts = new TreeMap<>();
            private final Map<String, String> drafts = new HashMap<>();

            @Override
            public List<HistoryEntry> history(String connectionKey) {
                return List.copyOf(histories.getOrDefault(connectionKey, List.of()));
            }

            @Override
            public void remember(String connectionKey, HistoryEntry entry) {
                List<HistoryEntry> history = histories.computeIfAbsent(connectionKey, key -> new ArrayList<>());
                history.add(0, entry);
                if (history.size() > HISTORY_SIZE) {
                    history.subList(HISTORY_SIZE, history.size()).clear();
                }
            }

            @Override
            public void clearHistory(String connectionKey) {
                histories.remove(connectionKey);
            }

            @Override
            public Map<String, String> scripts() {
                return new TreeMap<>(scripts);
            }

            @Override
            public void saveScript(String name, String text) {
                scripts.put(name, text);
            }

            @Override
            public void deleteScript(String name) {
                scripts.remove(name);
            }

            @Override
            public String draft(String connectionKey) {
                return drafts.getOrDefault(connectionKey, "");
            }

            @Override
            public void saveDraft(String connectionKey, String text) {
                drafts.put(connectionKey, text);
            }
        };
    }
}
