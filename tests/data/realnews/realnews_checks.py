"""Checks of one real-news source (pure standard library); used by build_realnews.py.

The markup parser is the gold set's (``tests/data/gold/build_gold.py``); what is checked
is listed in README.md in this folder.  Every finding names the source line and column.
"""
from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TAXONOMY = HERE.parents[2] / "resources" / "taxonomy.json"

_spec = importlib.util.spec_from_file_location("gold_converter", HERE.parent / "gold" / "build_gold.py")
gold = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gold)
GoldError = gold.GoldError

ID_RE = re.compile(r"^r(\d{3,})$")
GENRES = gold.GENRES | {"headline"}
HEADER_KEYS = ("id", "split", "genre", "outlet", "country", "url", "query", "themes")
MIN_CHARS, MAX_CHARS = 300, 3000
# Real news also uses English quotation marks; “ closes a „ and opens an English quote.
# Some outlets (АрмИнфо) quote with ‹…› or ‹…> as well.
OPEN_MARKS = "«„“\"‹"
CLOSE_MARKS = "»“”\"›>"
# What closes each opening mark; the first one found after it is its partner (« nests).
_PARTNERS = {"«": "»", "„": "“", "“": "”", "‹": "›>", '"': '"'}
EDGE_START = ("–", "—", "-", ",")
EDGE_END = ("–", "—", "-", ",")


def expected_split(doc_id: str) -> str:
    """Every third document (r003, r006, …) is held out as test."""
    return "test" if int(ID_RE.match(doc_id).group(1)) % 3 == 0 else "dev"


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


def _partner_after(words: str) -> int:
    """Where the mark opening ``words`` is closed, or -1 (guillemets nest, others do not)."""
    opening, closers, depth = words[0], _PARTNERS[words[0]], 0
    for k, ch in enumerate(words[1:], 1):
        if opening == "«" and ch == "«":
            depth += 1
        elif ch in closers:
            if depth == 0:
                return k
            depth -= 1
    return -1


def _partner_before(words: str) -> int:
    """Where the mark closing ``words`` was opened, or -1."""
    closing, depth = words[-1], 0
    openers = "".join(o for o, closers in _PARTNERS.items() if closing in closers)
    for k in range(len(words) - 2, -1, -1):
        ch = words[k]
        if closing == "»" and ch == "»":
            depth += 1
        elif ch in openers:
            if depth == 0:
                return k
            depth -= 1
    return -1


def _edge_mark_explained(start: int, end: int, text: str, titles: list[list[int]]) -> bool:
    """A mark at a direct quote's edge must not be the quote's own mark.

    It may open or close a title or term, or an inner quotation whose partner lies inside the
    span (``Мы поддержим «мирный план»`` ends on the inner closing mark); a span whose first
    mark is closed by its last one holds the quote's own marks.
    """
    words = text[start:end]
    if words.endswith(">") and words.rfind("<") > words.rfind("‹"):
        words = words[:-1] + "."  # an editorial <…> (guide rule 10), not a closing mark
    ok_open = words[0] not in _PARTNERS or any(s - 1 == start for s, _ in titles) \
        or -1 < _partner_after(words) < len(words) - 1
    ok_close = words[-1] not in CLOSE_MARKS or any(e + 1 == end for _, e in titles) \
        or _partner_before(words) > 0
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


def _marks_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the marks around a title should stand: past a stray space inside them (« Известия»),
    which the guide allows (the span is the words without the space)."""
    before = start - 1
    while before >= 0 and text[before] == " ":
        before -= 1
    after = end
    while after < len(text) and text[after] == " ":
        after += 1
    return before, after


def check_titles(spans, quotes, where: Locator, found: Findings):
    text = where.text
    result = {"T": [], "R": []}
    for sp in (s for s in spans if s["type"] in "TR"):
        start, end = sp["start"], sp["end"]
        at = where.span(start, end)
        if start >= end or text[start:end] != text[start:end].strip():
            found.error(f"title/term at {at}: empty or whitespace at an edge")
            continue
        before, after = _marks_around(text, start, end)
        if before < 0 or after >= len(text) or text[before] not in OPEN_MARKS or text[after] not in CLOSE_MARKS:
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
        elif ch not in "«„‹":
            continue
        first = k + 1  # a stray space inside the marks may stand before the title
        while first < len(text) and text[first] == " ":
            first += 1
        if first not in starts and not any(s <= k < e for s, e in spans):
            found.warn(f"quotation mark at {where(k)} opens no quote, title or term: {text[k:k + 40]!r}")


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
