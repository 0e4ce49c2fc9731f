package dev.portrayal.mix;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portrayal.detect.Label;
import dev.portrayal.engine.Json;
import dev.portrayal.engine.TagJob;
import dev.portrayal.engine.ToolVersion;
import dev.portrayal.io.InputFile;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * Builds {@code manifest.json}: what went in (inputs and attribute files with their SHA-256, the
 * policy with its text and checksum, the seed, the tool version), what came out (shards with their
 * records, bytes and checksums), counts per label and per action, and the corpus composition before
 * and after treatment. Holds nothing that depends on time or on the number of workers.
 */
final class Manifest {
    /** One output shard. */
    record ShardEntry(String path, long records, long bytes, String sha256) {
    }

    private Manifest() {
    }

    static ObjectNode build(MixOptions options, Policy policy, List<UnitResult> units, MixTotals totals,
                            List<ShardEntry> documents, List<ShardEntry> heldOut) {
        ObjectNode m = Json.MAPPER.createObjectNode();
        m.put("tool", "portrayal");
        m.put("version", ToolVersion.get());
        m.put("seed", options.seed());
        ObjectNode p = m.putObject("policy");
        p.put("path", policy.source());
        p.put("sha256", policy.sha256());
        if (policy.description() != null) p.put("description", policy.description());
        ArrayNode names = p.putArray("self_names");
        policy.selfNames().forEach(names::add);
        p.put("text", policy.text());
        ObjectNode settings = m.putObject("settings");
        settings.put("attributes", options.attributes().toString());
        settings.put("text_field", options.reader().textField().toString());
        settings.put("id_field", options.reader().idField().toString());
        settings.put("max_record_bytes", options.reader().maxRecordBytes());
        settings.put("format", options.format().key());
        settings.put("shard_bytes", options.shardBytes());
        settings.put("zstd_level", options.zstdLevel());

        ArrayNode inputs = m.putArray("inputs");
        for (int i = 0; i < units.size(); i++) {
            InputFile f = options.inputs().get(i);
            UnitResult u = units.get(i);
            ObjectNode in = inputs.addObject();
            in.put("path", f.relative());
            in.put("bytes", f.size());
            in.put("sha256", u.inputSha256());
            in.put("records", u.records());
            ObjectNode a = in.putObject("attributes");
            a.put("path", options.attributes().relativize(TagJob.attributesPath(options.attributes(), f)).toString().replace('\\', '/'));
            a.put("sha256", u.attributesSha256());
            in.put("audit", "audit/" + f.relativeWithSuffix(".jsonl.zst"));
        }

        LabelTally all = totals.all();
        ObjectNode records = m.putObject("records");
        records.put("input", totals.records());
        records.put("labelled", all.documents());
        records.put("quarantined_at_tag_time", totals.quarantinedAtTag() + totals.unreadable());
        records.put("unreadable", totals.unreadable());
        records.put("to_documents", all.trainingDocuments());
        records.put("held_out", all.heldOutDocuments());
        records.put("dropped", all.droppedDocuments());

        ObjectNode labels = m.putObject("labels");
        for (Label l : Label.values()) {
            LabelTally t = totals.label(l);
            ObjectNode n = labels.putObject(l.key());
            Rule rule = policy.rule(l);
            ArrayNode steps = n.putArray("rule");
            if (rule != null) rule.steps().forEach(s -> steps.add(s.action().name()));
            n.put("documents", t.documents());
            n.put("to_documents", t.trainingDocuments());
            n.put("held_out", t.heldOutDocuments());
            n.put("dropped", t.droppedDocuments());
            ObjectNode acts = n.putObject("actions");
            t.actions().forEach(acts::put);
        }
        ObjectNode actions = m.putObject("actions");
        Map<String, Long> perAction = new TreeMap<>(all.actions());
        perAction.forEach(actions::put);

        ObjectNode composition = m.putObject("composition");
        composition.put("unit", "characters are Unicode code points; share = the label's characters / all characters");
        composition(composition.putObject("before"), totals, LabelTally::documents, LabelTally::characters);
        composition(composition.putObject("after"), totals, LabelTally::trainingDocuments, LabelTally::trainingCharacters);
        composition(composition.putObject("held_out"), totals, LabelTally::heldOutDocuments, LabelTally::heldOutCharacters);

        ObjectNode outputs = m.putObject("outputs");
        shards(outputs.putArray("documents"), documents);
        shards(outputs.putArray("held_out"), heldOut);
        return m;
    }

    private static void composition(ObjectNode into, MixTotals totals, ToLongFunction<LabelTally> documents,
                                    ToLongFunction<LabelTally> characters) {
        long allChars = characters.applyAsLong(totals.all());
        into.put("documents", documents.applyAsLong(totals.all()));
        into.put("characters", allChars);
        ObjectNode labels = into.putObject("labels");
        for (Label l : Label.values()) {
            LabelTally t = totals.label(l);
            ObjectNode n = labels.putObject(l.key());
            n.put("documents", documents.applyAsLong(t));
            n.put("characters", characters.applyAsLong(t));
            n.put("share", allChars == 0 ? 0.0 : Numbers.round6(characters.applyAsLong(t) / (double) allChars));
        }
    }

    private static void shards(ArrayNode into, List<ShardEntry> shards) {
        for (ShardEntry s : shards) {
            ObjectNode n = into.addObject();
            n.put("path", s.path());
            n.put("records", s.records());
            n.put("bytes", s.bytes());
            n.put("sha256", s.sha256());
        }
    }
}
