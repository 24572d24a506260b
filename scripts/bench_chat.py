"""Benchmark the assistant through the REST channel: latency, throughput, memory, a load test.

Prints figures (never asserts them). Runs, on loopback:
  * turn latency p50/p95 and throughput at 1, 10 and 50 concurrent conversations, for a
    knowledge answer and a clinic search, against a bare baseline measured in the same run
    (the same trained model with every custom action replaced by a static response);
  * throughput with one Sanic worker and with two (SQL tracker store on PostgreSQL, Redis
    lock store), the only way Rasa runs several workers;
  * peak memory of each process, time from start to the first answer;
  * a load test: 100 concurrent conversations of 20 turns, counting errors and replies that
    reached the wrong conversation.
Usage: python scripts/bench_chat.py [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

import aiohttp
from aiohttp import web
from sqlalchemy import create_engine, text

from bot.config import PROJECT_ROOT
from bot.db import make_engine, session_scope
from bot.directory.csv_io import import_csv
from bot.kb.loader import load_knowledge_base
from bot.migrate import upgrade
from tooling.stack import Stack, free_port, wait_until_up

MODEL = PROJECT_ROOT / "models" / "assistant.tar.gz"
KNOWLEDGE = "how much does a ketamine infusion cost"
SEARCH = "ketamine clinics near {zip}"
ZIPS = ["30301", "80202", "98101", "10001", "60601", "94110", "97201", "02108", "33101", "78701"]
POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def peak_memory_mb(pid: int) -> float:
    """Peak resident memory (VmHWM) of a process and its children, in MiB (Linux)."""
    total = 0.0
    for candidate in [pid, *children(pid)]:
        try:
            for line in Path(f"/proc/{candidate}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            continue
    return total


def cpu_times() -> tuple[int, int]:
    """(busy, total) jiffies of all CPUs since boot, from /proc/stat (Linux)."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return sum(fields) - idle, sum(fields)


def cpu_busy(before: tuple[int, int], after: tuple[int, int]) -> float:
    return (after[0] - before[0]) / max(1, after[1] - before[1])


def children(pid: int) -> list[int]:
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
        except (OSError, ValueError):
            continue
        if fields.get("PPid", "").strip() == str(pid):
            child = int(status.parent.name)
            found += [child, *children(child)]
    return found


