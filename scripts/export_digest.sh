#!/usr/bin/env bash
# Extract the four shared corpora and the bundled examples (the benchmarks' articles), export their facts as JSONL and score them, so that a speed
# change can be checked for identical output: run it once on the reference code (--save DIR),
# then on the changed code (--against DIR); any byte of difference in a corpus's predictions or
# score lines is reported and the exit code is 1.
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
status=0
for corpus in dev seeds web/tune web/check examples; do
  name="${corpus//\//-}"
  src="$here/../shared/corpus/$corpus"
  texts="$src/texts"
  if [ "$corpus" = examples ]; then src="$here/examples"; texts="$src/articles"; fi
  CROSSREACH_SPACY=off "$bin" --db "$out/$name.db" ingest "$texts" --quiet
  "$bin" --db "$out/$name.db" export --format jsonl --out "$out/$name.jsonl" > /dev/null
  python3 "$here/../shared/eval/score.py" --gold "$src/gold" --pred "$out/$name.jsonl" --texts "$texts" \
    > "$out/$name.score"
  if [ "$mode" = "--save" ]; then
    mkdir -p "$dir" && cp "$out/$name.jsonl" "$out/$name.score" "$dir/"
    echo "$corpus: saved $(wc -l < "$out/$name.jsonl") documents"
  elif cmp -s "$out/$name.jsonl" "$dir/$name.jsonl" && cmp -s "$out/$name.score" "$dir/$name.score"; then
    echo "$corpus: identical ($(sha256sum < "$out/$name.jsonl" | cut -c1-16))"
  else
    echo "$corpus: DIFFERENT (predictions $out/$name.jsonl, reference $dir/$name.jsonl)"; status=1
  fi
done
exit $status
