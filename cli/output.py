"""What commands tell the person at the terminal (results on stdout, problems on stderr)."""

import sys


def say(message: str) -> None:
    sys.stdout.write(message + "\n")


def complain(message: str) -> None:
    sys.stderr.write(message + "\n")
