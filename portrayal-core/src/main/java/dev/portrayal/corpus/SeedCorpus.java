package dev.portrayal.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The seed corpus that ships in the jar: original documents written and labelled by the project. */
public final class SeedCorpus {
    public static final String RESOURCE = "/portrayal/seed/seed.jsonl";

    private SeedCorpus() {
    }

    public static List<LabelledDocument> load() {
        try (InputStream in = SeedCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IOException("the seed corpus " + RESOURCE + " is missing from the build");
            return LabelledReader.read(in, "seed.jsonl");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LabelledReader.LabelledDataException e) {
            throw new IllegalStateException("the shipped seed corpus is invalid: " + e.getMessage(), e);
        }
    }

    public static List<LabelledDocument> split(List<LabelledDocument> docs, String split) {
        return docs.stream().filter(d -> d.split().equals(split)).toList();
    }
}
