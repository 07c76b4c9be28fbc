"""`python -m stancegraph` runs the command line."""

import sys

from stancegraph.cli import main

sys.exit(main())
