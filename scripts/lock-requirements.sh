#!/usr/bin/env bash
# Regenerate requirements.txt (runtime) and requirements-dev.txt (tests, linters) from the .in
# files in a scratch virtual environment, in ONE resolver pass over requirements-dev.in (which
# includes requirements.in), so every pin is what the resolver chose together. The freeze is then
# split: packages reachable from requirements.in's names (declared dependencies, extras and
# markers) are runtime pins; the rest are development pins (scripts/split_requirements.py).
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$(pyenv root)/versions/$(cat .python-version)/bin/python" -m venv "$scratch"
"$scratch/bin/python" -m pip install --quiet "pip==24.0"
"$scratch/bin/python" -m pip install --quiet -r requirements-dev.in
"$scratch/bin/python" -m pip check
"$scratch/bin/python" -m pip freeze --exclude-editable > "$scratch/freeze.txt"
"$scratch/bin/python" scripts/split_requirements.py requirements.in "$scratch/freeze.txt" \
  requirements.txt requirements-dev.txt
