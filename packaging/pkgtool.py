"""Small helpers the installer build scripts share (standard library only).

    python packaging/pkgtool.py version                 pyproject.toml's version (the single source)
    python packaging/pkgtool.py deb-version             the same, ordered the Debian way (0.2.0~rc1)
    python packaging/pkgtool.py windows-version         four dotted numbers for file resources (0.2.0.0)
    python packaging/pkgtool.py control ROOT ARCH       DEBIAN/control for a staged package tree
    python packaging/pkgtool.py glibc DIR               the newest GLIBC_x.y any ELF file under DIR needs

Tests import these functions to check that every installer takes its version from one place.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

__all__ = ["ROOT", "project_version", "deb_version", "windows_version", "depends", "render_control",
           "glibc_requirement", "installed_size_kib"]

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"

_PRE = re.compile(r"^(?P<release>\d+(?:\.\d+)*)(?:[-_.]?(?P<pre>a|b|rc|alpha|beta|c|pre|preview)[-_.]?(?P<pren>\d*))?"
                  r"(?:[-_.]?post[-_.]?(?P<post>\d+))?(?:[-_.]?dev[-_.]?(?P<dev>\d*))?(?:\+(?P<local>[\w.]+))?$",
                  re.IGNORECASE)


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    with open(pyproject, "rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def _parse(version: str) -> re.Match[str]:
    match = _PRE.match(version.strip())
    if not match:
        raise ValueError(f"not a PEP 440 release version: {version!r}")
    return match


def deb_version(version: str) -> str:
    """PEP 440 -> Debian: pre-releases and dev builds sort before the release (``~``)."""
    match = _parse(version)
    out = match["release"]
    if match["pre"]:
        pre = {"alpha": "a", "beta": "b", "c": "rc", "pre": "rc", "preview": "rc"}.get(match["pre"].lower(),
                                                                                    match["pre"].lower())
        out += f"~{pre}{match['pren'] or '0'}"
    if match["post"]:
        out += f"+post{match['post']}"
    if match["dev"] is not None:
        out += f"~dev{match['dev'] or '0'}"
    if match["local"]:
        out += f"+{match['local']}"
    return out


def windows_version(version: str) -> str:
    """Four dotted numbers (Windows file and installer versions take nothing else)."""
    numbers = [int(part) for part in _parse(version)["release"].split(".")][:4]
    return ".".join(str(n) for n in numbers + [0] * (4 - len(numbers)))


def depends(path: Path = PACKAGING / "linux" / "depends.txt") -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def glibc_requirement(folder: Path) -> str | None:
    """The newest ``GLIBC_x.y`` symbol version that any ELF file under ``folder`` asks for
    (read with binutils' ``objdump -T``), or None when nothing does."""
    newest: tuple[int, ...] = ()
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with open(path, "rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        result = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True, check=False)
        for found in re.findall(r"GLIBC_(\d+(?:\.\d+)+)", result.stdout):
            newest = max(newest, tuple(int(n) for n in found.split(".")))
    return ".".join(str(n) for n in newest) if newest else None


def installed_size_kib(root: Path) -> int:
    """Debian's Installed-Size: the staged tree's size in KiB (files only, DEBIAN/ excluded)."""
    total = 0
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.relative_to(root).parts:
            total += path.stat().st_size
    return (total + 1023) // 1024


def render_control(root: Path, arch: str, *, glibc: str | None = None,
                   template: Path = PACKAGING / "linux" / "control.in") -> str:
    deps = [d for d in depends() if not d.startswith("libc6")]
    deps.insert(0, f"libc6 (>= {glibc})" if glibc else "libc6")
    text = template.read_text(encoding="utf-8")
    for key, value in {"VERSION": deb_version(project_version()), "ARCH": arch,
                       "INSTALLED_SIZE": str(installed_size_kib(root)), "DEPENDS": ", ".join(deps)}.items():
        text = text.replace(f"@{key}@", value)
    if "@" in re.sub(r"<[^>]*>", "", text):
        raise ValueError("control.in has a placeholder left unfilled")
    return text


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    verb, rest = argv[0], argv[1:]
    if verb == "version":
        print(project_version())
    elif verb == "deb-version":
        print(deb_version(project_version()))
    elif verb == "windows-version":
        print(windows_version(project_version()))
    elif verb == "control" and len(rest) == 2:
        root = Path(rest[0])
        sys.stdout.write(render_control(root, rest[1], glibc=glibc_requirement(root)))
    elif verb == "glibc" and len(rest) == 1:
        print(glibc_requirement(Path(rest[0])) or "")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
