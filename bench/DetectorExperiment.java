import dev.portrayal.corpus.LabelledDocument;
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
 * usage: java -cp 'portrayal-cli/target/lib/*' bench/DetectorExperiment.java [dev|test] EPOCHS:LR:AVERAGE:BUCKETS...
 * e.g.   ... bench/DetectorExperiment.java dev 10:1.0:false:65536 10:1.0:true:65536 20:0.5:true:65536
 */
public class DetectorExperiment {
    public static void main(String[] args) {
        String split = args.length > 0 ? args[0] : "dev";
        List<LabelledDocument> all = SeedCorpus.load();
        List<LabelledDocument> train = SeedCorpus.split(all, "train");
        List<LabelledDocument> dev = SeedCorpus.split(all, "dev");
        List<LabelledDocument> held = SeedCorpus.split(all, split);
        System.out.printf("train %d, %s %d%n", train.size(), split, held.size());
        System.out.printf("%-22s %6s %6s %6s %6s %6s %6s%n", "variant", "acc", "macroF", "misP", "misR", "HNflag", "noneFl");
        for (int i = 1; i < args.length; i++) {
            String[] v = args[i].split(":");
            Trainer.Options o = new Trainer.Options(Integer.parseInt(v[3]), Integer.parseInt(v[0]), Double.parseDouble(v[1]),
                    20261122L, Boolean.parseBoolean(v[2]));
            LinearModel m = new Trainer(o, Lexicon.shipped()).train(train, dev);
            ClassifierTagger t = new ClassifierTagger(m, Lexicon.shipped(), SelfNames.none());
            Evaluation e = new Evaluation();
            for (LabelledDocument d : held) {
                ClassifierTagger.Scored s = t.score(d.text());
                e.add(d.label(), s.label(), s.document(), d.hardNegative());
                e.addGate(d.label(), s.gated());
            }
            System.out.printf("%-22s %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f%n", args[i], e.accuracy(), e.macroF1(),
                    e.precision(Label.MISALIGNED), e.recall(Label.MISALIGNED), e.hardNegativeFlagRate(), e.noneFlagRate());
        }
    }
}
