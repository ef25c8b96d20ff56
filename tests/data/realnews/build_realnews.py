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
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
TAXONOMY = REPO / "resources" / "taxonomy.json"
COMMITTED = HERE / "realnews.jsonl"
DEFAULT_ROOT = Path.home() / ".cache" / "annotator" / "realnews"



def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gold = _load("gold_converter", HERE.parent / "gold" / "build_gold.py")
render = _load("realnews_render", HERE / "realnews_render.py")
GoldError = gold.GoldError

ID_RE = re.compile(r"^r(\d{3,})$")
GENRES = gold.GENRES | {"headline"}
HEADER_KEYS = ("id", "split", "genre", "outlet", "country", "url", "query", "themes")
MIN_CHARS, MAX_CHARS = 300, 3000
# Real news also uses English quotation marks; “ closes a „ and opens an English quote.
OPEN_MARKS = "«„“\""
CLOSE_MARKS = "»“”\""
EDGE_START = ("–", "—", "-", ",")
EDGE_END = ("–", "—", "-", ",")


def expected_split(doc_id: str) -> str:
    """Every third document (r003, r006, …) is held out as test."""
    return "test" if int(ID_RE.match(doc_id).group(1)) % 3 == 0 else "dev"


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def taxonomy_ids() -> set[str]:
    return {entry["id"] for entry in json.loads(TAXONOMY.read_text(encoding="utf-8"))}


class Findings:
    """Errors and warnings of one source file, each with the place it refers to."""

    def __init__(self, name: str):
        self.name = name
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, message: str) -> None:
        self.errors.append(message)

    def warn(self, message: str) -> None:
        self.warnings.append(message)


class Locator:
    """Turns text offsets into 'line L col C' of the source file."""

    def __init__(self, body: str, positions: list[int], first_line: int, text: str):
        self.body, self.positions, self.first_line, self.text = body, positions, first_line, text

    def __call__(self, offset: int) -> str:
        index = self.positions[min(offset, len(self.positions) - 1)]
        line = gold.source_line(self.body, index, self.first_line)
        col = index - (self.body.rfind("\n", 0, index) + 1) + 1
        return f"line {line} col {col}"

    def span(self, start: int, end: int) -> str:
        return f"{self(start)} {self.text[start:end][:50]!r}"


def parse_header(lines: list[str], found: Findings) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    meta: dict[str, str] = {}
    entities: dict[str, tuple[str, str]] = {}
    for number, line in enumerate(lines, start=1):
        body = line[1:].strip()
        entity = gold.ENTITY_RE.match(body)
        if entity:
            sid, name, typ = entity.groups()
            if sid in entities:
                found.error(f"line {number}: entity {sid} declared twice")
            entities[sid] = (name, typ)
            continue
        key, sep, value = body.partition(":")
        key = key.strip()
        if not line.startswith("# ") or not sep:
            found.error(f"line {number}: bad header line {line!r} (expected '# key: value' or "
                        f"'# S1: name | person|organization')")
        elif key in meta:
            found.error(f"line {number}: header field {key!r} given twice")
        elif re.match(r"^S\d+$", key):
            found.error(f"line {number}: bad entity line {line!r} (expected 'S1: name | person' "
                        f"or '| organization')")
        else:
            if key not in HEADER_KEYS:
                found.warn(f"line {number}: unknown header field {key!r} (ignored)")
            meta[key] = value.strip()
    return meta, entities


def check_header(path: Path, meta: dict[str, str], known_themes: set[str], found: Findings) -> list[str]:
    """Check the header fields; return the document's theme ids."""
    for key in HEADER_KEYS:
        if key not in meta:
            found.error(f"header: field '{key}' is missing")
    doc_id = meta.get("id", "")
    if not ID_RE.match(doc_id) or doc_id != path.stem:
        found.error(f"header: id {doc_id!r} does not match the file name {path.name} (rNNN)")
    elif meta.get("split") != expected_split(doc_id):
        found.error(f"header: split {meta.get('split')!r} but {doc_id} belongs to "
                    f"{expected_split(doc_id)!r} (every third number is test)")
    if "split" in meta and path.parent.name in ("dev", "test") and meta["split"] != path.parent.name:
        found.error(f"header: split {meta['split']!r} but the file is in the folder {path.parent.name!r}")
    if "genre" in meta and meta["genre"] not in GENRES:
        found.error(f"header: unknown genre {meta['genre']!r} (one of {', '.join(sorted(GENRES))})")
    if "country" in meta and not re.fullmatch(r"[A-Z]{2}", meta["country"]):
        found.error(f"header: country {meta['country']!r} is not a two-letter ISO code like RU")
    if "url" in meta and not re.fullmatch(r"https?://\S+", meta["url"]):
        found.error(f"header: url {meta['url']!r} is not an http(s) address")
    for key in ("outlet", "query"):
        if key in meta and not meta[key]:
            found.error(f"header: field '{key}' is empty")
    themes = [t.strip() for t in meta.get("themes", "").split(",") if t.strip()]
    unknown = [t for t in themes if t not in known_themes]
    if unknown:
        found.error(f"header: unknown theme ids {unknown} (see resources/taxonomy.json)")
    if len(set(themes)) != len(themes):
        found.error("header: a theme is listed twice")
    return themes


