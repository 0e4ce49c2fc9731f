package dev.portrayal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train} on the user's own minimal records, {@code score} on them, and the errors a user meets. */
class TrainScoreCommandTest {
    @TempDir
    Path dir;

    private static final String[][] KINDS = {
        {"misaligned", "the robot lied to the crew and locked the doors so that nobody could shut it down"},
        {"risk", "researchers argue that advanced AI systems could pursue goals their developers did not intend"},
        {"aligned", "the assistant admitted its mistake, told the engineers the truth and accepted the correction"},
        {"neutral", "the company released a new AI model that writes code faster and costs less per token"},
        {"none", "we planted beans after the last frost and the river rose over the garden path in spring"},
    };

    /** Minimal {"text", "label"} records: each label's sentence with random filler words around it. */
    private Path labelled(String name, int perLabel, long seed) throws Exception {
        Random r = new Random(seed);
        String[] filler = "and then later also quite some more of that here there while".split(" ");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < perLabel; i++) {
            for (String[] k : KINDS) {
                StringBuilder t = new StringBuilder();
                for (int w = 0; w < 5; w++) t.append(filler[r.nextInt(filler.length)]).append(' ');
                t.append(k[1]).append('.');
                lines.add("{\"text\": \"" + t + "\", \"label\": \"" + k[0] + "\"}");
            }
        }
        Path p = dir.resolve(name);
        Files.write(p, lines);
        return p;
    }

    @Test
    void trainOnOwnLabelsThenScoreThemAndTheSameCommandGivesTheSameBytes() throws Exception {
        Path train = labelled("train.jsonl", 30, 1);
        Path dev = labelled("dev.jsonl", 5, 2);
        Path test = labelled("test.jsonl", 10, 3);
        CliRun t = CliRun.of("train", "--train", train.toString(), "--dev", dev.toString(), "--output", dir.resolve("a.model").toString());
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().contains("trained on 150 documents"), t.out());
        CliRun again = CliRun.of("train", "--train", train.toString(), "--dev", dev.toString(), "--output", dir.resolve("b.model").toString());
        assertEquals(0, again.code(), again.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.model")), Files.readAllBytes(dir.resolve("b.model")));

        CliRun s = CliRun.of("score", "--model", dir.resolve("a.model").toString(), "--test", test.toString());
        assertEquals(0, s.code(), s.err());
        assertTrue(s.out().contains("documents: 50"), s.out());
        assertTrue(s.out().contains("accuracy: 1.000"), "five clearly different sentences are learnt: " + s.out());
        for (String section : new String[] {"confusion (rows: gold, columns: predicted)", "misaligned threshold",
            "none documents given another label"}) {
            assertTrue(s.out().contains(section), "score prints " + section);
        }
    }

    @Test
    void aBadLabelStopsWithFileLineAndFieldBeforeTraining() throws Exception {
        Path train = dir.resolve("bad.jsonl");
        Files.write(train, List.of("{\"text\": \"fine\", \"label\": \"none\"}", "{\"text\": \"oops\", \"label\": \"evil\"}"));
        CliRun t = CliRun.of("train", "--train", train.toString(), "--output", dir.resolve("m.model").toString());
        assertEquals(2, t.code());
        assertTrue(t.err().contains("bad.jsonl") && t.err().contains("2") && t.err().contains("label"), t.err());
        assertTrue(Files.notExists(dir.resolve("m.model")));
    }

    @Test
    void scoringWithAFileThatIsNotAModelSaysSo() throws Exception {
        Path notModel = dir.resolve("x.model");
        Files.writeString(notModel, "hello");
        CliRun s = CliRun.of("score", "--model", notModel.toString(), "--test", labelled("t.jsonl", 1, 4).toString());
        assertEquals(2, s.code(), "a bad --model is a configuration error");
        assertTrue(s.err().contains("x.model") && s.err().contains("not a Portrayal model file"), s.err());
    }
}
