"""Topics per language with BERTopic, offline by default (``run.run_topics``); see docs/topics.md.

``build`` fits or updates one language's model, ``embed`` the offline TF-IDF/SVD embedder, ``fit`` the clustering
and outlier steps, ``keywords`` readable key phrases, ``store`` saving and loading topic models, ``output`` the
output tables and trends.
"""
