"""Aggregates, benchmarks and tabular exports (pandas, imported lazily)."""
