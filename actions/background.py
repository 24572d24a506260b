"""Work a reply need not wait for: the anonymous usage counts, written on the default thread pool.

Counting must never slow or break a reply (``bot.stats`` already swallows database errors),
so the action returns at once and the write finishes on its own.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any


def in_background(function: Callable[..., Any], *args: Any) -> None:
    """Run ``function(*args)`` on the event loop's default executor without waiting for it."""
    asyncio.get_running_loop().run_in_executor(None, function, *args)
