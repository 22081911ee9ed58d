package dev.dynamodesk.ui.copy;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.transform.ItemTransformer;
import dev.dynamodesk.transform.TransformRules;
import java.util.List;

/**
 * The transformers chosen for a copy, taken from the form on the FX thread and used in the
 * background: their texts, the defaults by type, the secret (held in memory only), and the
 * PartiQL WHERE that picks the items (null: the copy's own choice).
 */
record TransformChoice(List<String> transforms, List<String> defaults, byte[] secret, String partiqlWhere) {
    TransformChoice {
        transforms = List.copyOf(transforms);
        defaults = List.copyOf(defaults);
        partiqlWhere = partiqlWhere == null || partiqlWhere.isBlank() ? null : partiqlWhere.strip();
    }

    /** The PartiQL subset's pages, when a WHERE is given (null otherwise). */
    dev.dynamodesk.dynamo.partiql.StatementPages subset(dev.dynamodesk.dynamo.DynamoServices from, String table) {
        return partiqlWhere == null ? null : new dev.dynamodesk.dynamo.partiql.StatementPages(from.partiql(), table, partiqlWhere);
    }

    /** The rules against the table's keys; {@link IllegalArgumentException} says what cannot be read. */
    TransformRules rules(TableInfo info) {
        return TransformRules.of(transforms, defaults, info.keyNames());
    }

    /** The transformer for the copy; null when nothing changes. */
    ItemTransformer transformer(TableInfo info) {
        TransformRules rules = rules(info);
        return rules.isEmpty() ? null : new ItemTransformer(rules, secret);
    }

    /** What the copy's identity adds (a resume goes on only with the same transformers); "" without any. */
    String identity(TableInfo info) {
        TransformRules rules = rules(info);
        return (partiqlWhere == null ? "" : " where " + partiqlWhere) + (rules.isEmpty() ? "" : " transformed " + rules.describe());
    }
}
