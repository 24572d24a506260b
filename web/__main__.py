"""``python -m web``: the web app (admin, portal, demo page) on Flask's development server.

The process launcher (:mod:`tooling.stack`) starts it this way; production uses gunicorn.
"""

import argparse
import logging
import sys

from bot.secrets import exit_code_explaining_secrets
from web.server import serve

parser = argparse.ArgumentParser(prog="python -m web", description=__doc__.splitlines()[0])
parser.add_argument("--host", default="127.0.0.1")
parser.add_argument("--port", type=int, default=8000)
arguments = parser.parse_args()
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")


def _serve() -> int:
    serve(host=arguments.host, port=arguments.port)
    return 0


sys.exit(exit_code_explaining_secrets(_serve))
