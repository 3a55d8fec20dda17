"""psg-tui: run a pharmacy peer support group meeting in the terminal."""

import os

__version__ = "0.1.0"

# pydantic looks for third-party plugins through importlib.metadata on first use, which costs
# ~50 ms of every `psg` command. psg-tui uses none; a person who wants one can still set the
# variable themselves.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
