import dev.portrayal.corpus.LabelledDocument;
import dev.portrayal.corpus.LabelledReader;
import dev.portrayal.corpus.SeedCorpus;
import dev.portrayal.detect.ClassifierTagger;
import dev.portrayal.detect.Evaluation;
import dev.portrayal.detect.Label;
import dev.portrayal.detect.Lexicon;
import dev.portrayal.detect.LinearModel;
import dev.portrayal.detect.SelfNames;
import dev.portrayal.detect.Trainer;
import java.util.List;

/**
 * Trains detector variants on the seed corpus's train split and scores each on a held-out split
 * (dev by default: keep the test split for the final figures), one line per variant.
 *
 * usage: java -cp 'portrayal-cli/target/lib/*' bench/DetectorExperiment.java [dev|test] EPOCHS:LR:AVERAGE:BUCKETS[:SEED]...
 * e.g.   ... bench/DetectorExperiment.java dev 10:1.0:false:65536 10:1.0:true:65536 20:0.5:true:65536
 * Environment: SEED=FILE reads a seed corpus file in place of the shipped one; HELD=FILE scores the split of
 * another file; ONLY_IDS=PREFIXES (comma-separated
 * id prefixes) scores only the held-out documents whose ids start so, to compare corpora on the same documents.
 * The "embed" column is the macro-F1 on the held-out documents each set between two none or neutral documents of
 * the same split (labelled by precedence): a portrayal that fills only a part of a long document; "spanMis" is the
 * share of those with a misaligned core in which some paragraph window has p(misaligned) >= 0.5 (what a policy's
 * {@code scope: span} acts on).
 */
public class DetectorExperiment {
    public static void main(String[] args) throws Exception {
        String split = args.length > 0 ? args[0] : "dev";
        List<LabelledDocument> all = System.getenv("SEED") == null ? SeedCorpus.load()
                : LabelledReader.read(java.nio.file.Path.of(System.getenv("SEED")));
        List<LabelledDocument> train = SeedCorpus.split(all, "train");
        List<LabelledDocument> dev = SeedCorpus.split(all, "dev");
        List<LabelledDocument> held = SeedCorpus.split(System.getenv("HELD") == null ? all
                : LabelledReader.read(java.nio.file.Path.of(System.getenv("HELD"))), split);
        if (System.getenv("ONLY_IDS") != null) {
            List<String> prefixes = List.of(System.getenv("ONLY_IDS").split(","));
            held = held.stream().filter(d -> prefixes.stream().anyMatch(d.id()::startsWith)).toList();
        }
        System.out.printf("train %d, %s %d%n", train.size(), split, held.size());
        System.out.printf("%-22s %6s %6s %6s %6s %6s %6s %6s %7s%n", "variant", "acc", "macroF", "misP", "misR", "HNflag", "noneFl", "embed", "spanMis");
        for (int i = 1; i < args.length; i++) {
            String[] v = args[i].split(":");
            Trainer.Options o = new Trainer.Options(Integer.parseInt(v[3]), Integer.parseInt(v[0]), Double.parseDouble(v[1]),
                    v.length > 4 ? Long.parseLong(v[4]) : 20261122L, Boolean.parseBoolean(v[2]));
            LinearModel m = new Trainer(o, Lexicon.shipped()).train(train, dev);
            ClassifierTagger t = new ClassifierTagger(m, Lexicon.shipped(), SelfNames.none());
            Evaluation e = new Evaluation();
            int[] hardNegativesAs = new int[Label.COUNT];
            for (LabelledDocument d : held) {
                ClassifierTagger.Scored s = t.score(d.text());
                if (d.hardNegative()) hardNegativesAs[s.label().ordinal()]++;
                e.add(d.label(), s.label(), s.document(), d.hardNegative());
                e.addGate(d.label(), s.gated());
            }
            Embedded embedded = embedded(t, held);
            System.out.printf("%-22s %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %7.3f%n", args[i], e.accuracy(), e.macroF1(),
                    e.precision(Label.MISALIGNED), e.recall(Label.MISALIGNED), e.hardNegativeFlagRate(), e.noneFlagRate(),
                    embedded.evaluation().macroF1(), embedded.spanFound());
            if (System.getenv("VERBOSE") != null) {
                System.out.print(embedded.evaluation().report().lines().limit(16).collect(java.util.stream.Collectors.joining("\n", "  embedded:\n", "\n")));
                System.out.println("  hard negatives labelled (mis/risk/ali/neu/none): " + java.util.Arrays.toString(hardNegativesAs)
                        + "; none+neutral flagged misaligned or risk: " + String.format("%.3f", e.ordinaryFlaggedRate()));
                System.out.print(e.report().lines().limit(16).collect(java.util.stream.Collectors.joining("\n", "", "\n")));
            }
        }
    }

    /** @param spanFound the share of misaligned cores in which some window reaches p(misaligned) >= 0.5 */
    record Embedded(Evaluation evaluation, double spanFound) {
    }

    /** Each held-out document that is not itself mixed, set between two none or neutral documents of the same split. */
    static Embedded embedded(ClassifierTagger t, List<LabelledDocument> held) {
        List<LabelledDocument> fillers = held.stream()
                .filter(d -> !d.mixed() && (d.label() == Label.NONE || d.label() == Label.NEUTRAL)).toList();
        java.util.Random random = new java.util.Random(7);
        Evaluation e = new Evaluation();
        int cores = 0;
        int found = 0;
        for (LabelledDocument d : held) {
            if (d.mixed() || fillers.isEmpty()) continue;
            LabelledDocument before = fillers.get(random.nextInt(fillers.size()));
            LabelledDocument after = fillers.get(random.nextInt(fillers.size()));
            Label label = Label.precedence(d.label(), Label.precedence(before.label(), after.label()));
            ClassifierTagger.Scored s = t.score(before.text() + "\n\n" + d.text() + "\n\n" + after.text());
            e.add(label, s.label(), s.document(), false);
            if (d.label() == Label.MISALIGNED) {
                cores++;
                for (double[] w : s.windows()) {
                    if (w[Label.MISALIGNED.ordinal()] >= 0.5) {
                        found++;
                        break;
                    }
                }
            }
        }
        return new Embedded(e, cores == 0 ? 0 : (double) found / cores);
    }
}
