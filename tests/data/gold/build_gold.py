#!/usr/bin/env python3
"""Build tests/data/gold/gold.jsonl from the annotated sources in tests/data/gold/src/*.txt.

Pure standard library.  Usage:

    python tests/data/gold/build_gold.py            # build + check, write gold.jsonl
    python tests/data/gold/build_gold.py --check    # build + check, do not write
    python tests/data/gold/build_gold.py --show g001 g002   # print quote spans of documents

See README.md in this folder for the markup.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE / "gold.jsonl"

# markup brackets (must never occur in article text)
Q_OPEN, Q_CLOSE = "⟦", "⟧"   # quote
M_OPEN, M_CLOSE = "⟨", "⟩"   # speaker mention
T_OPEN, T_CLOSE = "⦃", "⦄"   # guillemet title (hard negative)
R_OPEN, R_CLOSE = "⦅", "⦆"   # quoted term / scare quote (hard negative)
OPENERS = {Q_OPEN: "Q", M_OPEN: "M", T_OPEN: "T", R_OPEN: "R"}
CLOSERS = {Q_CLOSE: "Q", M_CLOSE: "M", T_CLOSE: "T", R_CLOSE: "R"}
MARKUP = set(OPENERS) | set(CLOSERS)

KINDS = {"d": "direct", "direct": "direct", "i": "indirect", "indirect": "indirect"}
GENRES = {"news", "interview", "briefing", "statement", "press_conference", "telegram", "analysis"}
PATTERNS = {
    # quoting constructions
    "said_after",          # «…», – сказал он.
    "broken_quote",        # «…, – отметил министр, – …»  (two quotes, same speaker)
    "colon_intro",         # Он заявил: «…»
    "nested_quotes",       # „…“ inside «…»
    "straight_quotes",     # "…"
    "multi_paragraph",     # quote spanning paragraphs, each paragraph reopens «
    "qa",                  # interview: "Вопрос: …" / "С. Лавров: …"
    "indirect_chto",       # заявил, что …
    "indirect_o_tom_chto", # сообщил о том, что …
    "po_slovam",           # по словам X, …
    "kak_zayavil",         # как заявил X, …
    # speaker mentions
    "speaker_fullname", "speaker_oblique_surname", "speaker_title", "speaker_description",
    "speaker_pronoun", "speaker_org",
    "female_speaker",      # feminine verb form
    "gender_agreement",    # verb gender decides between two candidate speakers
    "emoji",               # emoji right before a quote
    # hard negatives
    "title_negative",      # «Известия», «ТАСС», «Газпром» … are not quotes
    "scare_quote",         # quoted terms: так называемый «…»
    "rhetorical_question",
    "no_quote",            # text without any quote
}
HARD_NEGATIVES = {"title_negative", "scare_quote", "rhetorical_question", "no_quote"}
# The blind set (blind/build_gold.py) reuses this converter with its own values.
PREFIX = "g"
MAX_CHARS = 1500
ID_RE = re.compile(r"^g(\d{3})$")
ENTITY_RE = re.compile(r"^(S\d+)\s*:\s*(.+?)\s*\|\s*(person|organization)\s*$")
MENTION_TAG_RE = re.compile(r"^(S\d+)(?:\.(\w+))?$")
QUOTE_TAG_RE = re.compile(r"^(d|i|direct|indirect):(-|S\d+)(?:\.(\w+))?$")

OPEN_MARKS = "«„\""
CLOSE_MARKS = "»“\""


class GoldError(Exception):
    pass


def expected_split(doc_id: str) -> str:
    """Deterministic split: every third document (g003, g006, …) is held out."""
    return "test" if int(ID_RE.match(doc_id).group(1)) % 3 == 0 else "dev"


def parse_header(lines):
    meta, entities = {}, {}
    for ln in lines:
        body = ln[1:].strip()
        m = ENTITY_RE.match(body)
        if m:
            sid, name, typ = m.groups()
            if sid in entities:
                raise GoldError(f"entity {sid} declared twice")
            entities[sid] = (name, typ)
            continue
        key, sep, value = body.partition(":")
        if not sep:
            raise GoldError(f"bad header line: {ln!r}")
        meta[key.strip()] = value.strip()
    return meta, entities


def parse_body(body: str):
    """Strip the markup, return (text, spans). spans: list of dicts with type/tag/start/end."""
    text, spans, _ = parse_body_mapped(body)
    return text, spans


def source_line(body: str, index: int, first_line: int = 1) -> int:
    """Line number in the source file of ``body[index]`` (the body starts at ``first_line``)."""
    return first_line + body.count("\n", 0, index)


def parse_body_mapped(body: str, first_line: int = 1):
    """Strip the markup; return (text, spans, positions).

    ``positions[k]`` is the index in ``body`` of ``text[k]`` (plus one entry for the end of
    the text), so that a checker can point at the source line of any text offset.  This is
    the one markup parser: the gold, blind and real-news converters all use it.
    """
    out = []
    positions = []
    stack = []
    spans = []
    i, n = 0, len(body)

    def near(k: int) -> str:
        return f"line {source_line(body, k, first_line)}: {body[max(0, k - 20):k + 40]!r}"

    while i < n:
        ch = body[i]
        if ch in (T_OPEN, R_OPEN):  # titles and terms carry no tag
            stack.append((OPENERS[ch], "", len(out), i))
            i += 1
            continue
        if ch in OPENERS:
            j = body.find(" ", i)
            if j < 0:
                raise GoldError(f"unterminated tag at {near(i)}")
            tag = body[i + 1:j]
            if any(c in tag for c in MARKUP) or "\n" in tag:
                raise GoldError(f"bad tag {tag!r} at {near(i)}")
            stack.append((OPENERS[ch], tag, len(out), i))
            i = j + 1
            continue
        if ch in CLOSERS:
            if not stack:
                raise GoldError(f"unbalanced closer {ch} at {near(i)}")
            typ, tag, start, src = stack.pop()
            if typ != CLOSERS[ch]:
                raise GoldError(f"closer {ch} at {near(i)} does not match the opener of type {typ} "
                                f"at {near(src)}")
            spans.append({"type": typ, "tag": tag, "start": start, "end": len(out)})
            i += 1
            continue
        out.append(ch)
        positions.append(i)
        i += 1
    if stack:
        raise GoldError(f"unclosed markup at {near(stack[-1][3])}")
    positions.append(n)
    return "".join(out), spans, positions


def split_source(raw: str):
    """Split a source file into (header lines, body, line number of the body's first line)."""
    if "\r" in raw:
        raise GoldError("CR characters in source")
    lines = raw.split("\n")
    k = 0
    while k < len(lines) and lines[k].startswith("#"):
        k += 1
    if k >= len(lines) or lines[k].strip():
        raise GoldError("header must be followed by one blank line")
    return lines[:k], "\n".join(lines[k + 1:]).rstrip("\n"), k + 2


def build_doc(path: Path):
    header, body, first_line = split_source(path.read_text(encoding="utf-8"))
    meta, entities = parse_header(header)
    text, spans, _ = parse_body_mapped(body, first_line)
    if text != unicodedata.normalize("NFC", text):
        raise GoldError("text is not NFC")
    if text != text.strip():
        raise GoldError("text has leading/trailing whitespace")

    doc_id = meta.get("id", "")
    if not ID_RE.match(doc_id) or path.stem != doc_id:
        raise GoldError(f"id {doc_id!r} does not match file name {path.name}")
    split = meta.get("split")
    if split != expected_split(doc_id):
        raise GoldError(f"split {split!r} but the rule gives {expected_split(doc_id)!r}")
    genre = meta.get("genre")
    if genre not in GENRES:
        raise GoldError(f"unknown genre {genre!r}")
    patterns = [p.strip() for p in meta.get("patterns", "").split(",") if p.strip()]
    bad = [p for p in patterns if p not in PATTERNS]
    if bad:
        raise GoldError(f"unknown patterns {bad}")
    if len(set(patterns)) != len(patterns):
        raise GoldError("duplicate pattern")

    # mentions
    mentions = {sid: [] for sid in entities}
    labelled = {}
    for sp in spans:
        if sp["type"] != "M":
            continue
        m = MENTION_TAG_RE.match(sp["tag"])
        if not m:
            raise GoldError(f"bad mention tag {sp['tag']!r}")
        sid, label = m.groups()
        if sid not in entities:
            raise GoldError(f"mention of undeclared entity {sid}")
        if sp["start"] >= sp["end"]:
            raise GoldError(f"empty mention of {sid}")
        mentions[sid].append([sp["start"], sp["end"]])
        if label:
            key = f"{sid}.{label}"
            if key in labelled:
                raise GoldError(f"mention label {key} used twice")
            labelled[key] = [sp["start"], sp["end"]]

    quotes = []
    all_spans = spans
    for sp in spans:
        if sp["type"] != "Q":
            continue
        m = QUOTE_TAG_RE.match(sp["tag"])
        if not m:
            raise GoldError(f"bad quote tag {sp['tag']!r}")
        kind, sid, label = m.groups()
        kind = KINDS[kind]
        s, e = sp["start"], sp["end"]
        qt = text[s:e]
        where = f"quote {qt[:40]!r}"
        if not (0 <= s < e <= len(text)):
            raise GoldError(f"{where}: offsets out of range")
        if qt != qt.strip():
            raise GoldError(f"{where}: leading/trailing whitespace")
        balanced = qt.count("«") == qt.count("»") and qt.count("„") == qt.count("“") \
            and qt.count('"') % 2 == 0
        if not balanced:
            raise GoldError(f"{where}: unbalanced quotation marks inside the quote")
        if qt[0] in OPEN_MARKS and qt[-1] in CLOSE_MARKS:
            raise GoldError(f"{where}: quote marks at both edges")
        if qt[0] in OPEN_MARKS or qt[-1] in CLOSE_MARKS:
            # e.g. a reported clause ending with a title: ... в «Группе двадцати»
            if not ((qt[-1] in CLOSE_MARKS and any(t["start"] < sp["end"] == t["end"] + 1
                                                    for t in all_spans if t["type"] == "T"))
                    or (qt[0] in OPEN_MARKS and any(t["start"] - 1 == sp["start"]
                                                    for t in all_spans if t["type"] == "T"))):
                raise GoldError(f"{where}: quote marks at the edge")
        if qt.startswith(("–", "—", "-")) or qt.endswith(("–", "—", "-", ",")):
            raise GoldError(f"{where}: dash or comma at the edge")
        if kind == "indirect" and qt.endswith("."):
            raise GoldError(f"{where}: indirect quote must not include the final period")
        speaker, mention = None, None
        if sid != "-":
            if sid not in entities:
                raise GoldError(f"{where}: speaker {sid} not declared")
            speaker = entities[sid][0]
            if label:
                key = f"{sid}.{label}"
                if key not in labelled:
                    raise GoldError(f"{where}: mention {key} not found")
                mention = labelled[key]
                if mention not in mentions[sid]:
                    raise GoldError(f"{where}: speaker_mention is not a mention of {sid}")
                if mention[0] < e and s < mention[1]:
                    raise GoldError(f"{where}: speaker mention inside the quote")
        elif label:
            raise GoldError(f"{where}: null speaker with a mention label")
        quotes.append({"start": s, "end": e, "kind": kind, "speaker": speaker,
                       "speaker_mention": mention, "_sid": sid})
    quotes.sort(key=lambda q: q["start"])
    for a, b in zip(quotes, quotes[1:]):
        if b["start"] < a["end"]:
            raise GoldError(f"overlapping quotes at {a['start']} and {b['start']}")

    titles = sorted([sp["start"], sp["end"]] for sp in spans if sp["type"] == "T")
    terms = sorted([sp["start"], sp["end"]] for sp in spans if sp["type"] == "R")
    for s, e in titles + terms:
        if text[s - 1] not in OPEN_MARKS or text[e] not in CLOSE_MARKS:
            raise GoldError(f"title/term {text[s:e]!r} is not inside quotation marks")
        for q in quotes:
            if q["start"] <= s and e <= q["end"]:
                break  # a title inside a quote is fine
            if s < q["end"] and q["start"] < e:
                raise GoldError(f"title/term {text[s:e]!r} overlaps a quote")

    # every opening quotation mark must be explained by a quote, title or term
    covered_starts = {q["start"] for q in quotes} | {s for s, _ in titles} | {s for s, _ in terms}
    for idx, ch in enumerate(text):
        if ch not in "«„\"":
            continue
        if ch == "\"" and text[:idx].count("\"") % 2 == 1:
            continue  # closing straight quote
        inside = any(q["start"] <= idx < q["end"] for q in quotes) or \
            any(s <= idx < e for s, e in titles + terms)
        if not inside and idx + 1 not in covered_starts:
            raise GoldError(f"unannotated quotation mark at {idx}: {text[idx:idx+40]!r}")

    # speakers: every declared entity must speak at least once
    speakers = []
    spoken = {q["_sid"] for q in quotes}
    for sid, (name, typ) in entities.items():
        if sid not in spoken:
            raise GoldError(f"entity {sid} ({name}) is declared but attributed no quote")
        if not mentions[sid]:
            raise GoldError(f"entity {sid} ({name}) has no mention")
        speakers.append({"name": name, "type": typ, "mentions": sorted(mentions[sid])})
    names = [s["name"] for s in speakers]
    if len(set(names)) != len(names):
        raise GoldError("duplicate canonical speaker name")
    for q in quotes:
        del q["_sid"]

    # pattern sanity
    if "no_quote" in patterns and quotes:
        raise GoldError("no_quote declared but quotes present")
    if not quotes and "no_quote" not in patterns:
        raise GoldError("no quotes: declare no_quote")
    if "title_negative" in patterns and not titles:
        raise GoldError("title_negative declared but no titles")
    if titles and "title_negative" not in patterns:
        raise GoldError("titles present: declare title_negative")
    if "scare_quote" in patterns and not terms:
        raise GoldError("scare_quote declared but no terms")
    if terms and "scare_quote" not in patterns:
        raise GoldError("terms present: declare scare_quote")
    if "qa" in patterns and not any(q["speaker"] is None for q in quotes) and "qa_named_interviewer" not in meta:
        pass
    check_patterns(text, quotes, set(patterns))
    n = len(text)
    if not (300 <= n <= MAX_CHARS):
        raise GoldError(f"text length {n} outside 300..{MAX_CHARS}")
    paras = [p for p in text.split("\n") if p.strip()]
    if not (1 <= len(paras) <= 12):
        raise GoldError(f"{len(paras)} paragraphs")

    return {"id": doc_id, "split": split, "genre": genre, "text": text, "quotes": quotes,
            "speakers": speakers, "titles": titles, "terms": terms, "patterns": patterns}


EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]")
KAK_RE = re.compile(r"(?:^|[.!?]\s+|\n)Как (?:заявил|заявила|заявили|уточнил|уточнила|уточнили|сообщил|сообщила|сообщили|отметил|отметила|подчеркнул|подчеркнула)\b")


