"""Shared fixtures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from psg_tui.core.store import GroupStore
from psg_tui.resources import sample_data_dir

SAMPLE = sample_data_dir()


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
