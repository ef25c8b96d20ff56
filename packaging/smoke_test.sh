#!/usr/bin/env bash
# Smoke test of the frozen app that `make package` built (run by it):
#   1. `annotator --version` names the version of the source tree;
#   2. `annotator analyze` on a bundled sample prints the same JSON as the
#      source tree does;
#   3. import (with analysis, in worker processes) and export round trip in a
#      temporary project: the export re-imported into a second project exports
#      the same, and the source tree exports the frozen app's project the same;
#   4. .docx and .html articles are read into the same text as the source tree;
#   5. team merge and agreement with its plots: numpy and matplotlib work in
#      the frozen app and give the source tree's figures;
#   6. the GUI, offscreen, on a first run: it creates the sample project and is
#      still running after a few seconds, with no traceback on stderr.
# Usage: packaging/smoke_test.sh [DIST_FOLDER] [SOURCE_PYTHON]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dist=${1:-$root/dist/annotator}
python=${2:-$root/.venv-package/bin/python}
app="$dist/annotator"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A fresh user: no settings, no default project, nothing from the caller.
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
mkdir -p "$HOME"
unset ANNOTATOR_PROJECT
export ANNOTATOR_NAME=smoke

fail() { echo "smoke test FAILED: $*" >&2; exit 1; }
from_source() { (cd "$root" && "$python" -m annotator.cli "$@"); }

[[ -x "$app" ]] || fail "$app is not built (make package)"
# pandas is never needed (sqlite-utils only uses it when it is there)
[[ ! -e "$dist/_internal/pandas" ]] || fail "pandas is inside the build"

# 1. version
version=$("$app" --version)
expected=$(cd "$root" && "$python" -c 'import annotator; print(annotator.__version__)')
[[ "$version" == "annotator, version $expected" ]] || fail "--version said '$version', the source is $expected"
echo "smoke: $version"

# 2. analyze a bundled sample; the JSON names the path, so both runs read the bundled file
sample="$dist/_internal/resources/samples/02-zakharova-briefing-osce.txt"
[[ -f "$sample" ]] || fail "the samples are not bundled ($sample)"
cmp -s "$sample" "$root/resources/samples/$(basename "$sample")" || fail "the bundled sample differs from resources/"
"$app" analyze --json "$sample" > "$work/frozen.jsonl"
from_source analyze --json "$sample" > "$work/source.jsonl"
[[ -s "$work/frozen.jsonl" ]] || fail "analyze printed nothing"
cmp -s "$work/frozen.jsonl" "$work/source.jsonl" || {
    diff <(head -c 2000 "$work/frozen.jsonl") <(head -c 2000 "$work/source.jsonl") >&2 || true
    fail "analyze: the frozen app and the source tree disagree"
}
quotes=$("$python" -c 'import json,sys; print(len(json.loads(open(sys.argv[1]).readline())["quotes"]))' "$work/frozen.jsonl")
[[ "$quotes" -gt 0 ]] || fail "analyze found no quote in $sample"
echo "smoke: analyze gives the source tree's JSON ($quotes quotes)"

