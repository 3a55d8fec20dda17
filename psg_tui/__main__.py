"""``python -m psg_tui`` is the same as ``psg``."""

import sys

from psg_tui.cli import main

sys.exit(main())
