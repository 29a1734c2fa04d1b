#!/usr/bin/env bash
# Runs the whole test suite headless (Qt offscreen). With arguments, runs pytest with them as is.
#
# Without arguments: the core, service and command-line tests run in one pytest process, and
# each Qt test module in a process of its own, so that one module's windows, event loops and
# QtMultimedia backends never outlive it into the next. Any failure (or crash) fails the run;
# the last line sums up every process.
set -uo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
if [ $# -gt 0 ]; then
  exec .venv/bin/python -m pytest "$@"
fi

# A process still running after 30 minutes is stuck outside any one test (each test has its own
# limits, pyproject.toml): it is ended and the run fails.
limited() {
  if command -v timeout >/dev/null; then timeout -k 30 1800 "$@"; else "$@"; fi
}

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
status=0
limited .venv/bin/python -m pytest tests --ignore=tests/ui --junitxml="$results/0-core.xml" || status=1
n=1
while IFS= read -r module; do
  limited .venv/bin/python -m pytest "$module" --junitxml="$results/$n.xml" || status=1
  n=$((n + 1))
done < <(find tests/ui -name 'test_*.py' | sort)

.venv/bin/python - "$results" "$status" <<'PY'
import sys, xml.etree.ElementTree as ET
from pathlib import Path
tests = failures = errors = skipped = 0
for path in Path(sys.argv[1]).glob("*.xml"):
    for suite in ET.parse(path).getroot().iter("testsuite"):
        tests += int(suite.get("tests", 0)); failures += int(suite.get("failures", 0))
        errors += int(suite.get("errors", 0)); skipped += int(suite.get("skipped", 0))
failed = failures + errors
if sys.argv[2] != "0" and failed == 0:
    failed = 1  # a process died before writing its report (a crash counts as a failure)
passed = tests - failures - errors - skipped
print(f"suite: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
