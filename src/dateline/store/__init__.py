"""The embedded store: one SQLite file holding every article, its Reading and their parts.

``schema`` creates and upgrades the tables, ``writer`` is the single writer (one transaction per
batch), ``queries`` holds every view of the store as SQL (articles, events, quotes, actors,
stories), ``rows`` flattens a Reading into table rows, ``dedup`` tells articles apart, ``export``
writes the tables out. Nothing here parses text: readings arrive made (``dateline.corpus``).
"""
