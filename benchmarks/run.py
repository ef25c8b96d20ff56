"""Run every benchmark and write benchmarks/RESULTS.md.

Each ``benchmarks/bench_*.py`` module has ``run(quick: bool) -> list[dict]``
returning rows {"workload", "measured", "target", "ok", "notes"}.  A module
that fails is reported as a failed row; the others still run.

    python -m benchmarks.run            # full run, writes RESULTS.md
    python -m benchmarks.run --quick    # smaller data, prints only
    python -m benchmarks.run --only bench_evaluation --update   # rewrite only that section (make eval)
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import subprocess
import sys
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path

MODULES = ["bench_analyze", "bench_evaluation", "bench_import", "bench_export", "bench_gui", "bench_team",
           "bench_package", "bench_reliability", "bench_scale"]
HERE = Path(__file__).resolve().parent


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{cpu}, {os.cpu_count()} cores{memory}, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=HERE, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def run_module(name: str, quick: bool) -> list[dict]:
    started = time.perf_counter()
    try:
        module = importlib.import_module(f"benchmarks.{name}")
        rows = module.run(quick=quick)
    except Exception as exc:  # one broken benchmark must not hide the others
        traceback.print_exc()
        return [{"workload": name, "measured": "failed", "target": "", "ok": False, "notes": f"{type(exc).__name__}: {exc}"}]
    print(f"{name}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return rows


MARK = {True: "met", False: "**not met**", None: "—"}


def stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def render_section(name: str, rows: list[dict], note: str = "") -> list[str]:
    lines = [f"## {name.removeprefix('bench_')}", ""]
    if note:
        lines += [note, ""]
    lines += ["| workload | measured | target | result | notes |", "| --- | --- | --- | --- | --- |"]
    for row in rows:
        lines.append(
            f"| {row['workload']} | {row['measured']} | {row.get('target', '')} | {MARK.get(row.get('ok'), '—')} | {row.get('notes', '')} |"
        )
    lines.append("")
    return lines


def render(sections: dict[str, list[dict]], quick: bool) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"Written by `make bench` ({'quick' if quick else 'full'} run) on {stamp()}, commit {commit()}.",
        "",
        f"Machine: {machine()}.",
        "",
        "Targets are those of DESIGN.md. Figures are single runs on a shared 2-core machine; expect ±10 %.",
        "",
    ]
    for name, rows in sections.items():
        lines += render_section(name, rows)
    return "\n".join(lines)


def update_sections(existing: str, sections: dict[str, list[dict]]) -> str:
    """``existing`` RESULTS.md with only the given sections replaced (or appended), each dated."""
    note = f"Updated alone (`benchmarks.run --only … --update`; `make eval` for evaluation) on {stamp()}, "\
           f"commit {commit()}, machine: {machine()}."
    text = existing
    for name, rows in sections.items():
        block = "\n".join(render_section(name, rows, note)) + "\n"
        heading = f"## {name.removeprefix('bench_')}\n"
        start = text.find(heading)
        if start < 0:
            text = text.rstrip("\n") + "\n\n" + block
            continue
        end = text.find("\n## ", start + len(heading))
        text = text[:start] + block + (text[end + 1:] if end >= 0 else "")
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller data; print instead of writing RESULTS.md")
    parser.add_argument("--only", nargs="*", default=None, help="module names, e.g. bench_import")
    parser.add_argument("--update", action="store_true", help="with --only: replace those sections of RESULTS.md")
    args = parser.parse_args()
    sections = {}
    for name in args.only or MODULES:
        sections[name] = run_module(name, args.quick)
    results = HERE / "RESULTS.md"
    if args.update and not args.quick:
        existing = results.read_text(encoding="utf-8") if results.exists() else render({}, False)
        report = update_sections(existing, sections)
        results.write_text(report, encoding="utf-8")
        print(report)
        return 0
    report = render(sections, args.quick)
    print(report)
    if not args.quick and not args.only:
        existing = results.read_text(encoding="utf-8") if results.exists() else ""
        results.write_text(with_other_sections(report, existing, sections) + "\n", encoding="utf-8")
    return 0


def with_other_sections(report: str, existing: str, sections: dict[str, list[dict]]) -> str:
    """``report`` followed by the sections of ``existing`` that no benchmark module wrote
    (`make soak`'s, the notes on what misses), so a full run does not drop them."""
    owned = {name.removeprefix("bench_") for name in sections}
    kept = [
        "## " + block.rstrip("\n")
        for block in existing.split("\n## ")[1:]
        if block.split("\n", 1)[0].strip() not in owned
    ]
    return "\n\n".join([report.rstrip("\n"), *kept]) if kept else report


if __name__ == "__main__":
    sys.exit(main())
