#!/usr/bin/env bash
# Generalisation check on real text: scores a detector model on ../shared/realdev/realdev.jsonl
# (265 hand-labelled public passages). A development check only: never train or tune on it.
# Skips when the folder is absent. usage: bench/realdev.sh [MODEL]
set -euo pipefail
cd "$(dirname "$0")/.."
DEV=../shared/realdev/realdev.jsonl
if [ ! -f "$DEV" ]; then echo "realdev: $DEV not found; skipped"; exit 0; fi
./portrayal --version >/dev/null
if [ $# -ge 1 ]; then MODEL=(--model "$1"); else MODEL=(); fi
java -jar portrayal-cli/target/portrayal.jar score "${MODEL[@]}" --test "$DEV"
