"""The local library of assessments (SQLite), autosave and portable files."""
