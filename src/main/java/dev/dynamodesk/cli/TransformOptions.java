package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.transform.TransformRules;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * copy's transformers: {@code --transform PATH=KIND[:ARG]}, {@code --default TYPE=KIND}, and
 * where the secret that keys hash and the fake values comes from ({@code --hash-secret-env NAME},
 * else asked on a terminal). The secret is never written anywhere.
 */
final class TransformOptions {
    @Option(names = "--transform", paramLabel = "PATH=KIND[:ARG]", description = "Change a value on its way, repeatable: keep, remove,"
            + " null, const:VALUE, hash, hash:prefix, email, name, phone, address, company, mask:N, truncate:N, shift:±N[s|m|h|d][@ms],"
            + " random. Paths: name.inner, list[*].field, list[0].")
    List<String> transforms = new ArrayList<>();

    @Option(names = "--default", paramLabel = "TYPE=KIND", description = "What values no --transform names get, by type (S, N, B,"
            + " BOOL), repeatable: --default S=hash. Keys are kept unless a --transform names them.")
    List<String> defaults = new ArrayList<>();

    @Option(names = "--hash-secret-env", paramLabel = "NAME", description = "The environment variable holding the secret for hash and"
            + " the fake values (the same secret gives the same output in every table and run); asked for on a terminal otherwise.")
    String hashSecretEnv;

    /** The rules, read against the table's keys; text that is no rule is a usage error, said in one sentence. */
    TransformRules rules(TableInfo info) {
        try {
            return TransformRules.of(transforms, defaults, info.keyNames());
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(e.getMessage());
        }
    }

    /** The secret, when the rules need one: from the environment variable named, else asked (not echoed) on a terminal. */
    byte[] secret(TransformRules rules, CliEnvironment environment) {
        if (!rules.needsSecret()) {
            return null;
        }
        if (hashSecretEnv != null) {
            String value = environment.aws().environment().get(hashSecretEnv);
            if (value == null || value.isEmpty()) {
                throw CliFailure.usage("The environment variable " + hashSecretEnv + " (--hash-secret-env) is not set: it holds the secret"
                        + " for hash and the fake values");
            }
            return value.getBytes(StandardCharsets.UTF_8);
        }
        if (!environment.terminal()) {
            throw CliFailure.usage("hash and the fake values need a secret: name the environment variable that holds it with"
                    + " --hash-secret-env NAME");
        }
        char[] typed = System.console() == null ? null : System.console().readPassword("Secret for hash and the fake values: ");
        if (typed == null || typed.length == 0) {
            throw CliFailure.usage("No secret given: hash and the fake values need one");
        }
        return new String(typed).getBytes(StandardCharsets.UTF_8);
    }
}
