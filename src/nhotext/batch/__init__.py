"""Corpus processing at scale on Dask (:func:`run_batch`) and the archive index (:mod:`.archive`)."""

from .runner import TABLES, BatchError, BatchResult, read_table, run_batch

__all__ = ["TABLES", "BatchError", "BatchResult", "read_table", "run_batch"]
