"""Text stages: reply/signature stripping, redaction, language detection, question extraction.

Per-language data (quote headers, signature openers, question words, ...) lives in ``cxmine/text/lang/<lang>/``,
one folder per language with the same file names in each (like ``spacy/lang/nl``).
"""
