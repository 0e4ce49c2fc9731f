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
 * Writes a synthetic .jsonl.zst corpus for the engine benchmark: FILES files whose compressed sizes
 * add up to about TARGET_MB. Words are drawn from a Zipf-like vocabulary, with some AI vocabulary
 * so the lexicon tagger has work to do. Prints the uncompressed bytes and record count.
 *
 * usage: java -cp 'portrayal-cli/target/lib/*' bench/GenerateCorpus.java DIR TARGET_MB FILES
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
        Files.createDirectories(dir);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<long[]>> results = new ArrayList<>();
        for (int f = 0; f < files; f++) {
            int file = f;
            results.add(pool.submit(() -> writeFile(dir.resolve(String.format("shard-%03d.jsonl.zst", file)), file,
                    targetBytes / files)));
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

    static long[] writeFile(Path path, int file, long compressedTarget) throws Exception {
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
