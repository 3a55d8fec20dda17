"""The wheel ships styles/ and sample_data/ inside the package, and a non-editable install
works from any folder: ``psg where`` and ``psg demo`` find the shipped files inside the
installed package, not in this checkout.

Slow-ish (a wheel build and a fresh venv, ~15 s) but in the default run: this is the only
test that sees the package the way a user who ran ``pip install .`` does.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

import psg_tui
from psg_tui.resources import sample_data_dir, styles_dir

REPO = Path(psg_tui.__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def run(argv: list[str | Path], **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run a command, failing the test with its output if it fails."""
    result = subprocess.run(
        [str(a) for a in argv],
        capture_output=True,
        text=True,
        timeout=300,
        **kwargs,  # type: ignore[arg-type]
    )
    assert result.returncode == 0, f"{argv} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from this checkout with pip (no new build tools needed)."""
    if not (REPO / "pyproject.toml").is_file():
        pytest.skip("not running from a source checkout")
    out = tmp_path_factory.mktemp("wheel")
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", out, REPO])
    (found,) = out.glob("psg_tui-*.whl")
    return found


def test_wheel_ships_styles_and_sample_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped_meetings = sorted(p.name for p in (sample_data_dir() / "meetings").glob("*.toml"))
    assert shipped_meetings, "the checkout has no sample meetings to ship"
    expected = {
        "psg_tui/__init__.py",
        "psg_tui/cli.py",
        "psg_tui/core/store.py",
        "psg_tui/_shipped/styles/app.tcss",
        "psg_tui/_shipped/sample_data/group.toml",
        *(f"psg_tui/_shipped/sample_data/meetings/{name}" for name in shipped_meetings),
    }
    assert expected <= names
    # every file of styles/ is shipped, report.css included
    for path in styles_dir().rglob("*"):
        if path.is_file():
            assert f"psg_tui/_shipped/styles/{path.relative_to(styles_dir())}" in names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "psg = psg_tui.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
    # nothing that belongs to the checkout only
    assert not any(n.startswith(("tests/", "bench/", "sample_data/", "styles/")) for n in names)
    assert not any("__pycache__" in n or n.endswith(".pyc") for n in names)


def test_installed_wheel_works_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv])
    python = venv / "bin" / "python"
    # Install with this environment's pip into the new venv; dependencies come from this
    # environment's site-packages through PYTHONPATH (no downloads, no editable .pth: a
    # .pth file is only read from a site folder, so this checkout stays out of sight).
    run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "-q", wheel])
    parent_site = sysconfig.get_paths()["purelib"]
    # An editable install may leave site-packages/psg_tui/_shipped (no __init__.py): a
    # namespace portion, which the wheel's regular package wins over. A regular package
    # there would shadow the wheel (and is checked for below through psg_tui.__file__).
    assert not (Path(parent_site) / "psg_tui" / "__init__.py").exists()
    elsewhere = tmp_path / "elsewhere"
    demo_tmp = tmp_path / "tmp"
    elsewhere.mkdir()
    demo_tmp.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": parent_site,
        "TMPDIR": str(demo_tmp),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    env.pop("PSG_GROUP", None)
    psg = venv / "bin" / "psg"

    where_it_is = run(
        [python, "-c", "import psg_tui, sys; print(psg_tui.__file__)"], cwd=elsewhere, env=env
    )
    installed = Path(where_it_is.stdout.strip()).parent
    assert installed.is_relative_to(venv)

    where = run([psg, "where"], cwd=elsewhere, env=env).stdout
    folders = {
        label.strip(): Path(value.strip())
        for label, value in (line.split(":", 1) for line in where.splitlines())
    }
    assert folders["styles"] == installed / "_shipped" / "styles"
    assert folders["sample data"] == installed / "_shipped" / "sample_data"
    assert not folders["styles"].is_relative_to(REPO)
    assert (folders["styles"] / "app.tcss").is_file()

    copy = Path(run([psg, "demo", "--copy-only"], cwd=elsewhere, env=env).stdout.strip())
    assert copy.is_relative_to(demo_tmp)
    assert (copy / "group.toml").read_bytes() == (sample_data_dir() / "group.toml").read_bytes()
    assert sorted(p.name for p in (copy / "meetings").glob("*.toml")) == sorted(
        p.name for p in (sample_data_dir() / "meetings").glob("*.toml")
    )
    validated = run([psg, "validate", copy], cwd=elsewhere, env=env)
    assert validated.stdout.strip().endswith("files valid")

    version = run([python, "-m", "psg_tui", "--version"], cwd=elsewhere, env=env)
    assert version.stdout.strip() == f"psg-tui {psg_tui.__version__}"
