"""`python -m watcher` is the `watcher` command."""

import sys

from .cli import main

sys.exit(main())
