"""Thin Typer commands over importable functions; the app lives in ``cxmine.cli.app``."""
