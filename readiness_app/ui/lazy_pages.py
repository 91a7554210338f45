"""Pages of the main window built the first time they are used (the first window needs none).

On the window's class, ``results_page: LazyPage[ResultsPage] = LazyPage("_make_results_page")``:
the first ``window.results_page`` calls ``window._make_results_page()`` (which imports, builds
and connects the page), hands the page to ``window.page_built(page)`` (which adds it to the
stack and themes it) and keeps it; later reads return the same page.
``MainWindow.results_page.built(window)`` is the page if it was built, else None (for work that
only concerns pages that exist: flushing, theming, closing).
"""

from __future__ import annotations

from typing import Any, Generic, Protocol, TypeVar, overload

from PySide6.QtWidgets import QWidget

P = TypeVar("P", bound=QWidget)


class PageHost(Protocol):
    """The window the pages belong to."""

    def page_built(self, page: QWidget) -> None:
        """Add a page just built to the window."""


class LazyPage(Generic[P]):
    """A page built by the window's ``maker`` method on first use (see the module docstring)."""

    def __init__(self, maker: str) -> None:
        self._maker = maker
        self._slot = f"_lazy_{maker}"

    @overload
    def __get__(self, window: None, owner: type) -> LazyPage[P]: ...

    @overload
    def __get__(self, window: PageHost, owner: type) -> P: ...

    def __get__(self, window: PageHost | None, owner: type) -> LazyPage[P] | P:
        if window is None:
            return self
        page = self.built(window)
        if page is None:
            page = getattr(window, self._maker)()
            setattr(window, self._slot, page)
            window.page_built(page)
        return page

    def built(self, window: Any) -> P | None:
        """The page if it was built, else None (nothing is built)."""
        page: P | None = getattr(window, self._slot, None)
        return page
