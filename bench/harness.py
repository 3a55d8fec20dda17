"""Tiny benchmark harness: medians of repeated runs, reported as ratios to a baseline.

The machines are shared and noisy, so no figure here is an absolute pass/fail in the test
suite; each benchmark compares against a baseline measured in the same run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Figure:
    """One line of the benchmark report."""

    name: str
    value_s: float
    baseline_name: str = ""
    baseline_s: float = 0.0
    target: str = ""
    """What we aim for, in words ("ratio <= 1.2", "< 5 ms")."""
    ok: bool | None = None
    """Whether the target was met (None: no target)."""

    @property
    def ratio(self) -> float | None:
        """value / baseline."""
        return self.value_s / self.baseline_s if self.baseline_s else None

    def line(self) -> str:
        """A human line for the report."""
        text = f"{self.name}: {_fmt(self.value_s)}"
        if self.baseline_s:
            baseline = _fmt(self.baseline_s)
            text += f"  (baseline {self.baseline_name}: {baseline}, ratio {self.ratio:.2f}x)"
        if self.target:
            verdict = "" if self.ok is None else (" MET" if self.ok else " MISSED")
            text += f"  target {self.target}{verdict}"
        return text


def _fmt(seconds: float) -> str:
    if seconds < 1e-3:
        return f"{seconds * 1e6:.1f} us"
    if seconds < 1:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds:.3f} s"


def median_time(fn: Callable[[], object], repeat: int = 20, warmup: int = 2) -> float:
    """Median wall time of ``fn()`` over ``repeat`` runs, after ``warmup`` runs."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def median_process_time(argv: Sequence[str], repeat: int = 5, **kwargs: object) -> float:
    """Median wall time of a whole process (start to exit)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, **kwargs)  # type: ignore[call-overload]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def installed_env() -> dict[str, str]:
    """The environment of a process started as an installed app would start: with cached
    bytecode. (Where PYTHONDONTWRITEBYTECODE is set, as on the shared machines, every
    process compiles psg-tui's sources again, while Textual's are compiled at install; the
    cache goes to a folder in the temp directory, never into the tree.)"""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "psg-bench-pycache")
    return env


def median_process_mark(
    argv: Sequence[str], repeat: int = 5, warmup: int = 1, **kwargs: object
) -> float:
    """Median time from starting a process to the moment it marks: the process prints
    ``time.perf_counter()`` as the last line of its output at that moment (the clock is
    the system's monotonic clock, the same in every process). What the process does after
    the mark (exiting, threads finishing) is not counted. Runs with :func:`installed_env`
    unless ``env`` is given; ``warmup`` runs first fill the bytecode cache."""
    kwargs.setdefault("env", installed_env())
    for _ in range(warmup):
        subprocess.run(argv, check=True, capture_output=True, **kwargs)  # type: ignore[call-overload]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(argv, check=True, capture_output=True, text=True, **kwargs)  # type: ignore[call-overload]
        times.append(float(done.stdout.strip().splitlines()[-1]) - start)
    return statistics.median(times)


def median_process_marks(
    commands: dict[str, Sequence[str]], repeat: int = 5, warmup: int = 1
) -> dict[str, float]:
    """:func:`median_process_mark` of several commands, run in turn round after round (the
    machines are shared: a busy minute then slows every command alike, not just one)."""
    env = installed_env()
    times: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(warmup + repeat):
        for name, argv in commands.items():
            start = time.perf_counter()
            done = subprocess.run(argv, check=True, capture_output=True, text=True, env=env)
            if round_ >= warmup:
                times[name].append(float(done.stdout.strip().splitlines()[-1]) - start)
    return {name: statistics.median(values) for name, values in times.items()}


PYTHON = sys.executable
