"""Seeded generator of the Social Media Lab course datasets.

``python -m datagen`` (from the repository root) rewrites every file in
``course/datasets/``; ``python -m datagen --out DIR`` writes them elsewhere.
Output is byte-identical on every run (fixed seeds, stable sorts, gzip mtime=0).
"""
