"""psg-tui: run a pharmacy peer support group meeting in the terminal."""

__version__ = "0.1.0"
