"""Shared fixtures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from psg_tui.core.store import GroupStore
from psg_tui.resources import sample_data_dir

SAMPLE = sample_data_dir()

# The machines are shared and noisy: a property test must not fail because one example was
# slow (hypothesis's default 200 ms deadline). Correctness is what these tests check;
# speed lives in bench/.
settings.register_profile(
    "psg", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile("psg")


@pytest.fixture
def sample_group(tmp_path: Path) -> Path:
    """A private copy of the fictional sample group (tests never write into the repo)."""
    target = tmp_path / "group"
    shutil.copytree(SAMPLE, target)
    return target


@pytest.fixture
def sample_store(sample_group: Path) -> GroupStore:
    """A store on the copy of the sample group."""
    return GroupStore(sample_group)
