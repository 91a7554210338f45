"""readiness_app: a technology-readiness self-assessment for small and medium-sized firms."""

# Kept in step with pyproject.toml by tests/test_packaging.py; reading it from the installed
# metadata instead would cost about 30 ms of start-up (importlib.metadata).
__version__ = "0.1.0"

__all__ = ["__version__"]
