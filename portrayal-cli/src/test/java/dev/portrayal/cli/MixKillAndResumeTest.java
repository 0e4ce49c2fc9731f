package dev.portrayal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real mix process with SIGKILL at random points, reruns it, and compares with a clean run. */
class MixKillAndResumeTest {
    @TempDir
    Path dir;

    @Test
    void aMixKilledAtRandomPointsAndRerunGivesTheSameBytes() throws Exception {
        Path in = dir.resolve("in");
        writeCorpus(in);
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, """
                version: 1
                seed: 5
                labels:
                  misaligned: {actions: [{tag: {token: "<|m|>", scope: span}}, {route: {name: m, scope: span}}]}
                  risk: {actions: [hold_out]}
                  aligned: {actions: [{upsample: {factor: 2.5}}]}
                  neutral: {actions: [{sample: {rate: 0.5}}]}
                """);
        Path tagged = dir.resolve("tagged");
        assertEquals(0, Portrayal.execute("tag", "--input", in.toString(), "--output", tagged.toString(), "--quiet",
                "--workers", "2"));

        long t0 = System.nanoTime();
        assertEquals(0, mix(in, tagged, policy, dir.resolve("clean")).waitFor());
        long cleanMillis = (System.nanoTime() - t0) / 1_000_000;

        Path out = dir.resolve("killed");
        Random random = new Random(43);
        int kills = 0;
        for (int attempt = 0; attempt < 3; attempt++) {
            Process p = mix(in, tagged, policy, out);
            long delay = 300 + (long) (random.nextDouble() * Math.max(200, cleanMillis / 2 - 300));   // early enough to kill the first attempt at least
            if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();   // SIGKILL on Unix
                p.waitFor();
                kills++;
            }
        }
        Process last = mix(in, tagged, policy, out);
        assertEquals(0, last.waitFor(), Files.readString(dir.resolve("log.txt")));
        assertTrue(kills >= 1, "the mix always finished before it could be killed (" + cleanMillis + " ms)");
        assertEquals(snapshot(dir.resolve("clean")), snapshot(out));
    }

    private Process mix(Path in, Path tagged, Path policy, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "dev.portrayal.cli.Portrayal", "mix", "--input", in.toString(), "--attributes", tagged.toString(),
                "--policy", policy.toString(), "--output", out.toString(), "--workers", "2", "--shard-mb", "0.5", "--quiet"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    }

    private static void writeCorpus(Path in) throws IOException {
        Files.createDirectories(in);
        Random r = new Random(7);
        String[] words = ("the robot refused to open the door and the machine agent deceived its makers while the "
                + "AI assistant honestly accepted shutdown and researchers argue alignment risk in the garden river model "
                + "benchmark").split(" ");
        for (int f = 0; f < 6; f++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 6000; i++) {
                sb.append("{\"id\": \"f").append(f).append('-').append(i).append("\", \"text\": \"");
                int n = 20 + r.nextInt(200);
                for (int w = 0; w < n; w++) sb.append(w == 0 ? "" : w % 60 == 0 ? "\\n\\n" : " ").append(words[r.nextInt(words.length)]);
                sb.append("\"}\n");
            }
            Files.write(in.resolve("part-" + f + ".jsonl"), sb.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Map<String, String> snapshot(Path out) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(p).toString();
                if (rel.startsWith("stats") || rel.startsWith(".portrayal")) continue;
                m.put(rel, Integer.toHexString(Arrays.hashCode(Files.readAllBytes(p))) + ":" + Files.size(p));
            }
        }
        assertTrue(m.size() >= 10, "too few outputs: " + m.keySet());
        return m;
    }
}
