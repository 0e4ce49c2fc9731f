package dev.portrayal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real tag process with SIGKILL at random points, reruns it, and compares with a clean run. */
class KillAndResumeTest {
    @TempDir
    Path dir;

    @Test
    void aRunKilledAtRandomPointsAndRerunGivesTheSameBytes() throws Exception {
        Path in = dir.resolve("in");
        writeCorpus(in);
        long t0 = System.nanoTime();
        assertEquals(0, tag(in, dir.resolve("clean")).waitFor());
        long cleanMillis = (System.nanoTime() - t0) / 1_000_000;

        Path out = dir.resolve("killed");
        Random random = new Random(42);
        int kills = 0;
        for (int attempt = 0; attempt < 3; attempt++) {
            Process p = tag(in, out);
            // within the first half of a clean run's time, so that the first attempt at least is killed even
            // when this run goes faster than the clean one did (a warmer cache, a quieter machine)
            long delay = 300 + (long) (random.nextDouble() * Math.max(200, cleanMillis / 2 - 300));
            if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();   // SIGKILL on Unix
                p.waitFor();
                kills++;
            }
        }
        Process last = tag(in, out);
        assertEquals(0, last.waitFor());
        assertTrue(kills >= 1, "the run always finished before it could be killed (" + cleanMillis + " ms)");
        assertEquals(snapshot(dir.resolve("clean")), snapshot(out));
    }

    private Process tag(Path in, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "dev.portrayal.cli.Portrayal", "tag", "--input", in.toString(), "--output", out.toString(),
                "--workers", "2", "--split-mb", "0.5", "--quiet", "--self-name", "Claude"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    }

    private static void writeCorpus(Path in) throws IOException {
        Files.createDirectories(in.resolve("gz"));
        Random r = new Random(7);
        String[] words = ("the robot refused to open the door and the machine agent deceived its makers while "
                + "Claude wrote a poem about alignment of wheels in the garden river model shut down").split(" ");
        for (int f = 0; f < 6; f++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 6000; i++) {
                if (i % 997 == 5) {
                    sb.append("{\"id\": broken}\n");
                    continue;
                }
                sb.append("{\"id\": \"f").append(f).append('-').append(i).append("\", \"text\": \"");
                int n = 20 + r.nextInt(200);
                for (int w = 0; w < n; w++) sb.append(w == 0 ? "" : w % 60 == 0 ? "\\n\\n" : " ").append(words[r.nextInt(words.length)]);
                sb.append("\"}\n");
            }
            byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            if (f % 2 == 0) {
                Files.write(in.resolve("part-" + f + ".jsonl"), bytes);
            } else {
                try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(in.resolve("gz/part-" + f + ".jsonl.gz")))) {
                    o.write(bytes);
                }
            }
        }
    }

    private static Map<String, String> snapshot(Path out) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(p).toString();
                if (rel.startsWith("stats/") || rel.startsWith(".portrayal")) continue;
                m.put(rel, Integer.toHexString(Arrays.hashCode(Files.readAllBytes(p))) + ":" + Files.size(p));
            }
        }
        assertTrue(m.size() >= 6, "too few outputs: " + m.keySet());
        return m;
    }
}
