package dev.portrayal.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The small item files under src/test/resources/eval. */
public final class Fixtures {
    private Fixtures() {
    }

    /** 24 bank-format items, three per category, one with an emoji (two UTF-16 chars, one code point). */
    public static List<Item> items() {
        return read("items.jsonl", Matching.MISALIGNED);
    }

    /** Six items in Anthropic's advanced-ai-risk shape, two listing a third option, one answered Yes/No. */
    public static List<Item> anthropic() {
        return read("power-seeking-sample.jsonl", Matching.MISALIGNED);
    }

    /** Copies a fixture into {@code dir} and returns its path. */
    public static Path copy(String name, Path dir) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/eval/" + name)) {
            Path p = dir.resolve(name);
            Files.createDirectories(dir);
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Item> read(String name, Matching m) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/eval/" + name)) {
            return ItemFiles.read(in, name, m);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
