"""`python -m advisor.cli` runs the console command."""

import sys

from advisor.cli import main

sys.exit(main())
