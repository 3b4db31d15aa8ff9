"""``python -m newsmodel``: the command line."""

import sys

from newsmodel.cli import main

if __name__ == "__main__":
    sys.exit(main())
