"""The built desktop app (`make package`): size on disk and start to a usable window.

* size of dist/annotator/ on disk: ≤ 250 MB;
* start to a usable window: ≤ 2 s, from launching the frozen executable until
  its main window is mapped on an X server (Xvfb), on the sample project;
  the first start, which also creates and analyses the sample project, is
  reported beside it.

The window is watched from outside with xdotool, so nothing in the app is
instrumented; without Xvfb and xdotool the start is reported as not measured.
Without dist/annotator every row says "not built".

    python -m benchmarks.bench_package
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DIST = Path(__file__).resolve().parent.parent / "dist" / "annotator"
SIZE_TARGET_MB = 250
START_TARGET_S = 2.0
MAIN_WINDOW_NAME = "— annotator$"  # "<document> — default.annotator — annotator"; not the welcome dialog
WINDOW_TIMEOUT_S = 120


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder``, links not followed (what the disk holds)."""
    total = 0
    for directory, _dirs, files in os.walk(folder):
        for name in files:
            total += os.lstat(os.path.join(directory, name)).st_size
    return total


def _start_xvfb() -> tuple[subprocess.Popen, str]:
    """A private X server on a display number no one else on the machine uses.

    Not ``-displayfd`` alone: it takes the lowest free number, and other
    sessions on a shared machine start and stop their own servers on :0, :1, ...
    """
    for number in random.sample(range(140, 240), 20):
        if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        read_fd, write_fd = os.pipe()
        server = subprocess.Popen(
            ["Xvfb", f":{number}", "-displayfd", str(write_fd), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            ready = pipe.readline().strip()
        display = f":{number}"
        if ready and _display_answers(display):
            return server, display
        server.kill()
        server.wait()
    raise RuntimeError("could not start Xvfb on a free display")


def _display_answers(display: str) -> bool:
    check = subprocess.run(["xdotool", "getdisplaygeometry"], env={**os.environ, "DISPLAY": display},
                           capture_output=True, text=True)
    return check.returncode == 0


def _window_visible(env: dict[str, str]) -> bool:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", MAIN_WINDOW_NAME],
                           env=env, capture_output=True, text=True)
    return bool(found.stdout.strip())


FROZEN = [str(DIST / "annotator")]
# The source tree run by the build venv: the app's dependencies only, like a
# pipx install (the dev venv also has pandas, which sqlite-utils imports: +4 s).
BUILD_PYTHON = DIST.parent.parent / ".venv-package" / "bin" / "python"
FROM_SOURCE = [str(BUILD_PYTHON), "-m", "annotator.cli"]


def time_to_window(env: dict[str, str], command: list[str] = FROZEN) -> float:
    """Seconds from launching the app until its main window is visible; the app is then closed."""
    started = time.perf_counter()
    app = subprocess.Popen(command, env=env, cwd=DIST.parent.parent,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        while not _window_visible(env):
            if app.poll() is not None:
                raise RuntimeError(f"the app exited ({app.returncode}): {app.stderr.read()[:3000]}")
            if time.perf_counter() - started > WINDOW_TIMEOUT_S:
                raise RuntimeError(f"no window after {WINDOW_TIMEOUT_S} s")
            time.sleep(0.02)
        return time.perf_counter() - started
    finally:
        app.terminate()
        try:
            app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()


def _load_average() -> str:
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except (OSError, IndexError):
        return "unknown"


def bench_start(quick: bool) -> list[dict]:
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        return [{"workload": "start to a usable window", "measured": "not measured", "target": f"≤ {START_TARGET_S:g} s",
                 "ok": None, "notes": f"needs {' and '.join(missing)} (apt-get install xvfb xdotool)"}]
    load = _load_average()
    server, display = _start_xvfb()
    try:
        with tempfile.TemporaryDirectory(prefix="annotator-bench-package-") as scratch:
            home = Path(scratch)
            env = {key: value for key, value in os.environ.items()
                   if key not in ("ANNOTATOR_PROJECT", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
            env.update(DISPLAY=display, HOME=str(home), XDG_DATA_HOME=str(home / "data"),
                       XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"))
            first = time_to_window(env)
            later, source = [], []
            for _ in range(2 if quick else 4):  # interleaved, so both see the same machine load
                later.append(time_to_window(env))
                if BUILD_PYTHON.exists():
                    source.append(time_to_window(env, FROM_SOURCE))
    finally:
        server.terminate()
        server.wait()
    reference = [{"workload": "the same from the source tree, build venv (.venv-package)",
                  "measured": f"{min(source):.2f} s", "target": "reference", "ok": None,
                  "notes": f"python -m annotator.cli, no pandas; best of {len(source)}, worst {max(source):.2f} s"}]
    return [
        {"workload": "start to a usable window, sample project (15 articles)", "measured": f"{min(later):.2f} s",
         "target": f"≤ {START_TARGET_S:g} s", "ok": min(later) <= START_TARGET_S,
         "notes": f"launch of the frozen executable until its main window is mapped (Xvfb, xdotool); best of "
                  f"{len(later)}, worst {max(later):.2f} s; load average {load} on the machine when started"},
        *(reference if source else []),
        {"workload": "first start: creates the sample project, analyses 15 articles", "measured": f"{first:.2f} s",
         "target": "reference", "ok": None, "notes": "once per user; the welcome dialog follows the window"},
    ]


def run(quick: bool = False) -> list[dict]:
    if not (DIST / "annotator").is_file():
        return [{"workload": "desktop app (dist/annotator)", "measured": "not built", "target": "", "ok": None,
                 "notes": "run `make package` first"}]
    size = folder_size(DIST)
    qt = folder_size(DIST / "_internal" / "PySide6")
    rows = [{"workload": "dist/annotator on disk", "measured": f"{size / 1e6:.0f} MB ({size / 2**20:.0f} MiB)",
             "target": f"≤ {SIZE_TARGET_MB} MB", "ok": size / 1e6 <= SIZE_TARGET_MB,
             "notes": f"PyInstaller one-folder build, {sys.platform}; Qt with its ICU data is {qt / 1e6:.0f} MB of it"}]
    return rows + bench_start(quick)


def main() -> int:
    for row in run(quick="--quick" in sys.argv):
        print(f"{row['workload']}: {row['measured']} (target {row['target']}) {row['notes']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
