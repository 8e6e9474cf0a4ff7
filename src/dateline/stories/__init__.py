"""Above single articles: timeline summarization and story events merged across articles.

``timeline`` picks a topic's important dates and sentences; ``merge`` files event mentions from
many articles into story events; ``store`` keeps story events in the corpus store as articles are
ingested; ``accounts`` gathers what each side said about a story event; ``summary`` builds
timelines from a store; ``commands`` are the CLI parts; ``rouge``, ``porter`` and ``tlsmetrics``
score timelines as news-tls does. See docs/stories.md.
"""
