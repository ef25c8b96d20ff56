#!/usr/bin/env python3
"""Check the real-news sources and build the evaluation files from them.

Pure standard library.  The markup is the gold set's (one parser:
``tests/data/gold/build_gold.py``); the header and the checks follow
``README.md`` in this folder.  Texts are third-party news: they live only in the
cache folder, never in git.

    build_realnews.py --check [ID|FILE …]   check sources, print errors per file, exit 1 on errors
    build_realnews.py                       check + write texts/, dev.jsonl, test.jsonl, realnews.jsonl
    build_realnews.py --stats               counts of documents, quotes, outlets, genres, themes
    build_realnews.py --render ID           print the markup source rebuilt from texts/ID.txt + realnews.jsonl
    build_realnews.py --import-excerpt ID FILE   find the text of ID inside a saved excerpt by its hash
    option --root DIR: the cache folder (default ~/.cache/annotator/realnews)
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
COMMITTED = HERE / "realnews.jsonl"
DEFAULT_ROOT = Path.home() / ".cache" / "annotator" / "realnews"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


checks = _load("realnews_checks", HERE / "realnews_checks.py")
render = _load("realnews_render", HERE / "realnews_render.py")
expected_split = checks.expected_split


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_source(path: Path, known_themes: set[str], *, round_trip: bool = True):
    """Parse and check one source; the document is None when there are errors.

    With ``round_trip`` the document is also rendered back to markup and parsed again, so
    that ``--render`` is known to work on every document that is built.
    """
    found = checks.Findings(path.name)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        found.error(f"cannot read as UTF-8 ({exc})")
        return None, found
    if raw.startswith("\ufeff"):
        found.error("file starts with a byte-order mark")
        raw = raw[1:]
    doc = checks.parse_string(raw, path, known_themes, found)
    if doc is not None and round_trip:
        again = checks.parse_string(render.render_source(committed_record(doc), doc["text"]), path,
                                    known_themes, checks.Findings(path.name))
        if again is None or again != doc:
            found.error("internal: the document does not survive a render round trip; report this")
            return None, found
    return doc, found


def committed_record(doc: dict) -> dict:
    """What git keeps of a document: everything but the text, plus its hash and length."""
    return {"id": doc["id"], "split": doc["split"], "genre": doc["genre"], "outlet": doc["outlet"],
            "country": doc["country"], "url": doc["url"], "query": doc["query"],
            "sha256": sha256(doc["text"]), "length": len(doc["text"]), "themes": doc["themes"],
            "quotes": doc["quotes"], "speakers": doc["speakers"], "titles": doc["titles"],
            "terms": doc["terms"]}


def source_paths(root: Path, selection: list[str]) -> list[Path]:
    """All sources under root/src/{dev,test}, or the ones named by id or path."""
    everything = sorted((root / "src").glob("*/r*.txt"), key=lambda p: p.stem)
    if not selection:
        return everything
    by_id = {p.stem: p for p in everything}
    chosen = []
    for item in selection:
        if item.endswith(".txt") or "/" in item:
            chosen.append(Path(item))
        elif item in by_id:
            chosen.append(by_id[item])
        else:
            raise SystemExit(f"no source for {item!r} under {root / 'src'}")
    return chosen


def load_sources(paths: list[Path], *, quiet_warnings: bool = False) -> tuple[list[dict], int]:
    """Parse the sources, print findings per file; return the valid documents and the error count."""
    known = checks.taxonomy_ids()
    docs, errors = [], 0
    for path in paths:
        doc, found = parse_source(path, known)
        for message in found.errors:
            print(f"ERROR {path}: {message}", file=sys.stderr)
        if not quiet_warnings:
            for message in found.warnings:
                print(f"warning {path}: {message}", file=sys.stderr)
        errors += len(found.errors)
        if doc is not None:
            docs.append(doc)
    warn_shared(docs)
    return docs, errors


def warn_shared(docs: list[dict]) -> None:
    """Documents with one url or one text: double counting, or a test text also in dev."""
    for field, value_of in (("url", lambda d: d["url"]), ("text", lambda d: sha256(d["text"]))):
        groups: dict[str, list[dict]] = {}
        for doc in docs:
            groups.setdefault(value_of(doc), []).append(doc)
        for group in groups.values():
            if len(group) > 1:
                splits = {d["split"] for d in group}
                held_out = " (in both dev and test: the test split is not held out)" if len(splits) > 1 else ""
                print(f"warning: {', '.join(d['id'] for d in group)} share one {field}{held_out}", file=sys.stderr)


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def build(root: Path, docs: list[dict], committed: Path = COMMITTED) -> None:
    texts = root / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        (texts / f"{doc['id']}.txt").write_text(doc["text"], encoding="utf-8", newline="\n")
    for split in ("dev", "test"):
        write_jsonl(root / f"{split}.jsonl", [d for d in docs if d["split"] == split])
    write_jsonl(committed, [committed_record(d) for d in docs])
    print(f"wrote {len(docs)} texts to {texts}, {root / 'dev.jsonl'}, {root / 'test.jsonl'} and {committed}")


def stats(docs: list[dict]) -> None:
    splits = Counter(d["split"] for d in docs)
    print(f"documents: {len(docs)}  (dev {splits['dev']}, test {splits['test']})")
    kinds = Counter((q["kind"], d["split"]) for d in docs for q in d["quotes"])
    for kind in ("direct", "indirect"):
        print(f"{kind} quotes: {kinds[kind, 'dev'] + kinds[kind, 'test']}  "
              f"(dev {kinds[kind, 'dev']}, test {kinds[kind, 'test']})")
    print(f"quotes without speaker: {sum(q['speaker'] is None for d in docs for q in d['quotes'])}, "
          f"without mention: {sum(bool(q['speaker'] and not q['speaker_mention']) for d in docs for q in d['quotes'])}")
    print(f"titles: {sum(len(d['titles']) for d in docs)}  terms: {sum(len(d['terms']) for d in docs)}")
    print(f"characters: {sum(d.get('length') or len(d['text']) for d in docs)}")
    for field in ("outlet", "country", "genre"):
        print(f"{field}: {dict(Counter(d[field] for d in docs).most_common())}")
    print(f"themes: {dict(Counter(t for d in docs for t in d['themes']).most_common())}")


def committed_entry(committed: Path, doc_id: str) -> dict | None:
    records = read_committed(committed)
    if records is not None and doc_id not in records:
        print(f"{doc_id}: not in {committed}", file=sys.stderr)
    return None if records is None else records.get(doc_id)


def render_command(root: Path, doc_id: str, committed: Path = COMMITTED) -> int:
    record = committed_entry(committed, doc_id)
    if record is None:
        return 1
    path = root / "texts" / f"{doc_id}.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"{path}: cannot read the cached text ({exc})", file=sys.stderr)
        return 1
    if sha256(text) != record["sha256"]:
        print(f"{path}: sha256 differs from {committed.name}; the text is not the annotated one", file=sys.stderr)
        return 1
    sys.stdout.write(render.render_source(record, text))
    return 0


def import_excerpt(root: Path, doc_id: str, excerpt_path: Path, committed: Path = COMMITTED) -> int:
    record = committed_entry(committed, doc_id)
    if record is None:
        return 1
    try:
        excerpt = excerpt_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"{excerpt_path}: cannot read as UTF-8 ({exc})", file=sys.stderr)
        return 1
    text = render.find_in_excerpt(excerpt, record["length"], record["sha256"])
    if text is None:
        print(f"{excerpt_path}: no substring of {record['length']} characters has the sha256 of {doc_id}; "
              f"the page may have changed or the annotator's copy differs", file=sys.stderr)
        return 1
    target = root / "texts" / f"{doc_id}.txt"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {target}")
    return 0


def read_committed(path: Path) -> dict[str, dict] | None:
    """Records of the committed offsets file by id, or None (with a message) when unreadable."""
    try:
        with path.open(encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle if line.strip()]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        print(f"{path}: cannot read ({exc})", file=sys.stderr)
        return None
    return {record["id"]: record for record in records}


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="cache folder (src/, texts/)")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="check only, write nothing")
    group.add_argument("--stats", action="store_true", help="print corpus counts")
    group.add_argument("--render", metavar="ID", help="print the source rebuilt from texts/ID.txt")
    group.add_argument("--import-excerpt", nargs=2, metavar=("ID", "FILE"), help="recover texts/ID.txt")
    parser.add_argument("--committed", type=Path, default=COMMITTED,
                        help="the offsets file kept in git (default: realnews.jsonl next to this script)")
    parser.add_argument("--quiet", action="store_true", help="errors only, no warnings")
    parser.add_argument("ids", nargs="*", help="ids (r004) or source files; default: all")
    args = parser.parse_args(argv)
    if args.render:
        return render_command(args.root, args.render, args.committed)
    if args.import_excerpt:
        return import_excerpt(args.root, args.import_excerpt[0], Path(args.import_excerpt[1]), args.committed)
    paths = source_paths(args.root, args.ids)
    if not paths:
        print(f"no sources under {args.root / 'src'}/{{dev,test}}/rNNN.txt; nothing to do", file=sys.stderr)
        return 1
    docs, errors = load_sources(paths, quiet_warnings=args.quiet or args.stats)
    if args.stats:
        stats(docs)
    elif args.check:
        print(f"checked {len(paths)} sources: {len(docs)} valid, {errors} errors")
    elif args.ids:
        print("build writes the whole corpus; give no ids (or use --check IDS)", file=sys.stderr)
        return 2
    else:
        build(args.root, docs, args.committed)
        if errors:
            print(f"{len(paths) - len(docs)} sources with errors were left out", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
