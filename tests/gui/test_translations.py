"""The Russian translation is complete and safe to format."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from annotator.resources import resource_path

PLACEHOLDER = re.compile(r"\{(\w*)\}")


def _messages():
    tree = ET.parse(resource_path("translations", "annotator_ru.ts"))
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message.find("translation")


def _forms(translation) -> list[str]:
    """The translation's text, or its plural forms (one, few, many in Russian)."""
    forms = [form.text or "" for form in translation.findall("numerusform")]
    return forms or [translation.text or ""]


def test_every_string_is_translated():
    unfinished = [(ctx, src) for ctx, src, tr in _messages()
                  if tr.get("type") == "unfinished" or not all(form.strip() for form in _forms(tr))]
    assert unfinished == []


def test_plural_strings_have_the_three_russian_forms_with_the_number():
    for context, source, translation in _messages():
        if "%n" in source:
            forms = _forms(translation)
            assert len(forms) == 3 and all("%n" in form for form in forms), (context, source)


def test_translations_keep_the_placeholders_and_accelerators():
    for context, source, translation in _messages():
        for text in _forms(translation):
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), (context, source)
            assert ("&" in source) == ("&" in text), (context, source)


def test_the_compiled_file_matches_the_source():
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "annotator_ru.qm")))
    stale = []
    for context, source, translation in _messages():
        forms = _forms(translation)
        if len(forms) == 3:  # Russian plurals: 1 → one, 3 → few, 5 → many
            # QTranslator picks the form; %n is filled in later by QCoreApplication.translate.
            shown = [translator.translate(context, source, None, n) for n in (1, 3, 5)]
            expected = forms
        else:
            shown, expected = [translator.translate(context, source)], forms
        if shown != expected:
            stale.append((context, source))
    assert stale == [], "run pyside6-lrelease (see resources/translations/README.md)"
