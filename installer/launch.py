"""The frozen program's entry: the same command line as ``prisondesk`` (a GUI when no command
is given)."""

import sys

from prisondesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
