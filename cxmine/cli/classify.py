"""Placeholder: replaced by the classify command module."""
