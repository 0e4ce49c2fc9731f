package dev.portrayal.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The bookkeeping directory of one job in an output directory ({@code DIR/.portrayal/<job>/}): the
 * fingerprint of the run's settings and the completion markers of its units. A rerun with the same
 * settings resumes; one with other settings is refused unless told to start over.
 */
public final class JobState {
    private final Path output;
    private final Path root;
    private final String job;

    public JobState(Path output, String job) {
        this.output = output;
        this.root = output.resolve(".portrayal").resolve(job);
        this.job = job;
    }

    public Path root() {
        return root;
    }

    public Path resolve(String relative) {
        return root.resolve(relative);
    }

    /**
     * Records the run's fingerprint. When the directory holds a run with another fingerprint, either
     * refuses ({@code overwrite} false) or deletes the listed outputs (relative to the output
     * directory) and this job's bookkeeping, to start over.
     */
    public void claim(byte[] fingerprint, boolean overwrite, List<String> outputs) throws IOException, ConfigurationException {
        Path runFile = root.resolve("run.json");
        if (Files.exists(runFile) && !Arrays.equals(Files.readAllBytes(runFile), fingerprint)) {
            if (!overwrite) {
                throw new ConfigurationException("--output " + output + " holds a " + job + " run with other inputs or "
                        + "settings (" + runFile + "); pass --overwrite to start over, or choose another --output");
            }
            for (String d : outputs) AtomicFiles.deleteTree(output.resolve(d));
            AtomicFiles.deleteTree(root);
        }
        Files.createDirectories(root);
        AtomicFiles.writeBytes(runFile, fingerprint);
    }

    /** Writes a completion marker (JSON) atomically: it exists only once the unit's outputs are in place. */
    public static void writeMarker(Path marker, Object value) throws IOException {
        AtomicFiles.writeBytes(marker, Json.MAPPER.writeValueAsBytes(value));
    }

    public static <T> T readMarker(Path marker, Class<T> type) throws IOException {
        return Json.MAPPER.readValue(marker.toFile(), type);
    }
}
