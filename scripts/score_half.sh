#!/usr/bin/env bash
# Score one half of a shared corpus, to choose a change on one half and confirm it on the other.
# Half A holds the 1st, 3rd, 5th... document of each language (names sorted; a name's first three
# letters give its language), half B the others. Usage: scripts/score_half.sh web/tune A|B [-v]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$1"; half="$2"; shift 2
src="$here/../shared/corpus/$corpus"
tmp="$(mktemp -d)"; mkdir -p "$tmp/texts" "$tmp/gold"
python3 - "$src" "$tmp" "$half" <<'PY'
import itertools
import os
import sys

src, tmp, half = sys.argv[1:]
names = sorted(os.listdir(f"{src}/texts"))
for _, group in itertools.groupby(names, key=lambda name: name[:3]):
    for index, name in enumerate(group):
        if (index % 2 == 0) == (half == "A"):
            stem = name.rsplit(".", 1)[0]
            os.symlink(f"{src}/texts/{name}", f"{tmp}/texts/{name}")
            os.symlink(f"{src}/gold/{stem}.json", f"{tmp}/gold/{stem}.json")
PY
"$here/.venv/bin/crossreach" --db "$tmp/kb.db" ingest "$tmp/texts" --quiet
"$here/.venv/bin/crossreach" --db "$tmp/kb.db" export --format jsonl --out "$tmp/pred.jsonl"
python3 "$here/../shared/eval/score.py" --gold "$tmp/gold" --pred "$tmp/pred.jsonl" --texts "$tmp/texts" "$@"
echo "predictions: $tmp/pred.jsonl"
