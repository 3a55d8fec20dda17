"""Dependencies point down (README, "Architecture"): core/ imports nothing from textual,
weasyprint or the layers above it; report/ imports no textual; the CLI starts without
Textual or weasyprint.

Each check runs in a fresh interpreter, because this test process has long since imported
everything. Modules are discovered with pkgutil, so a new module is covered the day it lands.
"""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import psg_tui

PACKAGE_DIR = Path(psg_tui.__file__).parent

# Imports each named module in turn and reports, per module, the forbidden top-level
# packages (or psg_tui sub-packages) that appeared in sys.modules while importing it.
_PROBE = """
import importlib, json, sys
modules, forbidden = json.loads(sys.argv[1]), json.loads(sys.argv[2])

def seen():
    return {name for name in sys.modules
            if any(name == f or name.startswith(f + ".") for f in forbidden)}

report = {}
for module in modules:
    before = seen()
    importlib.import_module(module)
    report[module] = sorted(seen() - before)
print(json.dumps(report))
"""


def modules_under(subpackage: str) -> list[str]:
    """``psg_tui.<subpackage>`` and every module below it, found with pkgutil."""
    package = f"psg_tui.{subpackage}"
    path = [str(PACKAGE_DIR / subpackage)]
    found = [package]
    found += [info.name for info in pkgutil.walk_packages(path, prefix=f"{package}.")]
    return sorted(found)


def imports_while_loading(modules: list[str], forbidden: list[str]) -> dict[str, list[str]]:
    """For each module, the forbidden modules that importing it pulled in (fresh process)."""
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(modules), json.dumps(forbidden)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=PACKAGE_DIR.parent,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def offenders(report: dict[str, list[str]]) -> dict[str, list[str]]:
    """Only the modules that pulled in something forbidden."""
    return {module: pulled for module, pulled in report.items() if pulled}


def test_discovery_finds_every_python_file() -> None:
    # pkgutil skips a folder without __init__.py; such modules would escape these checks.
    on_disk = {
        ".".join(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts).removesuffix(
            ".__init__"
        )
        for sub in ("core", "report")
        for path in (PACKAGE_DIR / sub).rglob("*.py")
    }
    discovered = set(modules_under("core")) | set(modules_under("report"))
    assert on_disk == discovered
    assert "psg_tui.core.store" in discovered and "psg_tui.core.models" in discovered


def test_core_imports_no_ui_no_pdf_and_nothing_above_it() -> None:
    forbidden = [
        "textual",
        "rich",
        "weasyprint",
        "psg_tui.report",
        "psg_tui.tui",
        "psg_tui.cli",
        "psg_tui.commands",
    ]
    report = imports_while_loading(modules_under("core"), forbidden)
    assert set(report) == set(modules_under("core"))
    assert offenders(report) == {}


def test_report_imports_no_textual() -> None:
    report = imports_while_loading(modules_under("report"), ["textual", "psg_tui.tui"])
    assert set(report) == set(modules_under("report"))
    assert offenders(report) == {}


def test_report_imports_weasyprint_only_when_rendering() -> None:
    # weasyprint costs ~350 ms to import: it belongs inside the export function.
    report = imports_while_loading(modules_under("report"), ["weasyprint"])
    assert offenders(report) == {}


@pytest.mark.parametrize(
    "code",
    [
        "import psg_tui.cli",
        # building the parser imports every command module: `psg validate` pays for those
        "import psg_tui.cli as c; c.build_parser()",
    ],
    ids=["import", "build_parser"],
)
def test_cli_starts_without_textual_or_weasyprint(code: str) -> None:
    probe = (
        f"{code}\n"
        "import sys\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'weasyprint'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_probe_can_fail() -> None:
    # Guard against a probe that reports nothing whatever happens.
    report = imports_while_loading(["psg_tui.core.store"], ["pydantic", "tomli_w"])
    assert {"pydantic", "tomli_w"} <= set(report["psg_tui.core.store"])
