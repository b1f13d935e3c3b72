"""The built wheel holds what the installed package needs: the grammars, the schemas, the type marker and
the console script; the package parses from any working directory, and each module imports first."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
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


@pytest.mark.parametrize("module", MODULES)
def test_every_module_imports_first_in_a_fresh_interpreter(module: str) -> None:
    """A user may import any module first (``from iomparse.layout import …``): no import cycle may depend on
    the parser having been imported before it (one interpreter a module, spread over the test workers)."""
    run = subprocess.run([sys.executable, "-c", f"import {module}"], check=False, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr.strip().splitlines()[-1:]
