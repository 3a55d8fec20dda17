"""Which group folder the app and the CLI use."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "psg-tui"
GROUP_ENV = "PSG_GROUP"


def data_dir() -> Path:
    """The per-user data folder (platformdirs), holding one folder per group."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def groups_dir() -> Path:
    """``<data dir>/groups``: a person can belong to several groups."""
    return data_dir() / "groups"


def resolve_group_dir(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """``--group DIR`` first, then ``$PSG_GROUP``; None means "let the person pick" from
    :func:`groups_dir`."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(GROUP_ENV)
    if env:
        return Path(env).expanduser()
    return None


def list_group_dirs(root: Path | None = None) -> list[Path]:
    """Group folders (those holding a group.toml) under the groups folder, by name."""
    root = root or groups_dir()
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if (p / "group.toml").is_file())
