#!/usr/bin/env bash
# Extract the shared corpora, the fresh development rounds and the bundled examples (the benchmarks' articles)
# with --workers 1 and --workers 2, export their facts as JSONL, score them, and dump the knowledge base's
# tables, so that a speed change can be checked for identical output: run it once on the reference code
# (--save DIR), then on the changed code (--against DIR); any byte of difference in a corpus's predictions,
# score lines or stored rows is reported and the exit code is 1.
# The texts are read from one copy under a fixed path, so that two worktrees store the same sources.
# The table dump (scripts/store_dump.py) is order-independent: every table's rows sorted, the run's
# timestamps masked, and both full-text indexes as their vocabularies (term, row, column, offset).
# Usage: scripts/export_digest.sh --save DIR | --against DIR [--crossreach PATH]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
mode=""; dir=""; bin="$here/.venv/bin/crossreach"
while [ $# -gt 0 ]; do
  case "$1" in
    --save|--against) mode="$1"; dir="$2"; shift 2 ;;
    --crossreach) bin="$2"; shift 2 ;;
    *) echo "usage: $0 --save DIR | --against DIR [--crossreach PATH]" >&2; exit 2 ;;
  esac
done
[ -n "$mode" ] || { echo "usage: $0 --save DIR | --against DIR [--crossreach PATH]" >&2; exit 2; }
out="$(mktemp -d)"
inputs="${TMPDIR:-/tmp}/crossreach-digest-inputs"
python="$(dirname "$bin")/python"
status=0
for corpus in dev seeds web/tune web/check fresh/develop fresh/round5 fresh/round6 fresh/round7 fresh/round8 fresh/round9 fresh/round10 fresh/round11 fresh/round12 fresh/round13 examples; do
  name="${corpus//\//-}"
  case "$corpus" in
    examples) src="$here/examples"; texts="$src/articles" ;;
    fresh/*) src="$here/tests/fixtures/$corpus"; texts="$src/texts" ;;
    *) src="$here/../shared/corpus/$corpus"; texts="$src/texts" ;;
  esac
  rm -rf "${inputs:?}/$name" && mkdir -p "$inputs/$name" && cp -r "$texts/." "$inputs/$name/"
  for workers in 1 2; do
    run="$name-w$workers"
    CROSSREACH_SPACY=off "$bin" --db "$out/$run.db" ingest "$inputs/$name" --quiet --workers "$workers"
    "$bin" --db "$out/$run.db" export --format jsonl --out "$out/$run.jsonl" > /dev/null
    "$python" "$here/scripts/store_dump.py" "$out/$run.db" > "$out/$run.tables"
    files=("$run.jsonl" "$run.tables")
    if [ "$workers" = 1 ]; then
      python3 "$here/../shared/eval/score.py" --gold "$src/gold" --pred "$out/$run.jsonl" --texts "$inputs/$name" \
        > "$out/$name.score"
      files+=("$name.score")
    fi
    for file in "${files[@]}"; do
      if [ "$mode" = "--save" ]; then
        mkdir -p "$dir" && cp "$out/$file" "$dir/"
      elif ! cmp -s "$out/$file" "$dir/$file"; then
        echo "$corpus: DIFFERENT $file (this run $out/$file, reference $dir/$file)"; status=1
      fi
    done
  done
  if [ "$mode" = "--save" ]; then
    echo "$corpus: saved $(wc -l < "$out/$name-w1.jsonl") documents"
  else
    echo "$corpus: compared ($(cat "$out/$name-w1.jsonl" "$out/$name-w1.tables" | sha256sum | cut -c1-16))"
  fi
done
exit $status
