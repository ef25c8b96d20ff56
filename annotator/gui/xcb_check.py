"""Before Qt starts on X11: name the system libraries its xcb plugin lacks.

Without them Qt only says it "could not load the Qt platform plugin xcb" and
aborts.  The libraries are tried with the dynamic loader (nothing of Qt is
imported here), and each missing one is reported with the Debian/Ubuntu
package that provides it.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable

# soname -> Debian/Ubuntu package, as Qt 6's libqxcb and libQt6XcbQpa link them.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(environ: dict[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt will pick its xcb plugin: Linux, and no other platform asked for."""
    environ = dict(os.environ) if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return False
    requested = environ.get("QT_QPA_PLATFORM", "")
    if requested:
        return requested.split(":")[0].split(";")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def missing_packages(loads: Callable[[str], bool] = _loads) -> list[str]:
    """Packages whose libraries the dynamic loader cannot find (sorted, unique)."""
    return sorted({package for soname, package in XCB_LIBRARIES.items() if not loads(soname)})


def missing_message(packages: list[str]) -> str:
    return ("annotator cannot open its window: Qt's X11 (xcb) platform plugin needs system libraries "
            "that are not installed.\n"
            f"Missing: {', '.join(packages)}\n"
            f"On Debian or Ubuntu: sudo apt-get install {' '.join(packages)}\n"
            "(Fedora: xcb-util-cursor xcb-util-wm xcb-util-keysyms; the command line works without them.)")


def check(loads: Callable[[str], bool] = _loads, environ: dict[str, str] | None = None) -> str | None:
    """The message to show, or None when Qt's xcb plugin will find what it needs."""
    if not uses_xcb(environ):
        return None
    packages = missing_packages(loads)
    return missing_message(packages) if packages else None
