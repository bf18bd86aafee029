"""cxmine: what do our customers really ask us? Customer-contact mining for Dutch, Danish and English."""

__version__ = "0.2.0"
