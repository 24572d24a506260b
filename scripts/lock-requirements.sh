#!/usr/bin/env bash
# Regenerate requirements.txt from requirements.in in a scratch virtual environment,
# in one resolver pass, so every pin is what the resolver chose together.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$(pyenv root)/versions/$(cat .python-version)/bin/python" -m venv "$scratch"
"$scratch/bin/python" -m pip install --quiet "pip==24.0"
"$scratch/bin/python" -m pip install --quiet -r requirements.in
"$scratch/bin/python" -m pip check
{ echo "# Generated from requirements.in by 'make lock' (one resolver pass, then pip freeze). Do not edit by hand."
  "$scratch/bin/python" -m pip freeze --exclude-editable; } > requirements.txt
echo "requirements.txt: $(grep -vc '^#' requirements.txt) pinned packages"
