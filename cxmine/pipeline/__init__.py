"""The ingest run: files -> readers -> ids, threads, speakers -> text stages -> Parquet (``run.run_ingest``).

``run`` is the orchestrator; ``batches`` runs the text stages per record batch (in worker processes for large
inputs), ``stages`` holds the stages as functions over Arrow tables, ``staging`` the private spill folder,
``threads`` e-mail threading and speakers, ``contacts`` the contacts table.
"""
