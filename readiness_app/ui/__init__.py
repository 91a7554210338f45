"""The PySide6 desktop app: windows, pages, dialogs and charts."""
