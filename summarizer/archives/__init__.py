"""Archive runs: many articles in, one brief (or translation) each out, resumable.

    records.py   archives in (a directory, JSONL, CSV, Parquet) as a stream of records with stable keys
    runs.py      `summarizer batch` / `summarizer translate`: the run directory, workers, resume, outputs
"""