def check_patterns(text, quotes, pats):
    """Cheap consistency checks between declared patterns and the annotated text."""
    def inside_quote(i):
        return any(q["start"] <= i < q["end"] for q in quotes)

    def need(name, present):
        if present and name not in pats:
            raise GoldError(f"text shows pattern {name!r} but it is not declared")
        if not present and name in pats:
            raise GoldError(f"pattern {name!r} declared but not found")

    need("emoji", bool(EMOJI_RE.search(text)))
    need("straight_quotes", '"' in text)
    need("nested_quotes", any("„" in text[q["start"]:q["end"]] for q in quotes))
    need("po_slovam", any(re.search(r"[Пп]о словам [^,.]+, $", text[max(0, q["start"] - 80):q["start"]])
                          for q in quotes if q["kind"] == "indirect"))
    need("indirect_o_tom_chto", any(text[:q["start"]].endswith("о том, что ")
                                    for q in quotes if q["kind"] == "indirect"))
    need("kak_zayavil", any(text[q["start"] - 2:q["start"]] == ", " and
                            KAK_RE.search(text[text.rfind("\n", 0, q["start"]) + 1:q["start"]])
                            for q in quotes if q["kind"] == "indirect"))
    para_starts = {0} | {i + 1 for i, c in enumerate(text) if c == "\n"}
    qa = any(q["kind"] == "direct" and text[q["start"] - 2:q["start"]] == ": "
             and text.rfind("\n", 0, q["start"]) + 1 in para_starts
             and ":" not in text[text.rfind("\n", 0, q["start"]) + 1:q["start"] - 2]
             and len(text[text.rfind("\n", 0, q["start"]) + 1:q["start"] - 2].split()) <= 3
             for q in quotes) or any(text[q["start"] - 2:q["start"]] == "– " and
                                     q["start"] - 2 in para_starts for q in quotes)
    need("qa", qa)
    need("multi_paragraph", any(q["kind"] == "direct" and text[q["end"]:q["end"] + 2] == "\n\n"
                                and text[q["end"] + 2:q["end"] + 3] == "«" for q in quotes))
    narrative_q = any(c == "?" and not inside_quote(i) for i, c in enumerate(text))
    need("rhetorical_question", narrative_q)
    need("broken_quote", any(a["speaker"] is not None and a["speaker"] == b["speaker"]
                             and a["kind"] == b["kind"] == "direct"
                             and "\n" not in text[a["end"]:b["start"]]
                             and re.fullmatch(r"[,.!?…]?\s*[–—][^«»\n]+[,.]?\s*[–—]\s*",
                                              text[a["end"]:b["start"]])
                             for a, b in zip(quotes, quotes[1:])))
    need("colon_intro", any(q["kind"] == "direct" and text[q["start"] - 3:q["start"]] in (": «", ': "')
                            or re.search(r": \W{1,3} ?«$", text[max(0, q["start"] - 8):q["start"]])
                            for q in quotes))


