import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/**
 * The part of a mix run that no implementation can skip, timed on one thread: decompress every input
 * .jsonl.zst and its attribute file, compress the input's bytes again in 8 MB zstd frames at LEVEL
 * (the mix writes about as many bytes as it reads), and SHA-256 the input and output once each (the
 * manifest records both). Prints the seconds, so a mix run can be reported as a ratio to this floor.
 *
 * usage: java -cp 'portrayal-cli/target/lib/*' bench/CodecFloor.java LEVEL CORPUS_DIR ATTRIBUTES_DIR
 */
public class CodecFloor {
    public static void main(String[] args) throws Exception {
        int level = Integer.parseInt(args[0]);
        Path corpus = Path.of(args[1]);
        Path attributes = Path.of(args[2]);
        byte[] buf = new byte[8 << 20];
        byte[] out = new byte[(int) Zstd.compressBound(buf.length)];
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long t0 = System.nanoTime();
        double decompress = 0, compress = 0, hash = 0;
        try (var files = Files.list(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl.zst")).sorted().toList()) {
                long a = System.nanoTime();
                sha.update(Files.readAllBytes(f));
                sha.digest();
                hash += (System.nanoTime() - a) / 1e9;
                drain(attributes.resolve("attributes").resolve(f.getFileName()), buf);
                try (InputStream in = new ZstdInputStreamNoFinalizer(new BufferedInputStream(Files.newInputStream(f), 1 << 16))) {
                    while (true) {
                        long s = System.nanoTime();
                        int n = in.readNBytes(buf, 0, buf.length);
                        decompress += (System.nanoTime() - s) / 1e9;
                        if (n <= 0) break;
                        s = System.nanoTime();
                        long c = Zstd.compressByteArray(out, 0, out.length, buf, 0, n, level);
                        compress += (System.nanoTime() - s) / 1e9;
                        s = System.nanoTime();
                        sha.update(out, 0, (int) c);
                        hash += (System.nanoTime() - s) / 1e9;
                    }
                }
            }
        }
        double total = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%.2f %.2f %.2f %.2f%n", total, decompress, compress, hash);
    }

    private static void drain(Path zst, byte[] buf) throws Exception {
        try (InputStream in = new ZstdInputStreamNoFinalizer(new BufferedInputStream(Files.newInputStream(zst), 1 << 16))) {
            while (in.readNBytes(buf, 0, buf.length) > 0) { }
        }
    }
}
