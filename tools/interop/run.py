"""`make interop`: load our exports into real Label Studio and doccano servers and back.

Installs both tools with pip into throwaway venvs outside the repository, starts each
on 127.0.0.1 with a temporary data folder, runs the checks of tool_flows.py (and of
browser.py where Chromium is installed), stops the servers, deletes their data, and
writes the table in docs/INTEROP.md.  See tools/interop/README.md.
"""

from __future__ import annotations

import argparse
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(HERE), str(ROOT)]

import browser  # noqa: E402
import tool_flows  # noqa: E402
from checks import sample_project  # noqa: E402
from servers import Doccano, LabelStudio  # noqa: E402
from tool_flows import Result  # noqa: E402

# doccano 1.8 leaves two pins open that break it today: environs 9 reads
# marshmallow.__version_info__ (gone in marshmallow 4), and its pandas 1.5 wheels are built
# against numpy 1 (numpy 2 fails with "numpy.dtype size changed").
PACKAGES = {"ls": "label-studio==1.23.*", "dc": "doccano==1.8.* marshmallow<4 numpy<2", "br": "selenium>=4.10"}
INSTALL_TIMEOUT = 1800


def install(venvs: Path, key: str, python: str) -> Path:
    venv = venvs / key
    stamp = venv / ".installed"
    if stamp.exists() and stamp.read_text() == PACKAGES[key]:
        return venv
    log = venvs / f"{key}-install.log"
    with open(log, "wb") as out:
        subprocess.run([python, "-m", "venv", "--clear", str(venv)], check=True, stdout=out, stderr=out, timeout=300)
        subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", *PACKAGES[key].split()],
                       check=True, stdout=out, stderr=out, timeout=INSTALL_TIMEOUT)
    stamp.write_text(PACKAGES[key])
    return venv


def run_tool(server, flows, results: list[Result], skip_browser: bool, browser_check) -> None:
    started = time.monotonic()
    try:
        client = server.start()
        print(f"{server.name} {server.version} up on {server.url} in {tool_flows.elapsed(started)}", flush=True)
        placed = {}
        for name, flow in flows:
            found, where = flow(client, server.version)
            results.extend(found)
            placed[name] = where
            for result in found:
                print(f"  [{'ok' if result.ok else 'FAIL'}] {result.checked}: {result.detail}", flush=True)
                for problem in result.problems[:10]:
                    print(f"      {problem}", flush=True)
        if skip_browser:
            return
        found = browser_check(server, placed)
        results.extend(found)
        for result in found:
            print(f"  [{'ok' if result.ok else 'FAIL'}] {result.checked}: {result.detail}", flush=True)
    except Exception as exc:  # a tool that cannot run is reported, the other one still runs
        traceback.print_exc()
        results.append(Result(server.name, getattr(server, "version", "?"), "server start and REST checks",
                              False, f"stopped: {str(exc).splitlines()[0][:300]}"))
    finally:
        server.stop()


def write_table(results: list[Result], path: Path, python: str) -> None:
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Interoperability: our exports in the real tools",
        "",
        f"Written by `make interop` on {when} (Python {python}; both servers on 127.0.0.1, installed with pip "
        "into throwaway venvs). Sample project: `resources/samples/` imported into a fresh project with "
        "suggestions, every third span accepted, some rejected. How to run it and what each check does: "
        "[tools/interop/README.md](../tools/interop/README.md).",
        "",
        "| tool | version | what was checked | result |",
        "| --- | --- | --- | --- |",
    ]
    for r in results:
        verdict = "ok" if r.ok else "**FAILED**"
        detail = r.detail.replace("|", "/")
        lines.append(f"| {r.tool} | {r.version} | {r.checked} | {verdict}: {detail} |")
    problems = [(r, p) for r in results for p in r.problems[:5] if not r.ok]
    if problems:
        lines += ["", "First differences of the failed checks:", ""]
        lines += [f"- {r.tool}, {r.checked}: {p}" for r, p in problems]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--venvs", type=Path, help="keep the tools' venvs here and reuse them "
                        "(default: a temporary folder, deleted afterwards)")
    parser.add_argument("--python", default=sys.executable, help="Python for the tools' venvs")
    parser.add_argument("--no-browser", action="store_true", help="skip the rendering checks")
    parser.add_argument("--only", choices=["labelstudio", "doccano"], help="run one tool")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "INTEROP.md")
    args = parser.parse_args()
    # A TERM (a timeout, Ctrl+C in make) must still run the finally blocks that stop the servers.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    work = Path(tempfile.mkdtemp(prefix="annotator-interop-"))
    venvs = args.venvs or work / "venvs"
    venvs.mkdir(parents=True, exist_ok=True)
    results: list[Result] = []
    try:
        project = sample_project(work / "sample.annotator")
        skip_browser = args.no_browser or not browser.available()
        if not skip_browser:
            browser.venv = install(venvs, "br", args.python)
        if args.only in (None, "labelstudio"):
            server = LabelStudio(install(venvs, "ls", args.python), _fresh(work / "ls-data"))
            flows = [("labelstudio", lambda c, v: tool_flows.label_studio(c, v, project, work / "ls")),
                     ("control", lambda c, v: tool_flows.label_studio_control(c, v, work / "ls"))]
            run_tool(server, flows, results, skip_browser, browser.check_label_studio)
        if args.only in (None, "doccano"):
            server = Doccano(install(venvs, "dc", args.python), _fresh(work / "dc-data"))
            flows = [
                ("default", lambda c, v: tool_flows.doccano(c, v, project, work / "dc-default", allow_overlapping=False)),
                ("overlapping", lambda c, v: tool_flows.doccano(c, v, project, work / "dc-overlap", allow_overlapping=True)),
                ("graphemes", lambda c, v: tool_flows.doccano(c, v, project, work / "dc-graphemes",
                                                              allow_overlapping=False, unit="graphemes")),
                # The control: code points in a default project, as annotator wrote before issue 14.
                ("control", lambda c, v: tool_flows.doccano(c, v, project, work / "dc-control",
                                                            allow_overlapping=False, unit="codepoints")),
            ]
            run_tool(server, flows, results, skip_browser, browser.check_doccano)
        project.close()
        if skip_browser:
            reason = "--no-browser" if args.no_browser else "no chromium/chromedriver on this machine"
            results.append(Result("Chromium", "-", "spans drawn on their own words in each tool's labelling page",
                                  False, f"not run ({reason})"))
        write_table(results, args.out, sys.version.split()[0])
        print(f"wrote {args.out}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if results and all(r.ok for r in results) else 1


def _fresh(path: Path) -> Path:
    path.mkdir(parents=True)
    return path


if __name__ == "__main__":
    sys.exit(main())
