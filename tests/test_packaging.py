"""The built wheel holds what the installed package needs: the grammars, the schemas, the type marker and
the console script; the package parses from any working directory, and each module imports first."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import ROOT

import iomparse


def test_wheel_contents(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (wheel,) = tmp_path.glob("iomparse-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "iomparse/__init__.py",
        "iomparse/py.typed",
        "iomparse/grammars/document.lark",
        "iomparse/grammars/symbol.lark",
        "iomparse/schemas/iomparse.schema.json",
        "iomparse/schemas/iomparse.rng",
    ):
        assert required in names, f"{required} is missing from {wheel.name}"
    assert not [name for name in names if name.startswith(("tests/", "samples/", "benchmarks/"))]
    entry_points = next(name for name in names if name.endswith(".dist-info/entry_points.txt"))
    assert "iomparse = iomparse.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_parses_from_another_directory(tmp_path):
    code = "import iomparse; print(iomparse.parse('I. INTRODUCTION\\n\\n1. Text.').body[0].num)"
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, check=True, timeout=60)
    assert result.stdout.decode().strip() == "I"


PACKAGE = Path(iomparse.__file__).parent
MODULES = sorted(
    ".".join(("iomparse", *path.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__")
    for path in PACKAGE.rglob("*.py")
    if path.stem != "__main__"
)


def test_the_package_has_its_modules():
    assert len(MODULES) > 30


# Imports each module named in argv[2:] first, its package's modules (argv[1]) dropped from sys.modules before
# each: as a fresh interpreter would, in one interpreter; prints the modules that fail and why, as JSON.
IMPORT_EACH_FIRST = """
import importlib, json, sys
package, failed = sys.argv[1], {}
for module in sys.argv[2:]:
    for name in [name for name in sys.modules if name == package or name.startswith(package + ".")]:
        del sys.modules[name]
    try:
        importlib.import_module(module)
    except Exception as error:
        failed[module] = f"{type(error).__name__}: {error}"
print(json.dumps(failed))
"""


def modules_failing_first(package: str, modules: list[str], cwd: Path | None = None) -> dict[str, str]:
    """The ``modules`` of ``package`` that fail to import when imported first, and why."""
    run = subprocess.run(
        [sys.executable, "-c", IMPORT_EACH_FIRST, package, *modules],
        check=True,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=600,
    )
    return json.loads(run.stdout)


def test_every_module_imports_first():
    """A user may import any module first (``from iomparse.layout import …``): no import cycle may depend on
    the parser having been imported before it."""
    assert modules_failing_first("iomparse", MODULES) == {}


def test_a_module_that_imports_only_after_another_is_found(tmp_path):
    package = tmp_path / "cyclic"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from cyclic.b import B\nA = 1\n")
    (package / "b.py").write_text("import cyclic.a\nB = 2\n")
    failing = modules_failing_first("cyclic", ["cyclic.b", "cyclic.a"], cwd=tmp_path)
    assert set(failing) == {"cyclic.b"}, "b first: a's import of B finds b half run"
    assert failing["cyclic.b"].startswith("ImportError: cannot import name 'B'")