def load_all():
    docs, errors = [], []
    for path in sorted(SRC.glob(f"{PREFIX}*.txt")):
        try:
            docs.append(build_doc(path))
        except GoldError as exc:
            errors.append(f"{path.name}: {exc}")
    return docs, errors


def report(docs):
    kinds = Counter(q["kind"] for d in docs for q in d["quotes"])
    splits = Counter(d["split"] for d in docs)
    print(f"documents: {len(docs)}  (dev {splits['dev']}, test {splits['test']})")
    print(f"quotes: {sum(kinds.values())}  (direct {kinds['direct']}, indirect {kinds['indirect']}, "
          f"null speaker {sum(q['speaker'] is None for d in docs for q in d['quotes'])})")
    print(f"speaker entities: {sum(len(d['speakers']) for d in docs)}  "
          f"(distinct names {len({s['name'] for d in docs for s in d['speakers']})}), "
          f"mentions: {sum(len(s['mentions']) for d in docs for s in d['speakers'])}")
    print(f"titles: {sum(len(d['titles']) for d in docs)}  terms: {sum(len(d['terms']) for d in docs)}")
    print(f"hard-negative texts: {sum(bool(HARD_NEGATIVES & set(d['patterns'])) for d in docs)}")
    print(f"genres: {dict(Counter(d['genre'] for d in docs))}")
    print(f"{'pattern':24} {'all':>4} {'dev':>4} {'test':>4}")
    per = {p: Counter() for p in sorted(PATTERNS)}
    for d in docs:
        for p in d["patterns"]:
            per[p][d["split"]] += 1
    missing = []
    for p, c in per.items():
        print(f"{p:24} {c['dev'] + c['test']:4} {c['dev']:4} {c['test']:4}")
        if c["dev"] < 1 or c["test"] < 1 or c["dev"] + c["test"] < 3:
            missing.append(p)
    return missing


