package dev.dynamodesk.cli;

import dev.dynamodesk.transform.CopyJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;

/**
 * Between copy's options and a job file: a job fills what the command line left out (the command
 * line wins), and the options given are written back as a job. The secret never is: only the
 * name of the environment variable that holds it.
 */
final class CopyJobs {
    private CopyJobs() {
    }

    static void apply(CopyJob job, CopyCommand command) {
        ConnectionOptions source = command.cli.connection;
        if (source.profile == null && source.endpoint == null) {
            source.profile = job.source().profile();
            source.endpoint = job.source().endpoint();
        }
        source.region = source.region != null ? source.region : job.source().region();
        command.table = command.table != null ? command.table : job.source().table();
        if (command.toProfile == null && command.toEndpoint == null) {
            command.toProfile = job.target().profile();
            command.toEndpoint = job.target().endpoint();
        }
        command.toRegion = command.toRegion != null ? command.toRegion : job.target().region();
        command.toTable = command.toTable != null ? command.toTable : job.target().table();
        if (command.where.isEmpty()) {
            command.where = new ArrayList<>(job.where());
        }
        if (command.partiqlWhere == null) {
            command.partiqlWhere = job.partiqlWhere();
        }
        if (command.transform.transforms.isEmpty()) {
            command.transform.transforms = new ArrayList<>(job.transforms());
        }
        if (command.transform.defaults.isEmpty()) {
            command.transform.defaults = new ArrayList<>(job.defaults());
        }
        if (command.transform.hashSecretEnv == null) {
            command.transform.hashSecretEnv = job.hashSecretEnv();
        }
        command.createTable |= job.createTable();
        if ("overwrite".equals(command.ifExists) && job.ifExists() != null) {
            command.ifExists = job.ifExists();
        }
    }

    static void save(CopyCommand command, Path file) {
        ConnectionOptions source = command.cli.connection;
        CopyJob job = new CopyJob(new CopyJob.Side(source.profile, source.endpoint, source.region, command.table),
                new CopyJob.Side(command.toProfile, command.toEndpoint, command.toRegion, command.toTable), command.where,
                command.partiqlWhere, command.transform.transforms, command.transform.defaults, command.transform.hashSecretEnv,
                command.createTable, command.ifExists);
        try {
            job.write(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the job " + file + ": " + e.getMessage(), e);
        }
    }
}
