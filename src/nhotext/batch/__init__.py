"""Corpus processing at scale on Dask (:func:`run_batch`) and the archive index (:mod:`.archive`)."""

from ..errors import BatchError
from .runner import run_batch, write_parts
from .tables import TABLES, BatchResult, read_table

__all__ = ["TABLES", "BatchError", "BatchResult", "read_table", "run_batch", "write_parts"]
