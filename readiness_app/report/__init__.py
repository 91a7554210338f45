"""The PDF action plan (reportlab)."""
