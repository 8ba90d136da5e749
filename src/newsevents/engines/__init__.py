"""Engines map the same pipeline stages over batches: `local` (default, processes)."""
