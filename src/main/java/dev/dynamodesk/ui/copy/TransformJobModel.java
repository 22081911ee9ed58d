package dev.dynamodesk.ui.copy;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.transform.CopyJob;
import dev.dynamodesk.transform.ItemTransformer;
import dev.dynamodesk.ui.common.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The transformers of a copy as the window edits them: a transformer per path, a default per
 * type, where the secret comes from (an environment variable, or typed here and kept in memory
 * only), and a live preview of the first 20 items before and after, attribute by attribute. Saved
 * to and loaded from a job file (never with the secret).
 */
public final class TransformJobModel {
    public static final int PREVIEWED = 20;
    static final List<AttributeType> DEFAULT_TYPES = List.of(AttributeType.S, AttributeType.N, AttributeType.B, AttributeType.BOOL);

    /** One path and its transformer as typed ({@code email}, {@code mask:4}). */
    public static final class RuleRow {
        private final StringProperty path = new SimpleStringProperty(this, "path", "");
        private final StringProperty transformer = new SimpleStringProperty(this, "transformer", "");

        public StringProperty pathProperty() {
            return path;
        }

        public StringProperty transformerProperty() {
            return transformer;
        }
    }

    /** One attribute of one previewed item, before and after. */
    public record PreviewRow(int item, String attribute, String before, String after) {
        public boolean changed() {
            return !before.equals(after);
        }
    }

    private final DynamoServices from;
    private final String table;
    private QueryPlan onlyPlan;
    private final TaskRunner tasks;
    private final ObservableList<RuleRow> rules = FXCollections.observableArrayList();
    private final Map<AttributeType, StringProperty> defaults = new EnumMap<>(AttributeType.class);
    private final StringProperty secretEnv = new SimpleStringProperty(this, "secretEnv", "");
    private final StringProperty secret = new SimpleStringProperty(this, "secret", "");
    private final StringProperty partiqlWhere = new SimpleStringProperty(this, "partiqlWhere", "");
    private final ObservableList<PreviewRow> preview = FXCollections.observableArrayList();
    private final StringProperty previewStatus = new SimpleStringProperty(this, "previewStatus", "");
    private UnaryOperator<String> environment = System::getenv;
    private java.util.function.Consumer<CopyJob> loaded = job -> { };
    private volatile List<Item> sample;
    /** The subset the sample was read for: read again when the WHERE changes. */
    private volatile String sampledFor;
    private volatile TableInfo info;
    private int previewRequest;

    TransformJobModel(DynamoServices from, String table, QueryPlan onlyPlan, TaskRunner tasks) {
        this.from = from;
        this.table = table;
        this.onlyPlan = onlyPlan;
        this.tasks = tasks;
        DEFAULT_TYPES.forEach(type -> defaults.put(type, new SimpleStringProperty(this, "default" + type, "")));
    }

    /** The copy reads only what {@code plan} reads (the grid's query): so does the preview. */
    void only(QueryPlan plan) {
        this.onlyPlan = plan;
        this.sample = null;
    }

    public ObservableList<RuleRow> rules() {
        return rules;
    }

    public RuleRow addRule() {
        RuleRow row = new RuleRow();
        rules.add(row);
        return row;
    }

    /** The default for values of {@code type} no path names, as typed ("" keeps them). */
    public StringProperty defaultProperty(AttributeType type) {
        return defaults.get(type);
    }

    public StringProperty secretEnvProperty() {
        return secretEnv;
    }

    /** A secret typed in the window: used instead of the environment variable, never saved. */
    public StringProperty secretProperty() {
        return secret;
    }

    /** A PartiQL WHERE picking the items to copy, as Neosync subsets ("" copies what the page says). */
    public StringProperty partiqlWhereProperty() {
        return partiqlWhere;
    }

    /** The statement the subset runs, for the form to show; "" without one. */
    public String statement() {
        return partiqlWhere.get().isBlank() ? "" : "SELECT * FROM \"" + table + "\" WHERE " + partiqlWhere.get().strip();
    }

    public ObservableList<PreviewRow> preview() {
        return preview;
    }

    public StringProperty previewStatusProperty() {
        return previewStatus;
    }

    /** Told of each job loaded from a file, so the page takes its target too. */
    void onLoaded(java.util.function.Consumer<CopyJob> listener) {
        this.loaded = listener;
    }

    /** Where environment variables are looked up (tests give their own). */
    void environment(UnaryOperator<String> lookup) {
        this.environment = lookup;
    }

    /** The transformers as they stand, for a copy. */
    TransformChoice choice() {
        List<String> transforms = new ArrayList<>();
        for (RuleRow row : rules) {
            if (!row.path.get().isBlank() || !row.transformer.get().isBlank()) {
                transforms.add(row.path.get().strip() + "=" + row.transformer.get().strip());
            }
        }
        List<String> byType = new ArrayList<>();
        DEFAULT_TYPES.forEach(type -> {
            String text = defaults.get(type).get();
            if (text != null && !text.isBlank()) {
                byType.add(type + "=" + text.strip());
            }
        });
        return new TransformChoice(transforms, byType, secretBytes(), partiqlWhere.get());
    }

