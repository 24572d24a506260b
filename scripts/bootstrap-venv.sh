#!/usr/bin/env bash
# Create .venv with the Python named in .python-version and install the pinned development
# requirements (requirements-dev.txt, which includes the runtime requirements.txt) in one
# resolver pass with uv, then check with pip that they are consistent. Deployments install requirements.txt only.
set -euo pipefail
cd "$(dirname "$0")/.."
want=$(cat .python-version)
python=""
if command -v pyenv >/dev/null 2>&1 && [ -x "$(pyenv root)/versions/$want/bin/python" ]; then
  python="$(pyenv root)/versions/$want/bin/python"
elif command -v "python${want%.*}" >/dev/null 2>&1; then
  python=$(command -v "python${want%.*}")
else
  echo "Python $want is needed (Rasa 3.6 runs on Python < 3.11). Install it with pyenv: pyenv install $want" >&2
  exit 1
fi
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c "import sys; sys.exit(sys.version_info[:2] != tuple(map(int, '$want'.split('.')[:2])))"; then
  rm -rf .venv
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check "pip==24.0" "uv==0.13.9"
# uv installs the same pins as pip would, in one resolver pass, about ten times faster
# (downloads in parallel, files linked from its cache): most of a newcomer's first `make run`
# was this step (README, "Installing and first start").
.venv/bin/uv pip install --quiet --python .venv/bin/python -r requirements-dev.txt
.venv/bin/python -m pip check
scripts/install-sentence-model.sh .venv
