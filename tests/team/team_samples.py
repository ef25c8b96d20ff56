"""Three analysts' projects with known differences, made through the API.

Texts are written for these tests in the register of diplomatic news.

Document 1 (all three analysts):
  anna  — SPEAKER «Сергей Лавров» (Лавров), SPEAKER «Дмитрий Песков» (Песков),
          QUOTE «Мы готовы к диалогу» direct → Лавров,
          QUOTE «визит состоится в марте» indirect → Песков; theme bilateral.
  boris — the same speakers; QUOTE 1 the same; QUOTE 2 shorter
          («состоится в марте», overlapping anna's) indirect → Песков;
          themes bilateral, integration.
  vera  — the same speakers; QUOTE 1 the same bounds but indirect and → Песков;
          no QUOTE 2; no theme.
Document 2 (all three): one SPEAKER «Мария Захарова»; anna and boris tag
  security, vera tags nothing; anna and vera mark QUOTE «ответ будет
  адекватным» direct → Захарова, boris marks nothing else.
"""

from __future__ import annotations

from pathlib import Path

from annotator.model import Document, Entity, Relation, Span, ThemeTag
from annotator.services import open_project

TEXT_1 = (
    "Министр иностранных дел России Сергей Лавров заявил журналистам: «Мы готовы к диалогу». "
    "Пресс-секретарь президента Дмитрий Песков сообщил, что визит состоится в марте."
)
TEXT_2 = (
    "Официальный представитель МИД Мария Захарова подчеркнула: «ответ будет адекватным» 🇷🇺.\r\n"
    "Брифинг прошёл в Москве."
)
ANALYSTS = ("anna", "boris", "vera")


def bounds(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def _speaker(project, doc_id, text, fragment, name, who):
    entity = project.add_entity(Entity(name=name))
    return project.add_span(Span(*bounds(text, fragment), "SPEAKER", annotator=who, entity_id=entity.id, doc_id=doc_id))


def _quote(project, doc_id, text, fragment, kind, speaker, who):
    quote = project.add_span(Span(*bounds(text, fragment), "QUOTE", attrs={"kind": kind}, annotator=who, doc_id=doc_id))
    project.add_relation(Relation(source_id=quote.id, target_id=speaker.id, annotator=who, doc_id=doc_id))
    return quote


def _tag(project, doc_id, theme, who):
    project.add_tag(ThemeTag(theme_id=theme, annotator=who, doc_id=doc_id))


def make_template(path: Path) -> Path:
    with open_project(path) as project:
        project.add_document(Document(text=TEXT_1, title="Лавров и Песков"))
        # CRLF in the source is normalised at import; the project holds the LF text.
        project.add_document(Document(text=TEXT_2.replace("\r\n", "\n"), title="Брифинг Захаровой"))
    return path


def annotate(path: Path, who: str) -> Path:
    """Annotate a copy of the template as analyst ``who`` (see the module docstring)."""
    text_2 = TEXT_2.replace("\r\n", "\n")
    with open_project(path) as project:
        first, second = project.document_ids()
        lavrov = _speaker(project, first, TEXT_1, "Сергей Лавров", "Сергей Лавров", who)
        peskov = _speaker(project, first, TEXT_1, "Дмитрий Песков", "Дмитрий Песков", who)
        if who == "vera":
            _quote(project, first, TEXT_1, "Мы готовы к диалогу", "indirect", peskov, who)
        else:
            _quote(project, first, TEXT_1, "Мы готовы к диалогу", "direct", lavrov, who)
        if who == "anna":
            _quote(project, first, TEXT_1, "визит состоится в марте", "indirect", peskov, who)
        if who == "boris":
            _quote(project, first, TEXT_1, "состоится в марте", "indirect", peskov, who)
        themes = {"anna": ["bilateral"], "boris": ["bilateral", "integration"], "vera": []}[who]
        for theme in themes:
            _tag(project, first, theme, who)
        zakharova = _speaker(project, second, text_2, "Мария Захарова", "Мария Захарова", who)
        if who != "boris":
            _quote(project, second, text_2, "ответ будет адекватным", "direct", zakharova, who)
        if who != "vera":
            _tag(project, second, "security", who)
    return path


def make_analysts(folder: Path) -> list[Path]:
    """The template and one annotated copy per analyst; returns the copies."""
    import shutil

    template = make_template(folder / "template.annotator")
    paths = []
    for who in ANALYSTS:
        copy = folder / f"{who}.annotator"
        shutil.copy(template, copy)
        paths.append(annotate(copy, who))
    return paths
