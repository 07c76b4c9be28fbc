"""requirements.lock, the exact versions `make run`, `make test` and .ci/run install, against
pyproject.toml: every dependency it names is pinned, within its range, with hashes. Reads the
two files only (no network); a failure says to run `make lock`."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.corpus import REPO

LOCK = REPO / "requirements.lock"
PYPROJECT = REPO / "pyproject.toml"
FIX = "run `make lock` and commit requirements.lock with pyproject.toml"

_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")


@dataclass
class Pin:
    versions: list[Version] = field(default_factory=list)
    hashes: int = 0
    via: set[str] = field(default_factory=set)


def read_lock(text: str) -> dict[str, Pin]:
    """Package name -> its pinned versions (a universal lock may pin two, for two Pythons),
    the number of hashes and the requirers uv wrote in its `# via` comments."""
    pins: dict[str, Pin] = {}
    current: Pin | None = None
    in_via = False
    for line in text.splitlines():
        match = _PIN.match(line)
        if match:
            current = pins.setdefault(canonicalize_name(match[1]), Pin())
            current.versions.append(Version(match[2]))
            in_via = False
            continue
        stripped = line.strip()
        if current is None:
            continue
        if stripped.startswith("--hash="):
            current.hashes += 1
        elif stripped.startswith("# via"):
            rest = stripped.removeprefix("# via").strip()
            in_via = not rest
            if rest:
                current.via.add(rest)
        elif in_via and stripped.startswith("#   "):
            current.via.add(stripped.removeprefix("#").strip())
        else:
            in_via = False
    return pins


def locked_extras() -> list[str]:
    """The extras `make lock` resolves: the ``--extra NAME`` options of the Makefile's
    LOCK_ARGS (one place, so a new extra cannot be locked and left unchecked)."""
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    args = re.search(r"^LOCK_ARGS\s*:=(.*(?:\\\n.*)*)", makefile, re.MULTILINE)
    assert args is not None, "no LOCK_ARGS in the Makefile"
    return re.findall(r"--extra\s+(\S+)", args.group(1))


def declared(pyproject: str) -> list[tuple[str, Requirement]]:
    """(where, requirement) for every dependency pyproject.toml names that the lock must pin:
    the runtime ones, the extras the Makefile locks (`--extra` in LOCK_ARGS: test, build,
    dask), the build backend, and pip (which installs the rest)."""
    data = tomllib.loads(pyproject)
    out = [("dependencies", Requirement(r)) for r in data["project"]["dependencies"]]
    for extra in locked_extras():
        out += [(f"the {extra} extra", Requirement(r))
                for r in data["project"]["optional-dependencies"].get(extra, [])]
    out += [("build-system.requires", Requirement(r)) for r in data["build-system"]["requires"]]
    out.append(("the installer (Makefile)", Requirement("pip")))
    return out


def problems(lock: str, pyproject: str) -> list[str]:
    """Each way the lock fails pyproject.toml, one line each."""
    pins = read_lock(lock)
    out = []
    for where, req in declared(pyproject):
        pin = pins.get(canonicalize_name(req.name))
        if pin is None:
            out.append(f"{req.name} ({where} of pyproject.toml) is not in {LOCK.name}")
            continue
        outside = [str(v) for v in pin.versions if not req.specifier.contains(v, prereleases=True)]
        if outside:
            out.append(f"{req.name} is pinned at {', '.join(outside)} in {LOCK.name}, "
                       f"outside {req.specifier} ({where} of pyproject.toml)")
    named = {canonicalize_name(req.name) for _, req in declared(pyproject)}
    out += [f"{LOCK.name} still pins {name} for stancegraph, which no longer names it"
            for name, pin in sorted(pins.items())
            if name not in named and any(v.startswith("stancegraph ") for v in pin.via)]
    out += [f"{name} has no --hash in {LOCK.name}"
            for name, pin in sorted(pins.items()) if pin.hashes < len(pin.versions)]
    return out


def test_the_lock_pins_every_dependency_of_pyproject_within_its_range_with_hashes() -> None:
    assert LOCK.exists(), f"{LOCK.name} is missing: {FIX}"
    lock = LOCK.read_text(encoding="utf-8")
    assert len(read_lock(lock)) > 20
    found = problems(lock, PYPROJECT.read_text(encoding="utf-8"))
    assert not found, "; ".join(found) + f": {FIX}"


SMALL_PYPROJECT = """
[build-system]
requires = ["setuptools>=77"]
[project]
dependencies = ["babel>=2.16", "networkx>=3.4"]
[project.optional-dependencies]
test = ["pytest>=8", "hypothesis>=6"]
"""

# The shape uv writes: a universal lock may pin two versions of one package, for two Pythons.
SMALL_LOCK = """\
# This file was autogenerated by uv via the following command:
#    make lock
babel==2.15.0 \\
    --hash=sha256:aa \\
    --hash=sha256:bb
    # via stancegraph (pyproject.toml)
networkx==3.6.1 ; python_full_version < '3.12' \\
    --hash=sha256:cc
    # via
    #   stancegraph (pyproject.toml)
    #   pyshacl
networkx==3.7 ; python_full_version >= '3.12' \\
    --hash=sha256:dd
    # via stancegraph (pyproject.toml)
pip==26.3 \\
    --hash=sha256:ee
pytest==9.2.0 \\
    --hash=sha256:ff
    # via stancegraph (pyproject.toml)
setuptools==84.2.1
pycountry==26.2.16 \\
    --hash=sha256:00
    # via stancegraph (pyproject.toml)
"""


def test_the_lock_reader_sees_versions_hashes_and_requirers() -> None:
    pins = read_lock(SMALL_LOCK)
    assert set(pins) == {"babel", "networkx", "pip", "pytest", "setuptools", "pycountry"}
    assert pins["networkx"].versions == [Version("3.6.1"), Version("3.7")]
    assert pins["networkx"].hashes == 2 and pins["babel"].hashes == 2
    assert pins["networkx"].via == {"stancegraph (pyproject.toml)", "pyshacl"}
    assert pins["pip"].via == set() and pins["setuptools"].hashes == 0


def test_each_way_a_lock_falls_behind_pyproject_is_named() -> None:
    assert problems(SMALL_LOCK, SMALL_PYPROJECT) == [
        ("babel is pinned at 2.15.0 in requirements.lock, outside >=2.16 "
         "(dependencies of pyproject.toml)"),
        "hypothesis (the test extra of pyproject.toml) is not in requirements.lock",
        "requirements.lock still pins pycountry for stancegraph, which no longer names it",
        "setuptools has no --hash in requirements.lock",
    ]
