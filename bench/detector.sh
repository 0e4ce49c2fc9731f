#!/usr/bin/env bash
# Detector benchmark: Portrayal's classifier cascade against Debian's fastText (supervised,
# -wordNgrams 2), trained on the same seed train split, measured in the same run on the same
# documents: accuracy on the test split, and whole-process documents/s of `fasttext predict`
# versus `portrayal tag --workers 1` on the test documents repeated REPEAT times.
# Needs: apt-get install fasttext time.   usage: bench/detector.sh [REPEAT (default 200)]
set -euo pipefail
cd "$(dirname "$0")/.."
REPEAT=${1:-200}
OUT=bench/out/detector
command -v fasttext >/dev/null || { echo "fasttext is not installed (apt-get install fasttext)"; exit 1; }
./portrayal --version >/dev/null
rm -rf "$OUT"; mkdir -p "$OUT"
java -cp 'portrayal-cli/target/lib/*' bench/FastTextData.java "$OUT" "$REPEAT"
DOCS=$(wc -l < "$OUT/timing.txt")

# fastText with its defaults (5 epochs, lr 0.1) underfits 1,848 documents, so it is also trained
# with more epochs and a higher rate; the better of the two is the one compared and timed.
fasttext supervised -input "$OUT/train.txt" -output "$OUT/fasttext-default" -wordNgrams 2 -thread 1 -seed 1 -verbose 0
fasttext supervised -input "$OUT/train.txt" -output "$OUT/fasttext" -wordNgrams 2 -epoch 50 -lr 1.0 -thread 1 -seed 1 -verbose 0
FT_ACC_DEFAULT=$(fasttext test "$OUT/fasttext-default.bin" "$OUT/test.txt" | awk '/^P@1/ {print $2}')
FT_ACC=$(fasttext test "$OUT/fasttext.bin" "$OUT/test.txt" | awk '/^P@1/ {print $2}')
PT_ACC=$(java -jar portrayal-cli/target/portrayal.jar score | awk '/^documents:/ {print $4}')

secs() { /usr/bin/time -f %e -o "$OUT/t" "$@" >/dev/null 2>&1; cat "$OUT/t"; }
FT_S=$(secs fasttext predict "$OUT/fasttext.bin" "$OUT/timing.txt")
PT_S=$(secs java -jar portrayal-cli/target/portrayal.jar tag --input "$OUT/timing.jsonl" --output "$OUT/tag" --workers 1 --quiet)
FT_S2=$(secs fasttext predict "$OUT/fasttext.bin" "$OUT/timing.txt")
PT_S2=$(secs java -jar portrayal-cli/target/portrayal.jar tag --input "$OUT/timing.jsonl" --output "$OUT/tag2" --workers 1 --quiet)
best() { awk -v a="$1" -v b="$2" 'BEGIN {print (a < b ? a : b)}'; }
FT_S=$(best "$FT_S" "$FT_S2"); PT_S=$(best "$PT_S" "$PT_S2")
awk -v d="$DOCS" -v fa="$FT_ACC" -v fd="$FT_ACC_DEFAULT" -v pa="$PT_ACC" -v fs="$FT_S" -v ps="$PT_S" 'BEGIN {
  printf "test-split accuracy:  portrayal %.3f   fasttext %.3f (-epoch 50 -lr 1.0)   fasttext %.3f (defaults)\n", pa, fa, fd;
  printf "whole-process speed on %d documents (best of 2):\n", d;
  printf "  portrayal tag --workers 1   %6.2f s   %8.0f docs/s\n", ps, d / ps;
  printf "  fasttext predict            %6.2f s   %8.0f docs/s\n", fs, d / fs;
  printf "  portrayal / fasttext speed: %.2fx\n", fs / ps }'
