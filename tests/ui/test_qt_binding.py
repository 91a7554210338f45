"""The Qt binding keeps Python's own objects alive (PySide6 6.12.0 on Python 3.11 did not)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.gui


def test_qt_calls_do_not_free_none(qapp) -> None:
    """With PySide6 6.12.0 each setText/processEvents dropped a reference to None, and the app
    aborted ("none_dealloc") after a few thousand; pyproject keeps that version out."""
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        qapp.processEvents()
    assert sys.getrefcount(None) >= before - 50
