"""Placeholder: replaced by the topics command module."""
