"""packaging/: the PyInstaller spec keeps up with resources/, the desktop files are valid, install.sh works.

The build itself is slow and is checked by `make package` (packaging/smoke_test.sh);
these tests read the files it uses and run the per-user install with a stand-in app.
"""

from __future__ import annotations

import ast
import configparser
import os
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from annotator import __version__
from annotator.services import PROJECT_SUFFIX

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "io.github.annotator.Annotator"
MIME_TYPE = "application/x-annotator-project"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _spec_value(name: str) -> object:
    tree = ast.parse((PACKAGING / "annotator.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in packaging/annotator.spec")


# -- the spec ----------------------------------------------------------------------


def test_the_spec_bundles_every_resource_folder_and_file() -> None:
    resources = ROOT / "resources"
    folders = _spec_value("RESOURCE_FOLDERS")
    files = _spec_value("RESOURCE_FILES")
    assert isinstance(folders, dict) and isinstance(files, list)
    assert sorted(folders) == sorted(p.name for p in resources.iterdir() if p.is_dir()), \
        "a folder of resources/ is missing from RESOURCE_FOLDERS in packaging/annotator.spec"
    assert sorted(files) == sorted(p.name for p in resources.iterdir() if p.is_file())
    for folder, pattern in folders.items():
        assert list((resources / folder).glob(pattern)), f"{folder}/{pattern} matches no file"


def test_the_spec_bundles_the_compiled_translation_and_the_files_the_app_opens() -> None:
    folders = _spec_value("RESOURCE_FOLDERS")
    assert isinstance(folders, dict)
    translations = list((ROOT / "resources" / "translations").glob(folders["translations"]))
    assert [p.name for p in translations] == ["annotator_ru.qm"]
    assert (ROOT / "resources" / "icons" / "annotator-256.png").match(f"*/icons/{folders['icons']}")


def test_the_entry_script_is_the_cli() -> None:
    script = (PACKAGING / "annotator_main.py").read_text(encoding="utf-8")
    assert "freeze_support()" in script
    assert "from annotator.cli import main" in script
    assert 'packaging" / "annotator_main.py"' in (PACKAGING / "annotator.spec").read_text(encoding="utf-8")


def test_pyinstaller_is_in_its_own_extra_not_in_the_test_extras() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    assert any(dep.startswith("pyinstaller") for dep in extras["package"])
    assert not any(dep.startswith("pyinstaller") for dep in extras["test"] + project["dependencies"])


def test_bench_package_says_not_built_without_a_build(tmp_path: Path, monkeypatch) -> None:
    from benchmarks import bench_package

    monkeypatch.setattr(bench_package, "DIST", tmp_path / "dist" / "annotator")
    rows = bench_package.run(quick=True)
    assert [row["measured"] for row in rows] == ["not built"]


# -- the desktop entry -----------------------------------------------------------------


def _desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_opens_project_files_with_the_app() -> None:
    entry = _desktop_entry(LINUX / f"{APP_ID}.desktop")
    assert entry["Type"] == "Application"
    assert entry["Name"] == "annotator"
    assert entry["Exec"].split()[0] == "annotator" and entry["Exec"].split()[-1] == "%f"
    assert entry["Icon"] == APP_ID
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Terminal"] == "false"
    for key in ("Categories", "MimeType", "Keywords", "Keywords[ru]"):
        assert entry[key].endswith(";"), key
    assert entry["Comment[ru]"] and entry["GenericName[ru]"]


def _validator(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (the checks above run without it)")
    return path


def test_desktop_file_validate_accepts_the_entry() -> None:
    result = subprocess.run([_validator("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


# -- AppStream metainfo ----------------------------------------------------------------------


def test_the_metainfo_names_the_app_its_entry_its_file_type_and_this_version() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.find("provides/mediatype").text == MIME_TYPE
    assert root.find("provides/binary").text == "annotator"
    assert root.find("releases/release").get("version") == __version__
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"


def test_appstreamcli_accepts_the_metainfo() -> None:
    result = subprocess.run([_validator("appstreamcli"), "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# -- the MIME type ---------------------------------------------------------------------------------

NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def test_the_mime_type_is_the_project_suffix_over_sqlite() -> None:
    root = ET.parse(LINUX / "annotator-project.xml").getroot()
    (mime,) = root.findall("m:mime-type", NS)
    assert mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall("m:glob", NS)] == [f"*{PROJECT_SUFFIX}"]
    assert mime.find("m:sub-class-of", NS).get("type") == "application/vnd.sqlite3"


def test_update_mime_database_reads_the_type(tmp_path: Path) -> None:
    tool = _validator("update-mime-database")
    (tmp_path / "mime" / "packages").mkdir(parents=True)
    shutil.copy(LINUX / "annotator-project.xml", tmp_path / "mime" / "packages")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}  # else it warns that the folder is not searched
    result = subprocess.run([tool, str(tmp_path / "mime")], capture_output=True, text=True, env=env)
    assert result.returncode == 0 and not result.stderr, result.stderr
    assert f"{MIME_TYPE}:*{PROJECT_SUFFIX}" in (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")


# -- icons ---------------------------------------------------------------------------------------------


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", HICOLOR_SIZES)
def test_each_hicolor_icon_has_its_size(size: int) -> None:
    assert _png_size(LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)


def test_the_scalable_icon_is_the_app_s_svg() -> None:
    scalable = LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icons" / "annotator.svg").read_bytes(), \
        "run packaging/linux/make_icons.py after changing the SVG"


# -- install.sh -----------------------------------------------------------------------------------


@pytest.fixture
def fake_app(tmp_path: Path) -> Path:
    """A stand-in for dist/annotator: an executable that answers --version."""
    app = tmp_path / "built app" / "annotator"
    (app / "_internal").mkdir(parents=True)
    exe = app / "annotator"
    exe.write_text("#!/bin/sh\necho 'annotator, version 0.0'\n", encoding="utf-8")
    exe.chmod(0o755)
    return app


def _install(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {"PATH": os.environ["PATH"], "HOME": str(home), "XDG_DATA_HOME": str(home / "share")}
    return subprocess.run(["bash", str(LINUX / "install.sh"), *args], env=env, capture_output=True, text=True)


def test_install_puts_the_app_in_the_user_s_menu_and_uninstall_takes_it_away(tmp_path: Path, fake_app: Path) -> None:
    home = tmp_path / "home"
    project = home / "share" / "annotator" / "default.annotator"
    project.parent.mkdir(parents=True)
    project.write_bytes(b"the analyst's work")

    installed = _install(home, "--app", str(fake_app))
    assert installed.returncode == 0, installed.stderr
    share = home / "share"
    lib = home / ".local" / "lib" / "annotator"
    assert (lib / "annotator").is_file()
    assert os.readlink(home / ".local" / "bin" / "annotator") == str(lib / "annotator")
    entry = _desktop_entry(share / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == f'"{lib}/annotator" %f'
    assert entry["TryExec"] == f"{lib}/annotator"
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "mime" / "packages" / "annotator-project.xml").is_file()
    for size in HICOLOR_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(share / "applications" / f"{APP_ID}.desktop")],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout

    removed = _install(home, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert not lib.exists()
    assert not (home / ".local" / "bin" / "annotator").exists()
    assert not (share / "applications" / f"{APP_ID}.desktop").exists()
    assert not list((share / "icons").rglob(f"{APP_ID}.*"))
    assert project.read_bytes() == b"the analyst's work", "uninstall must keep the projects"


def test_the_installed_exec_line_quotes_a_path_with_special_characters(tmp_path: Path, fake_app: Path) -> None:
    home = tmp_path / 'odd "home" $x'
    assert _install(home, "--app", str(fake_app)).returncode == 0
    entry = _desktop_entry(home / "share" / "applications" / f"{APP_ID}.desktop")
    # Desktop Entry spec: inside quotes " and $ take a backslash, then the string escape doubles it.
    assert entry["Exec"] == f'"{home}/.local/lib/annotator/annotator" %f'.replace(
        '"home"', '\\\\"home\\\\"').replace("$x", "\\\\$x")


def test_install_without_a_built_app_says_so(tmp_path: Path) -> None:
    result = _install(tmp_path / "home", "--app", str(tmp_path / "nowhere"))
    assert result.returncode == 1
    assert "no built app found" in result.stderr
    assert not (tmp_path / "home" / "share" / "applications").exists()


def test_install_rejects_an_unknown_option(tmp_path: Path) -> None:
    result = _install(tmp_path / "home", "--everything")
    assert result.returncode == 1
    assert "unknown argument: --everything" in result.stderr
