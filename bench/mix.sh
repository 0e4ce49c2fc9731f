#!/usr/bin/env bash
# Mix benchmark: whole-process `portrayal mix` on a generated .jsonl.zst corpus whose attributes were
# computed beforehand (by `portrayal tag` with the lexicon tagger, not timed), with 1 and 2 workers,
# heap capped at 512 MB. MB/s counts uncompressed input JSON Lines bytes, as bench/engine.sh does.
# usage: bench/mix.sh [TARGET_MB_COMPRESSED (default 1024)] [FILES (default 16)] [POLICY (default policies/default.yaml)]
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-1024}
FILES=${2:-16}
POLICY=${3:-policies/default.yaml}
OUT=bench/out/mix
mkdir -p "$OUT"
./portrayal --version >/dev/null   # builds the jar if needed; the runs below call it directly
CP='portrayal-cli/target/lib/*'
JAR=portrayal-cli/target/portrayal.jar
if [ ! -f "$OUT/corpus.meta" ] || [ "$(cat "$OUT/corpus.target")" != "$MB $FILES" ]; then
  rm -rf "$OUT/corpus" "$OUT/tag"
  echo "generating ~${MB} MB of .jsonl.zst in $FILES files..." >&2
  java -cp "$CP" bench/GenerateCorpus.java "$OUT/corpus" "$MB" "$FILES" > "$OUT/corpus.meta"
  echo "$MB $FILES" > "$OUT/corpus.target"
fi
if [ ! -f "$OUT/tag/stats/tag.json" ]; then
  echo "tagging the corpus (lexicon tagger; not part of the timing)..." >&2
  java -Xmx512m -jar "$JAR" tag --tagger lexicon --input "$OUT/corpus" --output "$OUT/tag" --quiet >/dev/null
fi
read RAW RECORDS < "$OUT/corpus.meta"
ZST=$(du -cb "$OUT"/corpus/*.zst | tail -1 | cut -f1)
ATTR=$(du -cb "$OUT"/tag/attributes/*.zst | tail -1 | cut -f1)
printf 'corpus: %d files, %.0f MB .jsonl.zst, %.0f MB uncompressed JSONL, %d records; attributes %.0f MB .jsonl.zst\n' \
  "$FILES" "$(echo "$ZST/1000000" | bc -l)" "$(echo "$RAW/1000000" | bc -l)" "$RECORDS" "$(echo "$ATTR/1000000" | bc -l)"
echo "policy: $POLICY"
# the floor: what any mix must do on one thread (decompress inputs and attributes, compress the output at
# level 1, SHA-256 in and out), timed in this run on these files
read FLOOR DEC COMP HASH < <(java -cp "$CP" bench/CodecFloor.java 1 "$OUT/corpus" "$OUT/tag")
printf 'codec floor (1 thread): %.1f s = %.1f MB/s (decompress %.1f s, compress %.1f s, sha-256 %.1f s)\n' \
  "$FLOOR" "$(echo "$RAW/1000000/$FLOOR" | bc -l)" "$DEC" "$COMP" "$HASH"
printf '%-7s %8s %12s %14s %16s %12s %14s\n' workers seconds "MB/s" "MB/s/worker" "records/s/worker" "peak RSS MB" "output MB zst"
declare -A SECS
for w in 1 2; do
  rm -rf "$OUT/run"
  /usr/bin/time -f "%M" -o "$OUT/time.txt" java -Xmx512m -jar "$JAR" mix --input "$OUT/corpus" --attributes "$OUT/tag" \
    --policy "$POLICY" --output "$OUT/run" --workers "$w" --quiet >/dev/null
  secs=$(python3 -c "import json;print(json.load(open('$OUT/run/stats/mix.json'))['seconds'])")
  rss=$(( $(cat "$OUT/time.txt") / 1024 ))
  outmb=$(du -cb "$OUT"/run/documents/* | tail -1 | cut -f1)
  SECS[$w]=$secs
  printf '%-7s %8.1f %12.1f %14.1f %16.0f %12d %14.0f\n' "$w" "$secs" \
    "$(echo "$RAW/1000000/$secs" | bc -l)" "$(echo "$RAW/1000000/$secs/$w" | bc -l)" \
    "$(echo "$RECORDS/$secs/$w" | bc -l)" "$rss" "$(echo "$outmb/1000000" | bc -l)"
done
printf 'speed-up with 2 workers: %.2fx\n' "$(echo "${SECS[1]}/${SECS[2]}" | bc -l)"
printf '1 worker against the codec floor: %.2fx the floor'"'"'s time\n' "$(echo "${SECS[1]}/$FLOOR" | bc -l)"
python3 - "$OUT/run/manifest.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
c = m["composition"]
print("labels (documents before -> after):", ", ".join(
    f'{l} {c["before"]["labels"][l]["documents"]} -> {c["after"]["labels"][l]["documents"]}' for l in c["before"]["labels"]))
print("actions applied (documents):", json.dumps(m["actions"]))
PY
rm -rf "$OUT/run"
