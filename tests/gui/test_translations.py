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


def test_every_string_is_translated():
    unfinished = [(ctx, src) for ctx, src, tr in _messages() if tr.get("type") == "unfinished" or not tr.text]
    assert unfinished == []


def test_translations_keep_the_placeholders_and_accelerators():
    for context, source, translation in _messages():
        assert set(PLACEHOLDER.findall(translation.text)) == set(PLACEHOLDER.findall(source)), (context, source)
        assert ("&" in source) == ("&" in translation.text), (context, source)


def test_the_compiled_file_matches_the_source():
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "annotator_ru.qm")))
    stale = [(context, source) for context, source, translation in _messages()
             if translator.translate(context, source) != translation.text]
    assert stale == [], "run pyside6-lrelease (see resources/translations/README.md)"
