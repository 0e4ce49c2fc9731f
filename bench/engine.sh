#!/usr/bin/env bash
# Engine benchmark: whole-process `portrayal tag` on a generated .jsonl.zst corpus, with the
# do-nothing tagger and with the lexicon tagger, 1 and 2 workers, heap capped at 512 MB.
# usage: bench/engine.sh [TARGET_MB_COMPRESSED (default 1024)] [FILES (default 16)]
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-1024}
FILES=${2:-16}
OUT=bench/out/engine
mkdir -p "$OUT"
./portrayal --version >/dev/null   # builds the jar if needed; the runs below call it directly
CP='portrayal-cli/target/lib/*'
if [ ! -f "$OUT/corpus.meta" ] || [ "$(cat "$OUT/corpus.target")" != "$MB $FILES" ]; then
  rm -rf "$OUT/corpus"
  echo "generating ~${MB} MB of .jsonl.zst in $FILES files..." >&2
  java -cp "$CP" bench/GenerateCorpus.java "$OUT/corpus" "$MB" "$FILES" > "$OUT/corpus.meta"
  echo "$MB $FILES" > "$OUT/corpus.target"
fi
read RAW RECORDS < "$OUT/corpus.meta"
ZST=$(du -cb "$OUT"/corpus/*.zst | tail -1 | cut -f1)
printf 'corpus: %d files, %.0f MB .jsonl.zst, %.0f MB uncompressed JSONL, %d records\n' "$FILES" \
  "$(echo "$ZST/1000000" | bc -l)" "$(echo "$RAW/1000000" | bc -l)" "$RECORDS"
printf '%-8s %-7s %8s %12s %14s %16s %12s\n' tagger workers seconds "MB/s" "MB/s/worker" "records/s/worker" "peak RSS MB"
declare -A SECS
for tagger in noop lexicon; do
  for w in 1 2; do
    rm -rf "$OUT/run"
    /usr/bin/time -f "%M" -o "$OUT/time.txt" java -Xmx512m -jar portrayal-cli/target/portrayal.jar tag --input "$OUT/corpus" --output "$OUT/run" --workers "$w" --tagger "$tagger" --quiet >/dev/null
    secs=$(python3 -c "import json;print(json.load(open('$OUT/run/stats/tag.json'))['seconds'])")
    rss=$(( $(cat "$OUT/time.txt") / 1024 ))
    SECS[$tagger$w]=$secs
    printf '%-8s %-7s %8.1f %12.1f %14.1f %16.0f %12d\n' "$tagger" "$w" "$secs" \
      "$(echo "$RAW/1000000/$secs" | bc -l)" "$(echo "$RAW/1000000/$secs/$w" | bc -l)" \
      "$(echo "$RECORDS/$secs/$w" | bc -l)" "$rss"
  done
done
printf 'speed-up with 2 workers: noop %.2fx, lexicon %.2fx\n' \
  "$(echo "${SECS[noop1]}/${SECS[noop2]}" | bc -l)" "$(echo "${SECS[lexicon1]}/${SECS[lexicon2]}" | bc -l)"
rm -rf "$OUT/run"
