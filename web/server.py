"""Running the web app locally (``make run``); production runs :func:`web.create_app` under gunicorn."""

from __future__ import annotations

import logging

from web import create_app

log = logging.getLogger(__name__)


def serve(host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the app with Flask's threaded development server until interrupted."""
    app = create_app()
    log.info("web app on http://%s:%s/ (development server; use gunicorn in production)", host, port)
    app.run(host=host, port=port, threaded=True, debug=False, use_reloader=False)
