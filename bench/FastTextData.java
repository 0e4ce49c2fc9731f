import dev.portrayal.corpus.LabelledDocument;
import dev.portrayal.corpus.SeedCorpus;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the shipped seed corpus's splits for the detector benchmark: fastText's format
 * ({@code __label__X text}, one document per line) for train and test, and the test documents
 * repeated REPEAT times as JSON Lines for a timing run of `portrayal tag`.
 *
 * usage: java -cp 'portrayal-cli/target/lib/*' bench/FastTextData.java OUT_DIR REPEAT
 */
public class FastTextData {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int repeat = Integer.parseInt(args[1]);
        Files.createDirectories(out);
        List<LabelledDocument> all = SeedCorpus.load();
        write(out.resolve("train.txt"), SeedCorpus.split(all, "train"), 1);
        write(out.resolve("test.txt"), SeedCorpus.split(all, "test"), 1);
        write(out.resolve("timing.txt"), SeedCorpus.split(all, "test"), repeat);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("timing.jsonl"), StandardCharsets.UTF_8))) {
            int n = 0;
            for (int r = 0; r < repeat; r++) {
                for (LabelledDocument d : SeedCorpus.split(all, "test")) {
                    w.println("{\"id\":\"t" + (n++) + "\",\"text\":" + quote(d.text()) + "}");
                }
            }
        }
    }

    private static void write(Path file, List<LabelledDocument> docs, int repeat) throws Exception {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (int r = 0; r < repeat; r++) {
                for (LabelledDocument d : docs) {
                    w.println("__label__" + d.label().key() + " " + d.text().replaceAll("\\s+", " ").strip());
                }
            }
        }
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
