package dev.portrayal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Files appear under their final name only when complete: written aside, then renamed. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static Path temporaryFor(Path target) {
        return target.resolveSibling(target.getFileName() + ".tmp");
    }

    public static void commit(Path temporary, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = temporaryFor(target);
        Files.write(tmp, bytes);
        commit(tmp, target);
    }

    /** Concatenates the parts, in order, into the target (zstd frames and JSON lines both concatenate). */
    public static void concatenate(List<Path> parts, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = temporaryFor(target);
        try (OutputStream out = Files.newOutputStream(tmp)) {
            for (Path part : parts) {
                try (InputStream in = Files.newInputStream(part)) {
                    in.transferTo(out);
                }
            }
        }
        commit(tmp, target);
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
