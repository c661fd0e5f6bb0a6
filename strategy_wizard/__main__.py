"""`python -m strategy_wizard` runs the same command line as the console script."""

from strategy_wizard.cli import main

raise SystemExit(main())
