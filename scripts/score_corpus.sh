#!/usr/bin/env bash
# Ingest a shared corpus into a fresh knowledge base, export it and score it with the referee.
# Usage: scripts/score_corpus.sh dev|seeds|web/tune|web/check|DIR [-v]
# (DIR: any folder with texts/ and gold/, such as tests/fixtures/fresh)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-dev}"; shift || true
dir="$here/../shared/corpus/$corpus"
if [ -d "$corpus/texts" ]; then dir="$(cd "$corpus" && pwd)"; fi
tmp="$(mktemp -d)"
"$here/.venv/bin/crossreach" --db "$tmp/kb.db" ingest "$dir/texts" --quiet
"$here/.venv/bin/crossreach" --db "$tmp/kb.db" export --format jsonl --out "$tmp/pred.jsonl"
python3 "$here/../shared/eval/score.py" --gold "$dir/gold" --pred "$tmp/pred.jsonl" --texts "$dir/texts" "$@"
echo "predictions: $tmp/pred.jsonl"