# 3. import and export round trip (4 files: the import analyses them in worker processes)
first="$work/first.annotator"
second="$work/second.annotator"
"$app" --project "$first" import "$root"/resources/samples/0[1-4]-*.txt
"$app" --project "$first" export --format jsonl --include-rejected --out "$work/first.jsonl"
"$app" --project "$second" import "$work/first.jsonl"
"$app" --project "$second" export --format jsonl --include-rejected --out "$work/second.jsonl"
documents=$("$app" --project "$second" list --json | wc -l)
[[ "$documents" -eq 4 ]] || fail "the round trip holds $documents documents, not 4"
# Import numbers spans, speakers and relations anew: compare with ids replaced
# by what they point at (offsets and label, speaker name).
canonical() {
    "$python" - "$1" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    doc = json.loads(line)
    if "_header" in doc:
        print(json.dumps(doc, sort_keys=True, ensure_ascii=False))
        continue
    names = {s["id"]: s["name"] for s in doc["speakers"]}
    key = {s["id"]: (s["start"], s["end"], s["label"]) for s in doc["spans"]}
    for s in doc["spans"]:
        s["id"] = key[s["id"]]
        s["entity"] = names.get(s.get("entity"))
    for r in doc["relations"]:
        r["id"], r["from"], r["to"] = None, key[r["from"]], key[r["to"]]
    for t in doc["tags"]:
        t["id"], t["span"] = None, key.get(t["span"])
    for s in doc["speakers"]:
        s["id"] = None
    for field in ("spans", "relations", "speakers", "tags"):
        doc[field] = sorted(doc[field], key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    print(json.dumps(doc, sort_keys=True, ensure_ascii=False))
PY
}
cmp -s <(canonical "$work/first.jsonl") <(canonical "$work/second.jsonl") \
    || fail "export -> import -> export changed the project"
from_source --project "$first" export --format jsonl --include-rejected --out "$work/source.jsonl"
cmp -s "$work/first.jsonl" "$work/source.jsonl" || fail "the source tree exports the frozen app's project differently"
echo "smoke: import/export round trip of 4 documents is an identity"

# 4. the other article readers: .docx (python-docx, lxml) and .html (selectolax)
"$python" - "$work/articles" <<'PY'
import sys
from pathlib import Path

import docx

folder = Path(sys.argv[1])
folder.mkdir()
document = docx.Document()
document.core_properties.title = "Лавров о переговорах в Женеве"
document.add_paragraph("Сергей Лавров заявил: «Переговоры прошли конструктивно». 🙂")
document.add_paragraph("По его словам, стороны договорились продолжить консультации.")
document.save(folder / "interview.docx")
(folder / "page.html").write_text(
    "<html><head><title>Захарова о брифинге</title><script>alert(1)</script></head><body><nav>Меню</nav>"
    "<article><h1>Захарова о брифинге</h1><p>Мария Захарова сообщила, что брифинг пройдёт в четверг.</p>"
    "</article></body></html>", encoding="utf-8")
PY
texts() {  # title and text of each exported document, in order
    "$python" -c 'import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    doc = json.loads(line)
    if "_header" not in doc: print(json.dumps([doc["title"], doc["text"]], ensure_ascii=False))' "$1"
}
"$app" --project "$work/articles-frozen.annotator" import "$work/articles" > /dev/null
"$app" --project "$work/articles-frozen.annotator" export --format jsonl --out "$work/articles-frozen.jsonl" > /dev/null
from_source --project "$work/articles-source.annotator" import "$work/articles" > /dev/null
from_source --project "$work/articles-source.annotator" export --format jsonl --out "$work/articles-source.jsonl" > /dev/null
cmp -s <(texts "$work/articles-frozen.jsonl") <(texts "$work/articles-source.jsonl") \
    || fail ".docx/.html import: the frozen app and the source tree read different text"
texts "$work/articles-frozen.jsonl" | grep -q "Переговоры прошли конструктивно" || fail "the .docx text is missing"
texts "$work/articles-frozen.jsonl" | grep -q "брифинг пройдёт в четверг" || fail "the .html text is missing"
! texts "$work/articles-frozen.jsonl" | grep -q "alert" || fail "the .html script was imported"
echo "smoke: .docx and .html imports read the same text as the source tree"

# 5. team work, which runs numpy (agreement) and matplotlib (plots) inside the
#    frozen app: two analysts' versions of the round-trip project, merged
analyst() {  # analyst NAME KEEP_EVERY: accept the spans, keep every KEEP_EVERY-th one dropped
    "$python" - "$work/first.jsonl" "$1" "$2" <<'PY'
import json, sys
source, name, drop_every = sys.argv[1], sys.argv[2], int(sys.argv[3])
for line in open(source, encoding="utf-8"):
    doc = json.loads(line)
    if "_header" not in doc:
        dropped = {s["id"] for n, s in enumerate(doc["spans"]) if drop_every and n % drop_every == 0}
        doc["spans"] = [s for s in doc["spans"] if s["id"] not in dropped]
        doc["relations"] = [r for r in doc["relations"] if r["from"] not in dropped and r["to"] not in dropped]
        doc["tags"] = [t for t in doc["tags"] if t["span"] not in dropped]
        for item in doc["spans"] + doc["relations"] + doc["tags"]:
            item["status"], item["annotator"] = "accepted", name
    print(json.dumps(doc, ensure_ascii=False))
PY
}
analyst anna 0 > "$work/anna.jsonl"
analyst boris 3 > "$work/boris.jsonl"
"$app" --project "$work/anna.annotator" import "$work/anna.jsonl" > /dev/null
"$app" --project "$work/boris.annotator" import "$work/boris.jsonl" > /dev/null
"$app" merge "$work/anna.annotator" "$work/boris.annotator" --out "$work/team.annotator"
"$app" agreement --json "$work/team.annotator" > "$work/frozen-agreement.json"
from_source agreement --json "$work/team.annotator" > "$work/source-agreement.json"
cmp -s "$work/frozen-agreement.json" "$work/source-agreement.json" \
    || fail "agreement: the frozen app and the source tree disagree"
"$app" agreement --html "$work/report.html" "$work/team.annotator" > /dev/null
plots=$(grep -o "<svg" "$work/report.html" | wc -l)
[[ "$plots" -gt 0 ]] || fail "the agreement report has no plot"
echo "smoke: merge and agreement of two analysts give the source tree's figures; the report has $plots plots"

# 6. the GUI, offscreen, first run
status=0
QT_QPA_PLATFORM=offscreen timeout 10 "$app" > "$work/gui.out" 2> "$work/gui.err" || status=$?
if [[ $status -ne 124 ]]; then
    cat "$work/gui.err" >&2
    fail "the GUI exited with status $status instead of running until the timeout"
fi
if grep -q -e Traceback -e "Error" "$work/gui.err"; then
    cat "$work/gui.err" >&2
    fail "the GUI wrote an error to stderr"
fi
default="$XDG_DATA_HOME/annotator/default.annotator"
[[ -f "$default" ]] || fail "the first run did not create $default"
samples=$(ls "$root"/resources/samples/*.txt | wc -l)
documents=$("$app" --project "$default" list --json | wc -l)
[[ "$documents" -eq "$samples" ]] || fail "the first-run project holds $documents documents, not the $samples samples"
echo "smoke: the GUI ran 10 s offscreen without an error and created the sample project ($documents documents)"
echo "smoke test passed: $app"
