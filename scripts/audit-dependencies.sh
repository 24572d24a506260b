#!/usr/bin/env bash
# Check the pinned dependencies against public vulnerability advisories:
#   pip-audit on requirements-dev.txt (which includes requirements.txt: runtime and test/lint tools,
#   PyPI's advisory data) and npm audit on package-lock.json.
# pip-audit runs from its own virtual environment (.venv-audit), so the application's pins
# never move. Findings we accept are listed, with the reason, in deploy/accepted-vulnerabilities.txt;
# any other finding fails. Where the advisory services cannot be reached (a closed network),
# nothing is audited and the script says so plainly instead of passing silently.
set -euo pipefail
cd "$(dirname "$0")/.."

reachable() {  # the advisory APIs answer (a registry mirror alone does not serve them)
  curl -fsS --max-time 15 -o /dev/null "https://pypi.org/pypi/pip/24.0/json" 2>/dev/null
}
if ! reachable; then
  echo "NOT AUDITED: PyPI's advisory API (pypi.org/pypi/<name>/<version>/json) cannot be reached from this machine." >&2
  echo "Run 'make audit' where it can be; the accepted findings are in deploy/accepted-vulnerabilities.txt." >&2
  exit 0
fi

if [ ! -x .venv-audit/bin/pip-audit ]; then
  python3 -m venv .venv-audit
  .venv-audit/bin/python -m pip install --quiet --disable-pip-version-check "pip-audit==2.10.1"
fi
ignored=()
while read -r id _; do
  [ -n "$id" ] && ignored+=(--ignore-vuln "$id")
done < <(grep -v '^\s*#' deploy/accepted-vulnerabilities.txt)

# --no-deps --disable-pip: audit exactly the pins; --strict: a package that cannot be audited fails.
.venv-audit/bin/pip-audit --requirement requirements-dev.txt --no-deps --disable-pip --strict \
  --progress-spinner off "${ignored[@]}"
npm audit --omit=dev --audit-level=low
