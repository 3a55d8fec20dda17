"""``python -m bench [NAME...]``: run every bench/bench_*.py (or the named ones) and print
their figures. Each module exposes ``run() -> list[Figure]``."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main(names: list[str]) -> int:
    here = Path(__file__).parent
    modules = sorted(
        m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_")
    )
    if names:
        modules = [m for m in modules if any(n in m for n in names)]
    missed = 0
    for name in modules:
        module = importlib.import_module(f"bench.{name}")
        print(f"== {name}: {(module.__doc__ or '').strip().splitlines()[0]}")
        for figure in module.run():
            print("  " + figure.line())
            missed += figure.ok is False
    print(f"{missed} target(s) missed" if missed else "all targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
