"""The installer recipes stay consistent with the project: one version, existing files, the Qt
modules the app imports, the .deb's metadata. Nothing here builds a bundle."""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "subtitle-desk.spec"
sys.path.insert(0, str(PACKAGING))

import pkgtool  # noqa: E402  (packaging/pkgtool.py)


def spec_constant(name: str):
    """A literal assigned at the top level of the PyInstaller spec."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in the spec")


def root_paths_in_spec() -> list[Path]:
    """Every ``ROOT / "a" / "b"`` path the spec names."""
    paths = []
    for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8"))):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            parts: list[str] = []
            current: ast.expr = node
            while isinstance(current, ast.BinOp) and isinstance(current.op, ast.Div):
                if not (isinstance(current.right, ast.Constant) and isinstance(current.right.value, str)):
                    break
                parts.insert(0, current.right.value)
                current = current.left
            else:
                if isinstance(current, ast.Name) and current.id == "ROOT":
                    paths.append(ROOT.joinpath(*parts))
    return paths


def test_the_version_comes_from_pyproject_toml_only():
    with open(ROOT / "pyproject.toml", "rb") as handle:
        assert pkgtool.project_version() == tomllib.load(handle)["project"]["version"]


def test_the_app_reports_the_pyproject_version():
    from subtitle_desk import __version__

    assert __version__ == pkgtool.project_version()


def test_debian_versions_sort_pre_releases_before_the_release():
    assert pkgtool.deb_version("1.2.0") == "1.2.0"
    assert pkgtool.deb_version("1.2.0rc1") == "1.2.0~rc1"
    assert pkgtool.deb_version("1.2.0.dev3") == "1.2.0~dev3"
    assert pkgtool.deb_version("1.2.0.post1") == "1.2.0+post1"


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="needs dpkg to compare versions")
def test_dpkg_agrees_a_release_candidate_comes_before_its_release():
    older, newer = pkgtool.deb_version("1.2.0rc1"), pkgtool.deb_version("1.2.0")
    assert subprocess.run(["dpkg", "--compare-versions", older, "lt", newer], check=False).returncode == 0


def test_windows_versions_have_four_numbers():
    assert pkgtool.windows_version("1.2") == "1.2.0.0"
    assert pkgtool.windows_version("0.3.1rc2") == "0.3.1.0"


def test_every_file_the_spec_bundles_exists():
    # build/ is where the spec writes (generated icons), not something it bundles from the tree.
    paths = [p for p in root_paths_in_spec() if p.relative_to(ROOT).parts[:1] != ("build",)]
    assert ROOT / "resources" / "demo" / "subtitle-desk-demo.mp4" in paths
    missing = [str(p.relative_to(ROOT)) for p in paths if not p.exists()]
    assert missing == []


def test_the_bundle_starts_the_same_entry_point_as_the_console_script():
    with open(ROOT / "pyproject.toml", "rb") as handle:
        script = tomllib.load(handle)["project"]["scripts"]["subtitle-desk"]
    module, function = script.split(":")
    launcher = (PACKAGING / "launcher.py").read_text(encoding="utf-8")
    assert f"from {module} import {function}" in launcher


def test_no_qt_module_the_app_imports_is_excluded_from_the_bundle():
    excluded = set(spec_constant("EXCLUDED_MODULES"))
    used = set()
    for path in (ROOT / "subtitle_desk").rglob("*.py"):
        used.update(re.findall(r"^\s*(?:from|import)\s+(PySide6\.Qt\w+)", path.read_text(encoding="utf-8"), re.M))
    assert used, "the app imports no Qt module?"
    assert sorted(used & excluded) == []


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("readelf") is None,
                    reason="reads ELF dependencies with binutils on Linux")
def test_the_ffmpeg_multimedia_plugin_keeps_every_library_it_links():
    import PySide6

    plugins = list(Path(PySide6.__file__).parent.glob("Qt/plugins/multimedia/*ffmpeg*"))
    assert plugins, "PySide6 ships no FFmpeg multimedia plugin"
    needed = re.findall(r"\(NEEDED\).*\[(.+?)\]", subprocess.run(
        ["readelf", "-d", str(plugins[0])], capture_output=True, text=True, check=True).stdout)
    unwanted = spec_constant("UNWANTED_BINARY_PARTS") + spec_constant("UNWANTED_LINUX_LIBS")
    assert [lib for lib in needed if any(part in lib for part in unwanted)] == []


def test_the_desktop_entry_launches_the_app_from_the_path_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(PACKAGING / "linux" / "subtitle-desk.desktop", encoding="utf-8")
    main = entry["Desktop Entry"]
    assert (main["Type"], main["Icon"], main["Exec"].split()[0]) == ("Application", "subtitle-desk", "subtitle-desk")
    assert "application/x-subrip" in main["MimeType"].split(";")
    assert main["Categories"].endswith(";") and main["MimeType"].endswith(";")


def test_the_path_launcher_runs_the_bundle_under_opt():
    launcher = (PACKAGING / "linux" / "subtitle-desk.sh").read_text(encoding="utf-8")
    assert launcher.startswith("#!/bin/sh\n")
    assert 'exec /opt/subtitle-desk/subtitle-desk "$@"' in launcher


def test_the_control_file_names_the_version_and_the_qt_system_libraries(tmp_path: Path):
    (tmp_path / "opt").mkdir()
    (tmp_path / "opt" / "payload").write_bytes(b"x" * 5000)
    control = pkgtool.render_control(tmp_path, "amd64", glibc="2.36")
    fields = dict(line.split(": ", 1) for line in control.splitlines() if ": " in line and not line.startswith(" "))
    assert fields["Version"] == pkgtool.deb_version(pkgtool.project_version())
    assert fields["Installed-Size"] == "5"
    depends = [d.strip() for d in fields["Depends"].split(",")]
    assert depends[0] == "libc6 (>= 2.36)"
    assert {"libxcb-cursor0", "libegl1", "libgl1", "libxkbcommon-x11-0", "libfontconfig1", "libpulse0"} <= set(depends)


def test_ci_can_run_the_linux_build_script():
    script = PACKAGING / "build-linux.sh"
    assert os.access(script, os.X_OK), ".ci/run only runs packaging/build-linux.sh when it is executable"
    text = script.read_text(encoding="utf-8")
    assert "set -Eeuo pipefail" in text
    assert "dpkg -i" in text and "QT_QPA_PLATFORM=offscreen subtitle-desk --demo --smoke-test" in text


def test_the_windows_installer_takes_its_version_from_the_build_script():
    iss = (PACKAGING / "windows" / "subtitle-desk.iss").read_text(encoding="utf-8")
    assert re.search(r"^AppVersion=\{#AppVersion\}$", iss, re.M)
    assert "{autoprograms}" in iss and "{autopf}" in iss
    ps1 = (PACKAGING / "windows" / "build-windows.ps1").read_text(encoding="utf-8")
    assert "pkgtool.py version" in ps1 and '"/DAppVersion=$Version"' in ps1


def test_icons_render_to_ico_and_icns_with_png_images(qapp, tmp_path: Path):
    import make_icons

    out = make_icons.make_icons(tmp_path)
    ico = (out / "subtitle-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    size, offset = struct.unpack_from("<II", ico, 6 + 8)
    assert ico[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
    icns = (out / "subtitle-desk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert (out / "subtitle-desk-256.png").read_bytes()[:4] == b"\x89PNG"