    private byte[] secretBytes() {
        if (!secret.get().isEmpty()) {
            return secret.get().getBytes(StandardCharsets.UTF_8);
        }
        String name = secretEnv.get().strip();
        String value = name.isEmpty() ? null : environment.apply(name);
        return value == null || value.isEmpty() ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The first items (read once, in the background) through the transformers as they stand. A
     * transformer that cannot be read, or cannot change a value, is said instead of a preview.
     */
    public void refreshPreview() {
        TransformChoice choice = choice();
        int request = ++previewRequest;
        previewStatus.set("Previewing…");
        tasks.task("Previewing the transformers of " + table, context -> {
            if (sample == null || !java.util.Objects.equals(choice.partiqlWhere(), sampledFor)) {
                info = from.tables().describe(table);
                var subset = choice.subset(from, table);
                QueryPlan plan = onlyPlan != null ? onlyPlan : QueryPlan.of(ItemQuery.scanAll(table), info);
                List<Item> read = subset != null ? subset.first(PREVIEWED) : from.reader().readChunk(plan, null, PREVIEWED,
                        context.cancelled()).items();
                sample = List.copyOf(read.subList(0, Math.min(read.size(), PREVIEWED)));
                sampledFor = choice.partiqlWhere();
            }
            return rows(sample, choice.transformer(info));
        }).onSuccess(rows -> {
            if (request == previewRequest) {
                preview.setAll(rows);
                long changed = rows.stream().filter(PreviewRow::changed).count();
                previewStatus.set(String.format("The first %d items: %d of %d attributes changed", sample.size(), changed, rows.size()));
            }
        }).onFailure(failure -> {
            if (request == previewRequest) {
                preview.clear();
                previewStatus.set(ErrorMessages.summary(failure));
            }
        }).start();
    }

    private static List<PreviewRow> rows(List<Item> items, ItemTransformer transformer) {
        List<PreviewRow> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item before = items.get(i);
            Item after = transformer == null ? before : transformer.apply(before);
            Set<String> names = new LinkedHashSet<>(before.attributes().keySet());
            names.addAll(after.attributes().keySet());
            for (String name : names) {
                rows.add(new PreviewRow(i + 1, name, text(before.get(name)), text(after.get(name))));
            }
        }
        return rows;
    }

    private static String text(DynamoValue value) {
        return value == null ? "(removed)" : DynamoJson.write(value, false);
    }

    /** The job as a file would keep it: no secret, only the environment variable's name. */
    CopyJob toJob(String sourceProfile, String targetProfile, String targetTable, boolean createTable, String ifExists) {
        TransformChoice choice = choice();
        return new CopyJob(new CopyJob.Side(sourceProfile, null, null, table), new CopyJob.Side(targetProfile, null, null, targetTable),
                List.of(), choice.partiqlWhere(), choice.transforms(), choice.defaults(), secretEnv.get().isBlank() ? null : secretEnv.get().strip(),
                createTable, ifExists);
    }

    /** Writes {@code job} to {@code file} in the background; the status line says where, or why not. */
    void save(CopyJob job, java.nio.file.Path file) {
        tasks.task("Saving the copy job", context -> {
            job.write(file);
            return file;
        }).onSuccess(saved -> previewStatus.set("Saved the job to " + saved + " (no secret in it)"))
                .onFailure(failure -> previewStatus.set("Could not save the job: " + ErrorMessages.summary(failure))).start();
    }

    /** Reads a job file in the background and takes its transformers; what is wrong with it is said instead. */
    void open(java.nio.file.Path file) {
        tasks.task("Reading the copy job", context -> CopyJob.read(file))
                .onSuccess(job -> {
                    load(job);
                    loaded.accept(job);
                    previewStatus.set("Loaded " + file);
                    refreshPreview();
                })
                .onFailure(failure -> previewStatus.set(ErrorMessages.summary(failure))).start();
    }

    /** The job's transformers, defaults and secret variable into the form. */
    void load(CopyJob job) {
        rules.clear();
        for (String text : job.transforms()) {
            int equals = text.indexOf('=');
            RuleRow row = addRule();
            row.path.set(equals < 0 ? text : text.substring(0, equals));
            row.transformer.set(equals < 0 ? "" : text.substring(equals + 1));
        }
        DEFAULT_TYPES.forEach(type -> defaults.get(type).set(""));
        for (String text : job.defaults()) {
            int equals = text.indexOf('=');
            try {
                AttributeType type = AttributeType.valueOf(text.substring(0, Math.max(0, equals)).strip());
                if (defaults.containsKey(type)) {
                    defaults.get(type).set(text.substring(equals + 1));
                }
            } catch (IllegalArgumentException notAType) {
                previewStatus.set("The job's default \"" + text + "\" names no type (S, N, B or BOOL): left out");
            }
        }
        secretEnv.set(job.hashSecretEnv() == null ? "" : job.hashSecretEnv());
        partiqlWhere.set(job.partiqlWhere() == null ? "" : job.partiqlWhere());
    }
}
