"""The frozen app's entry point: the same launcher as the `readiness-app` command."""

import sys

from readiness_app.launcher import main

if __name__ == "__main__":
    sys.exit(main())