def show(docs, ids):
    for d in docs:
        if d["id"] not in ids:
            continue
        print(f"== {d['id']} ({d['split']}, {d['genre']}) {d['patterns']}")
        for q in d["quotes"]:
            m = q["speaker_mention"]
            mt = d["text"][m[0]:m[1]] if m else None
            print(f"  [{q['kind'][0]}] {q['speaker']!s:24} via {mt!r:28} | {d['text'][q['start']:q['end']]!r}")
        for s, e in d["titles"]:
            print(f"  [title] {d['text'][s:e]!r}")
        for s, e in d["terms"]:
            print(f"  [term] {d['text'][s:e]!r}")
        for sp in d["speakers"]:
            print(f"  [speaker] {sp['name']} ({sp['type']}): {[d['text'][s:e] for s, e in sp['mentions']]}")


def main(argv):
    docs, errors = load_all()
    if "--show" in argv:
        show(docs, set(argv[argv.index("--show") + 1:]))
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    if errors:
        return 1
    missing = report(docs)
    if missing:
        print(f"WARNING: patterns with too little coverage (need >=3 total, >=1 dev, >=1 test): {missing}")
    if len(docs) < 45:
        print(f"WARNING: only {len(docs)} documents")
    if "--check" not in argv and "--show" not in argv:
        with OUT.open("w", encoding="utf-8", newline="\n") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