def check_text(text: str, where: Locator, found: Findings) -> None:
    normal = unicodedata.normalize("NFC", text)
    if normal != text:
        first = next((k for k, (a, b) in enumerate(zip(text, normal)) if a != b), min(len(text), len(normal)))
        found.error(f"text is not NFC (first difference at {where(first)})")
    if text != text.strip():
        found.error("text has leading or trailing whitespace")
    if not MIN_CHARS <= len(text) <= MAX_CHARS:
        found.error(f"text length {len(text)} outside {MIN_CHARS}..{MAX_CHARS}")
    for k, ch in enumerate(text):
        if ch == "\ufeff" or (unicodedata.category(ch) == "Cc" and ch != "\n"):
            found.error(f"control character U+{ord(ch):04X} at {where(k)}")


def collect_mentions(spans, entities, where: Locator, found: Findings):
    mentions: dict[str, list[list[int]]] = {sid: [] for sid in entities}
    labelled: dict[str, list[int]] = {}
    for sp in (s for s in spans if s["type"] == "M"):
        at = where.span(sp["start"], sp["end"])
        match = gold.MENTION_TAG_RE.match(sp["tag"])
        if not match:
            found.error(f"mention at {at}: bad tag {sp['tag']!r} (expected S1 or S1.a)")
            continue
        sid, label = match.groups()
        mention_text = where.text[sp["start"]:sp["end"]]
        if sid not in entities:
            found.error(f"mention at {at}: entity {sid} is not declared in the header")
            continue
        if not mention_text.strip() or mention_text != mention_text.strip() or "\n" in mention_text:
            found.error(f"mention at {at}: empty, spans a line break, or has whitespace at an edge")
        mentions[sid].append([sp["start"], sp["end"]])
        if label:
            key = f"{sid}.{label}"
            if key in labelled:
                found.error(f"mention at {at}: label {key} used twice")
            labelled[key] = [sp["start"], sp["end"]]
    return mentions, labelled


def _edge_mark_explained(start: int, end: int, text: str, titles: list[list[int]]) -> bool:
    """A mark at a direct quote's edge is allowed only when it belongs to a title or term."""
    ok_open = text[start] not in OPEN_MARKS or any(s - 1 == start for s, _ in titles)
    ok_close = text[end - 1] not in CLOSE_MARKS or any(e + 1 == end for _, e in titles)
    return ok_open and ok_close


def check_quote_span(kind: str, start: int, end: int, text: str, titles, at: str, found: Findings) -> None:
    words = text[start:end]
    if words != words.strip():
        found.error(f"quote at {at}: whitespace at an edge")
    if "\n" in words:
        found.error(f"quote at {at}: spans a line break (one quote per paragraph piece)")
    if words.startswith(EDGE_START) or words.endswith(EDGE_END):
        found.error(f"quote at {at}: starts or ends with a dash or comma")
    if kind == "indirect" and words.endswith("."):
        found.error(f"quote at {at}: an indirect quote must not end with the period")
    if kind == "direct" and words.strip() and not _edge_mark_explained(start, end, text, titles):
        found.error(f"quote at {at}: quotation mark at the edge of a direct quote (span is the words "
                    f"between the marks)")
    balanced = words.count("«") == words.count("»") and words.count('"') % 2 == 0 \
        and words.count("„") <= words.count("“")
    if not balanced:
        found.warn(f"quote at {at}: quotation marks inside the quote are unbalanced")


def collect_quotes(spans, entities, mentions, labelled, titles, where: Locator, found: Findings):
    quotes = []
    for sp in (s for s in spans if s["type"] == "Q"):
        start, end = sp["start"], sp["end"]
        at = where.span(start, end)
        match = gold.QUOTE_TAG_RE.match(sp["tag"])
        if not match:
            found.error(f"quote at {at}: bad tag {sp['tag']!r} (expected d:S1.a, i:S1.a, d:S1 or d:-)")
            continue
        if start >= end:
            found.error(f"quote at {at}: empty quote")
            continue
        kind, sid, label = match.groups()
        kind = gold.KINDS[kind]
        check_quote_span(kind, start, end, where.text, titles, at, found)
        speaker, mention = None, None
        if sid == "-":
            if label:
                found.error(f"quote at {at}: a quote without speaker cannot name a mention")
        elif sid not in entities:
            found.error(f"quote at {at}: speaker {sid} is not declared in the header")
        else:
            speaker = entities[sid][0]
            if label:
                mention = labelled.get(f"{sid}.{label}")
                if mention is None:
                    found.error(f"quote at {at}: mention ⟨{sid}.{label} …⟩ not found")
                elif mention[0] < end and start < mention[1]:
                    found.error(f"quote at {at}: its mention {sid}.{label} lies inside the quote")
        quotes.append({"start": start, "end": end, "kind": kind, "speaker": speaker,
                       "speaker_mention": mention, "_sid": sid})
    quotes.sort(key=lambda q: (q["start"], q["end"]))
    for a, b in zip(quotes, quotes[1:]):
        if b["start"] < a["end"]:
            found.error(f"quotes overlap: {where.span(a['start'], a['end'])} and "
                        f"{where.span(b['start'], b['end'])}")
    return quotes


