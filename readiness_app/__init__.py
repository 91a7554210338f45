"""readiness_app: a technology-readiness self-assessment for small and medium-sized firms."""

# The one place the version is written: pyproject.toml reads it from here when the package is
# built ([tool.hatch.version]). Reading it back from the installed metadata instead would cost
# about 30 ms of start-up (importlib.metadata).
__version__ = "0.1.0"

__all__ = ["__version__"]
