"""readiness_app: a technology-readiness self-assessment for small and medium-sized firms."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("readiness_app")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

__all__ = ["__version__"]
