"""Output: Parquet datasets for machines, rich tables for people."""
