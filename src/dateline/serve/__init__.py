"""``dateline serve``: a local, read-only web view of a store, with a JSON twin of every page.

``app`` builds the ASGI app (routes, safety headers, error pages), ``resources`` says what each
page shows (asking only the store's named queries), ``params`` checks the query string,
``highlight`` cuts an article's text into its coded parts, ``charts`` draws SVG charts with
Vega-Lite, ``connections`` holds one read-only connection per thread and ``server`` runs it all
under uvicorn. Needs the ``serve`` extra: ``pip install 'dateline[serve]'``.
"""

LOOPBACK = "127.0.0.1"  # where the web view listens unless told otherwise