async def static_action_server(port: int) -> None:
    """The baseline's action server: every custom action answers one static line."""

    async def webhook(request: web.Request) -> web.Response:
        await request.json()
        return web.json_response({"events": [], "responses": [{"text": "Static reply."}]})

    async def health(request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    app = web.Application()
    app.add_routes([web.post("/webhook", webhook), web.get("/health", health)])
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    while True:
        await asyncio.sleep(3600)


async def conversation(
    session: aiohttp.ClientSession,
    url: str,
    messages: list[str],
    latencies: list[float],
    problems: list[str],
    check_places: bool,
) -> None:
    sender = f"bench-{uuid.uuid4().hex[:12]}"
    for message in messages:
        started = time.perf_counter()
        try:
            async with session.post(url, json={"sender": sender, "message": message}) as response:
                replies = await response.json()
                if response.status != 200 or not replies:
                    problems.append(f"HTTP {response.status}")
                elif any(reply.get("recipient_id") != sender for reply in replies):
                    problems.append("a reply reached the wrong conversation")
                elif (
                    check_places
                    and message.startswith("ketamine clinics near ")
                    and message.rsplit(" ", 1)[1] not in replies[0].get("text", "")
                ):
                    problems.append("a clinic search answered for another place")
        except (aiohttp.ClientError, asyncio.TimeoutError) as error:
            problems.append(type(error).__name__)
        latencies.append((time.perf_counter() - started) * 1000)


async def load(
    url: str,
    conversations: int,
    turns: int,
    message,
    check_places: bool = True,
    rounds: int = 1,
    new_connections: bool = False,
) -> dict:
    """``conversations`` visitors at once, each having ``rounds`` conversations of ``turns`` turns in a row.

    ``new_connections``: a connection per request, as nginx makes to its upstreams by default;
    otherwise connections are kept alive and pinned to whichever server worker accepted them.
    """
    latencies: list[float] = []
    problems: list[str] = []
    timeout = aiohttp.ClientTimeout(total=300)

    async def visitor(number: int) -> None:
        for _ in range(rounds):
            await conversation(
                session, url, [message(number, turn) for turn in range(turns)], latencies, problems, check_places
            )

    async with aiohttp.ClientSession(
        timeout=timeout, connector=aiohttp.TCPConnector(force_close=new_connections)
    ) as session:
        started = time.perf_counter()
        await asyncio.gather(*(visitor(number) for number in range(conversations)))
        elapsed = time.perf_counter() - started
    return summary(latencies, elapsed, problems)


def summary(latencies: list[float], elapsed: float, problems: list[str]) -> dict:
    return {
        "p50": percentile(latencies, 0.5),
        "p95": percentile(latencies, 0.95),
        "throughput": len(latencies) / elapsed,
        "turns": len(latencies),
        "problems": problems,
        "latencies": latencies,
        "elapsed": elapsed,
    }


def merged(parts: list[dict]) -> dict:
    return summary(
        [value for part in parts for value in part["latencies"]],
        sum(part["elapsed"] for part in parts),
        [problem for part in parts for problem in part["problems"]],
    )


def report(label: str, figures: dict) -> None:
    kinds = Counter(figures["problems"])
    problems = (
        f", {len(figures['problems'])} errors: " + "; ".join(f"{count} x {kind}" for kind, count in kinds.most_common())
        if kinds
        else ", 0 errors"
    )
    print(
        f"  {label:<44} p50 {figures['p50']:7.1f} ms  p95 {figures['p95']:7.1f} ms  "
        f"{figures['throughput']:6.1f} turns/s ({figures['turns']} turns{problems})",
        flush=True,
    )


def prepared_database(folder: Path) -> str:
    url = f"sqlite:///{folder / 'bench.db'}"
    engine = make_engine(url)
    upgrade(engine)
    with session_scope(engine) as session:
        load_knowledge_base(session, PROJECT_ROOT / "data" / "kb")
    with session_scope(engine) as session, (PROJECT_ROOT / "data/clinics/sample_clinics.csv").open() as stream:
        import_csv(session, stream)
    engine.dispose()
    return url


KINDS = (
    ("knowledge", lambda n, t: KNOWLEDGE),
    ("clinic search", lambda n, t: SEARCH.format(zip=ZIPS[(n + t) % len(ZIPS)])),
)


def compare_turns(stacks: dict[str, Stack], levels: list[int], turns: int) -> dict[str, dict]:
    """Turn latency of each stack, measured in alternating slices so that the machine's drift hits all alike.

    Each figure has at least 100 turns, and at least two slices per stack; a visitor has
    conversations of ``turns`` turns, one after another.
    """
    results: dict[str, dict] = {name: {} for name in stacks}
    for kind, message in KINDS:
        for level in levels:
            slices = max(2, 100 // (level * turns))
            parts: dict[str, list[dict]] = {name: [] for name in stacks}
            for _ in range(slices):
                for name, stack in stacks.items():
                    parts[name].append(
                        asyncio.run(
                            load(
                                stack.rasa_url + "/webhooks/rest/webhook",
                                level,
                                turns,
                                message,
                                check_places=name == "assistant",
                            )
                        )
                    )
            for name in stacks:
                results[name][(kind, level)] = figures = merged(parts[name])
                report(f"{name}, {kind}, {level} concurrent", figures)
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer turns (a smoke run)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    levels, turns = ([1, 10], 4) if args.quick else ([1, 10, 50], 10)
    with tempfile.TemporaryDirectory() as folder:
        database = prepared_database(Path(folder))
        env = {"DATABASE_URL": database}
        logs = Path(folder) / "logs"  # the servers' own output, kept out of the figures
        print("Turn latency through the REST channel (one Sanic worker, in-memory tracker), the assistant and")
        print("a baseline (the same model, every custom action a static reply) measured in alternating slices:")
        started = time.perf_counter()
        real = Stack(model=MODEL, rasa_port=free_port(), action_port=free_port(), env=env, log_dir=logs).start()
        asyncio.run(load(real.rasa_url + "/webhooks/rest/webhook", 1, 1, lambda n, t: KNOWLEDGE))
        first_answer = time.perf_counter() - started
        baseline = Stack(model=MODEL, rasa_port=free_port(), action_port=free_port(), env=env, log_dir=logs)
        try:
            static = baseline._spawn(
                "static-actions",
                [sys.executable, str(Path(__file__)), "--static-actions-port", str(baseline.action_port)],
            )
            wait_until_up(f"http://127.0.0.1:{baseline.action_port}/health", static, 60)
            baseline.start_rasa()
            figures = compare_turns({"assistant": real, "baseline": baseline}, levels, turns)
            baseline.stop()
            print("Load test: 100 concurrent conversations x 20 turns")
            mixed = asyncio.run(
                load(
                    real.rasa_url + "/webhooks/rest/webhook",
                    100,
                    20 if not args.quick else 4,
                    lambda n, t: KNOWLEDGE if t % 2 else SEARCH.format(zip=ZIPS[n % len(ZIPS)]),
                )
            )
            report("assistant, mixed turns, 100 concurrent", mixed)
            print(f"  conversations receiving another's replies or failing: {len(mixed['problems'])}")
            memory = {
                "Rasa server": peak_memory_mb(real.processes[1].pid),
                "action server": peak_memory_mb(real.processes[0].pid),
            }
        finally:
            baseline.stop()
            real.stop()
        print("Knowledge answers, p50 relative to the baseline:")
        for level in levels:
            ratio = figures["assistant"][("knowledge", level)]["p50"] / figures["baseline"][("knowledge", level)]["p50"]
            print(f"  {level:>2} concurrent: {ratio:.2f}x")
        workers = scale_workers(env, levels[-1], turns, logs)
        print(f"Two Sanic workers vs one (PostgreSQL tracker store, Redis lock store): {workers:.2f}x throughput")
        print("Peak memory:")
        for name, megabytes in memory.items():
            print(f"  {name}: {megabytes:.0f} MiB")
        print(f"Time from start to the first answer (set-up done): {first_answer:.1f} s")


def scale_workers(env: dict, concurrency: int, turns: int, logs: Path) -> float:
    name = f"bench_tracker_{uuid.uuid4().hex[:8]}"
    admin = create_engine(POSTGRES, isolation_level="AUTOCOMMIT", future=True)
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    production = {
        **env,
        "TRACKER_DB_HOST": "127.0.0.1",
        "TRACKER_DB_PORT": "5432",
        "TRACKER_DB_NAME": name,
        "TRACKER_DB_USER": "postgres",
        "TRACKER_DB_PASSWORD": "",
        "REDIS_HOST": "127.0.0.1",
        "REDIS_PORT": "6379",
        "REDIS_DB": "4",
        "ACTION_SERVER_SANIC_WORKERS": "2",
    }
    throughput = {}
    try:
        for workers in (1, 2):
            stack = Stack(
                model=MODEL,
                rasa_port=free_port(),
                action_port=free_port(),
                env={**production, "SANIC_WORKERS": str(workers)},
                endpoints="deploy/endpoints.production.yml",
                log_dir=logs,
            ).start()
            try:
                before = cpu_times()
                figures = asyncio.run(
                    load(
                        stack.rasa_url + "/webhooks/rest/webhook",
                        concurrency,
                        turns,
                        lambda n, t: KNOWLEDGE,
                        new_connections=True,
                    )
                )
                report(f"{workers} Sanic worker(s), knowledge, {concurrency} concurrent", figures)
                print(
                    f"    all {os.cpu_count()} CPUs busy {cpu_busy(before, cpu_times()):.0%} of the run "
                    "(servers, PostgreSQL, Redis and this load generator share them)"
                )
                throughput[workers] = figures["throughput"]
            finally:
                stack.stop()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()
    return throughput[2] / throughput[1]


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--static-actions-port":
        asyncio.run(static_action_server(int(sys.argv[2])))
    else:
        main()
