#!/usr/bin/env python3
"""Check the blind set's sources and write blind.jsonl with the main gold converter.

Same markup and checks as ../build_gold.py; only these differ: ids are bNNN,
every text is held out (split "test"), and texts may run to 1,800 characters.

    python3 tests/data/gold/blind/build_gold.py [--check] [--show b001 …]
"""

import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("gold_converter", HERE.parent / "build_gold.py")
converter = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(converter)

converter.SRC = HERE / "src"
converter.OUT = HERE / "blind.jsonl"
converter.PREFIX = "b"
converter.MAX_CHARS = 1800
converter.ID_RE = re.compile(r"^b(\d{3})$")
converter.expected_split = lambda doc_id: "test"

if __name__ == "__main__":
    sys.exit(converter.main(sys.argv[1:]))
