"""`python -m readiness_app`: same as the `readiness-app` command."""

import sys

from readiness_app.launcher import main

sys.exit(main())