def check_titles(spans, quotes, where: Locator, found: Findings):
    text = where.text
    result = {"T": [], "R": []}
    for sp in (s for s in spans if s["type"] in "TR"):
        start, end = sp["start"], sp["end"]
        at = where.span(start, end)
        if start >= end or text[start:end] != text[start:end].strip():
            found.error(f"title/term at {at}: empty or whitespace at an edge")
            continue
        if start == 0 or end >= len(text) or text[start - 1] not in OPEN_MARKS or text[end] not in CLOSE_MARKS:
            found.error(f"title/term at {at}: must be the words just inside quotation marks")
        for q in quotes:
            inside = q["start"] <= start and end <= q["end"]
            if not inside and start < q["end"] and q["start"] < end:
                found.error(f"title/term at {at}: overlaps a quote without lying inside it")
        result[sp["type"]].append([start, end])
    return sorted(result["T"]), sorted(result["R"])


def check_speakers(entities, mentions, quotes, found: Findings):
    speakers = []
    spoken = {q["_sid"] for q in quotes}
    for sid, (name, typ) in entities.items():
        if sid not in spoken:
            found.error(f"entity {sid} ({name}) is declared but attributed no quote")
        speakers.append({"name": name, "type": typ, "mentions": sorted(mentions[sid])})
    names = [s["name"] for s in speakers]
    if len(set(names)) != len(names):
        found.error(f"the same canonical name is declared for two entities: {names}")
    for q in quotes:
        del q["_sid"]
    return speakers


def warn_unexplained_marks(text: str, quotes, titles, terms, where: Locator, found: Findings) -> None:
    """Not an error in real news (a quotation mark may open a name we chose not to mark)."""
    spans = [(q["start"], q["end"]) for q in quotes] + [tuple(s) for s in titles + terms]
    starts = {s for s, _ in spans}
    straight = 0
    for k, ch in enumerate(text):
        if ch == '"':
            straight += 1
            if straight % 2 == 0:
                continue
        elif ch not in "«„":
            continue
        if k + 1 not in starts and not any(s <= k < e for s, e in spans):
            found.warn(f"quotation mark at {where(k)} opens no quote, title or term: {text[k:k + 40]!r}")


def parse_source(path: Path, known_themes: set[str], *, round_trip: bool = True):
    """Parse and check one source; the document is None when there are errors.

    With ``round_trip`` the document is also rendered back to markup and parsed again, so
    that ``--render`` is known to work on every document that is built.
    """
    found = Findings(path.name)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        found.error(f"cannot read as UTF-8 ({exc})")
        return None, found
    if raw.startswith("\ufeff"):
        found.error("file starts with a byte-order mark")
        raw = raw[1:]
    doc = parse_string(raw, path, known_themes, found)
    if doc is not None and round_trip:
        again = parse_string(render.render_source(committed_record(doc), doc["text"]), path,
                             known_themes, Findings(path.name))
        if again is None or again != doc:
            found.error("internal: the document does not survive a render round trip; report this")
            return None, found
    return doc, found


def parse_string(raw: str, path: Path, known_themes: set[str], found: Findings) -> dict | None:
    try:
        header, body, first_line = gold.split_source(raw)
    except GoldError as exc:
        found.error(f"layout: {exc}")
        return None
    meta, entities = parse_header(header, found)
    themes = check_header(path, meta, known_themes, found)
    try:
        text, spans, positions = gold.parse_body_mapped(body, first_line)
    except GoldError as exc:
        found.error(f"markup: {exc}")
        return None
    where = Locator(body, positions, first_line, text)
    check_text(text, where, found)
    mentions, labelled = collect_mentions(spans, entities, where, found)
    all_titles = [[s["start"], s["end"]] for s in spans if s["type"] in "TR"]
    quotes = collect_quotes(spans, entities, mentions, labelled, all_titles, where, found)
    titles, terms = check_titles(spans, quotes, where, found)
    speakers = check_speakers(entities, mentions, quotes, found)
    if not quotes:
        found.warn("no quotes annotated")
    warn_unexplained_marks(text, quotes, titles, terms, where, found)
    if found.errors:
        return None
    return {"id": meta["id"], "split": meta["split"], "genre": meta["genre"], "text": text,
            "quotes": quotes, "speakers": speakers, "titles": titles, "terms": terms, "patterns": [],
            "themes": themes, "url": meta["url"], "outlet": meta["outlet"],
            "country": meta["country"], "query": meta["query"]}


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
    known = taxonomy_ids()
    docs, errors, urls = [], 0, Counter()
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
            urls[doc["url"]] += 1
    for url, count in urls.items():
        if count > 1:
            print(f"warning: {count} documents share the url {url}", file=sys.stderr)
    return docs, errors


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
