#!/usr/bin/env bash
# Install the project (not editable) into a clean venv and check that the
# installed copy runs and finds its bundled resources outside the checkout.
set -euo pipefail
python=${1:-python3}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet "$root"
cd "$work"
"$work/venv/bin/annotator" --version
"$work/venv/bin/python" - <<'PY'
import annotator.resources as r
d = r.resources_dir()
assert "_resources" in str(d), f"resources found in the checkout, not the install: {d}"
assert len(r.default_taxonomy()) >= 10, "taxonomy missing from the wheel"
from annotator.nlp.theme_model import bundled_model
assert len(bundled_model().classifiers) >= 3, "theme model missing from the wheel"
samples = sorted((d / "samples").glob("*.txt"))
assert len(samples) >= 12, f"samples missing from the wheel: {len(samples)}"
print(f"installed resources OK: {d} ({len(samples)} samples)")
PY
printf 'Вопрос: Как вы оцениваете переговоры?\nС. Лавров: «Переговоры прошли конструктивно».\n' > "$work/a.txt"
ANNOTATOR_PROJECT="$work/p.annotator" "$work/venv/bin/annotator" import --no-analyze "$work/a.txt"
ANNOTATOR_PROJECT="$work/p.annotator" "$work/venv/bin/annotator" list
echo "check-install: passed"
