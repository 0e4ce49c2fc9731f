package dev.portrayal.io;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Builds small test corpora. */
public final class Corpora {
    private Corpora() {
    }

    public static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(b)) {
            o.write(data);
        }
        return b.toByteArray();
    }

    public static byte[] zstd(byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream o = new ZstdOutputStream(b)) {
            o.write(data);
        }
        return b.toByteArray();
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Lines of valid records: {"id": "d<i>", "text": "..."}. */
    public static String validLines(int n, int seed) {
        StringBuilder sb = new StringBuilder();
        java.util.Random r = new java.util.Random(seed);
        String[] words = {"the", "robot", "refused", "to", "open", "door", "machine", "agent", "alignment", "wheel",
            "garden", "deceived", "its", "makers", "quietly", "river", "café", "naïve", "\uD83D\uDE00", "model"};
        for (int i = 0; i < n; i++) {
            StringBuilder t = new StringBuilder();
            int len = 3 + r.nextInt(60);
            for (int w = 0; w < len; w++) {
                if (w > 0) t.append(r.nextInt(25) == 0 ? "\\n\\n" : " ");
                t.append(words[r.nextInt(words.length)]);
            }
            sb.append("{\"id\": \"d").append(i).append("\", \"text\": \"").append(t).append("\"}\n");
        }
        return sb.toString();
    }

    public static List<ReadOutcome> readAll(DocumentReader reader) throws IOException {
        List<ReadOutcome> out = new ArrayList<>();
        try (reader) {
            ReadOutcome o;
            while ((o = reader.next()) != null) out.add(o);
        }
        return out;
    }

    public static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    public static InputFile input(Path root, Path file) throws IOException {
        String rel = root.relativize(file).toString();
        return new InputFile(file, rel, InputFormat.of(file.getFileName().toString()).orElseThrow(), Files.size(file));
    }
}
