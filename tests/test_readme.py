"""The README's Python example runs as written and is typed: mypy --strict passes on it and on the package."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def python_example() -> str:
    """The README's first Python block, under "The Python API"."""
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme[readme.index("## The Python API") :]
    found = re.search(r"```python\n(.*?)```", section, re.S)
    assert found, "the README has a Python example"
    return found.group(1)


def test_the_readme_example_runs(tmp_path):
    example = python_example()
    if importlib.util.find_spec("pypdfium2") is None:  # (its last line reads a PDF: the pdf extra)
        example = "\n".join(line for line in example.splitlines() if "parse_pdf" not in line)
    script = tmp_path / "example.py"
    script.write_text(example, "utf-8")
    result = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "MC/INF/274 2004-11-04 88" in result.stdout
    assert "923" in result.stdout.splitlines()


def test_mypy_strict_passes_on_the_package_and_the_readme_example(tmp_path):
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed (the test extra installs it)")
    script = tmp_path / "example.py"
    script.write_text(python_example(), "utf-8")
    command = [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), "src/iomparse", str(script)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
