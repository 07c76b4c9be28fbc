"""`python -m stancegraph` runs the command line."""

import sys

from stancegraph.cli import main

if __name__ == "__main__":  # not when a worker process imports it (extract/workers.py)
    sys.exit(main())
