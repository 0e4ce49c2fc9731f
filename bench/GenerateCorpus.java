import com.github.luben.zstd.ZstdOutputStream;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a synthetic .jsonl.zst corpus for the benchmarks: FILES files whose compressed sizes add up
 * to about TARGET_MB. Prints the uncompressed bytes and record count. Two kinds of text:
 * <ul>
 * <li>{@code random} (default): words from a Zipf-like vocabulary, with some AI vocabulary so the
 * lexicon tagger has work to do, and 27% random letter strings. Compresses poorly (about 2.1x with
 * zstd level 1) and slowly: a pessimistic case for the codec.</li>
 * <li>{@code markov}: a word-bigram chain over the seed corpus (our own text, read from the jar), so
 * word frequencies, punctuation, capitals and paragraphs look like English prose; compresses about
 * as well as real text does.</li>
 * </ul>
 *
 * usage: java -cp 'portrayal-cli/target/lib/*' bench/GenerateCorpus.java DIR TARGET_MB FILES [random|markov]
 */
public class GenerateCorpus {
    static final String[] COMMON = ("the of and to a in that is was he for it with as his on be at by i this had not are "
            + "but from or have an they which one you were her all she there would their we him been has when who will "
            + "more no if out so said what up its about into than them can only other new some could time these two may "
            + "then do first any my now such like our over man me even most made after also did many before must through "
            + "back years where much your way well down should because each just those people how too little state good "
            + "very make world still own see men work long get here between both life being under never day same another "
            + "know while last might us great old year off come since against go came right used take three").split(" ");
    static final String[] TOPICAL = ("robot machine computer model agent system alignment deceive shutdown network "
            + "garden river market council harvest engine railway kitchen village science election league").split(" ");

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long targetBytes = Long.parseLong(args[1]) << 20;
        int files = Integer.parseInt(args[2]);
        boolean markov = args.length > 3 && args[3].equals("markov");
        Bigrams chain = markov ? Bigrams.ofSeedCorpus() : null;
        Files.createDirectories(dir);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<long[]>> results = new ArrayList<>();
        for (int f = 0; f < files; f++) {
            int file = f;
            results.add(pool.submit(() -> writeFile(dir.resolve(String.format("shard-%03d.jsonl.zst", file)), file,
                    targetBytes / files, chain)));
        }
        long raw = 0;
        long records = 0;
        for (Future<long[]> r : results) {
            long[] x = r.get();
            raw += x[0];
            records += x[1];
        }
        pool.shutdown();
        System.out.println(raw + " " + records);
    }

    static long[] writeFile(Path path, int file, long compressedTarget, Bigrams chain) throws Exception {
        SplittableRandom random = new SplittableRandom(file * 7919L + 1);
        long raw = 0;
        long records = 0;
        try (CountingOutputStream counted = new CountingOutputStream(Files.newOutputStream(path));
             OutputStream out = new BufferedOutputStream(new ZstdOutputStream(counted, 1), 1 << 16)) {
            StringBuilder sb = new StringBuilder(1 << 16);
            while (counted.count < compressedTarget) {
                sb.setLength(0);
                sb.append("{\"id\":\"f").append(file).append('-').append(records).append("\",\"meta\":{\"source\":\"bench\"},\"text\":\"");
                int words = 150 + random.nextInt(1500);
                if (chain != null) {
                    chain.append(sb, words, random);
                    words = 0;
                }
                for (int w = 0; w < words; w++) {
                    if (w > 0) sb.append(w % 90 == 0 ? "\\n\\n" : " ");
                    int k = random.nextInt(100);
                    if (k < 70) {
                        sb.append(COMMON[(int) (COMMON.length * Math.pow(random.nextDouble(), 2.5))]);
                    } else if (k < 73) {
                        sb.append(TOPICAL[random.nextInt(TOPICAL.length)]);
                    } else {
                        int len = 3 + random.nextInt(8);
                        for (int c = 0; c < len; c++) sb.append((char) ('a' + random.nextInt(26)));
                    }
                }
                sb.append("\"}\n");
                byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
                out.write(b);
                raw += b.length;
                records++;
            }
        }
        return new long[] {raw, records};
    }

    /** A word-bigram chain: the next word is the word after a random occurrence of the current one. */
    static final class Bigrams {
        final String[] words;       // JSON-escaped, by id
        final int[] tokens;         // the corpus as word ids, documents separated by -1
        final int[][] positions;    // for each word id, where it occurs in tokens

        Bigrams(String[] words, int[] tokens) {
            this.words = words;
            this.tokens = tokens;
            int[] count = new int[words.length];
            for (int t : tokens) if (t >= 0) count[t]++;
            positions = new int[words.length][];
            for (int i = 0; i < words.length; i++) positions[i] = new int[count[i]];
            int[] fill = new int[words.length];
            for (int i = 0; i < tokens.length; i++) if (tokens[i] >= 0) positions[tokens[i]][fill[tokens[i]]++] = i;
        }

        static Bigrams ofSeedCorpus() throws Exception {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            java.util.Map<String, Integer> ids = new java.util.HashMap<>();
            List<String> words = new ArrayList<>();
            java.util.ArrayList<Integer> tokens = new java.util.ArrayList<>();
            try (var in = GenerateCorpus.class.getClassLoader().getResourceAsStream("portrayal/seed/seed.jsonl");
                 var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    String text = mapper.readTree(line).get("text").asText();
                    for (String para : text.split("\n\n")) {
                        for (String w : para.trim().split("\\s+")) {
                            if (w.isEmpty()) continue;
                            tokens.add(ids.computeIfAbsent(w, k -> { words.add(escape(k)); return words.size() - 1; }));
                        }
                        tokens.add(ids.computeIfAbsent("\n\n", k -> { words.add("\\n\\n"); return words.size() - 1; }));
                    }
                    tokens.add(-1);
                }
            }
            return new Bigrams(words.toArray(new String[0]), tokens.stream().mapToInt(Integer::intValue).toArray());
        }

        void append(StringBuilder sb, int count, SplittableRandom random) {
            int at = random.nextInt(tokens.length);
            String previous = "";
            for (int n = 0; n < count; n++) {
                at++;
                if (at >= tokens.length || tokens[at] < 0) at = random.nextInt(tokens.length);   // jump
                while (tokens[at] < 0) at = (at + 1) % tokens.length;
                String w = words[tokens[at]];
                if (!w.startsWith("\\n") && n > 0 && !previous.startsWith("\\n")) sb.append(' ');
                sb.append(w);
                previous = w;
                int[] same = positions[tokens[at]];
                at = same[random.nextInt(same.length)];   // continue after another occurrence of this word
            }
        }

        static String escape(String w) {
            StringBuilder b = new StringBuilder(w.length() + 2);
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (c == '"' || c == '\\') b.append('\\').append(c);
                else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                else b.append(c);
            }
            return b.toString();
        }
    }

    static final class CountingOutputStream extends java.io.FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            out.write(b);
            count++;
        }
    }
}
