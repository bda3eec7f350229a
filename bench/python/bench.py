#!/usr/bin/env python3
"""One workload with Pangea's official Python SDK (`pangea-sdk`), measured from inside this process.

The Python counterpart of `authn-bench client`: run by the `authn-bench` orchestrator in the
virtual environment it installs `pangea-sdk` into, against an emulator it started. Prints one
JSON line with the same fields as the Rust clients (see bench/src/measure.rs).

    bench.py --workload sequential|concurrent|mixed|pagination --url URL --token TOKEN --n N
             [--concurrency C] [--page-size P] [--server-pid PID]

- sequential: the sync `AuthN`, one `user.profile.get` after the other.
- concurrent: `AuthNAsync`, C asyncio tasks calling `user.profile.get`.
- mixed: `AuthNAsync`, C tasks each living users through create, update, profile.update, get
  and delete (N requests, N / 5 users).
- pagination: the sync `AuthN`, `user.list(size=P, last=...)` until there is no `last`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import math
import os
import resource
import sys
import time
from typing import Any

import pangea
from pangea import PangeaConfig
from pangea.asyncio.services import AuthNAsync
from pangea.asyncio.services.base import ServiceBaseAsync
from pangea.services import AuthN

# The SDK logs through the "pangea" logger; nothing is logged on success, and a failure raises.
logging.getLogger("pangea").addHandler(logging.NullHandler())

USER_HZ = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def process_cpu(pid: int | None) -> float | None:
    """User + system CPU seconds of another process, from /proc/<pid>/stat."""
    if pid is None:
        return None
    try:
        with open(f"/proc/{pid}/stat") as f:
            stat = f.read()
    except OSError:
        return None
    fields = stat[stat.rfind(")") + 1 :].split()
    return (int(fields[11]) + int(fields[12])) / USER_HZ


def quantile(values: list[int], q: float) -> float:
    """Nearest rank, as the Rust clients compute it."""
    if not values:
        return 0.0
    values.sort()
    rank = max(1, min(len(values), math.ceil(q * len(values))))
    return float(values[rank - 1])


def config(url: str) -> PangeaConfig:
    # The emulator serves at the root: no {SERVICE_NAME} in the template (see
    # authn-emulator/python/check_python_sdk.py). Everything else is the SDK's default.
    return PangeaConfig(base_url_template=url)


def check(response: Any, call: str) -> Any:
    if not response.success:
        raise SystemExit(f"pangea-sdk: {call} answered {response.status}: {response.summary}")
    return response.result


def first_ids(authn: AuthN, n: int) -> list[str]:
    users = check(authn.user.list(size=n), "user.list").users
    return [u.id for u in users]


# -- sync ------------------------------------------------------------------------------------


def sequential(authn: AuthN, ids: list[str], n: int) -> list[int]:
    latencies = []
    for i in range(n):
        start = time.perf_counter_ns()
        check(authn.user.profile.get(id=ids[i % len(ids)]), "user.profile.get")
        latencies.append(time.perf_counter_ns() - start)
    return latencies


def paginate(authn: AuthN, page_size: int) -> tuple[int, int, list[int]]:
    seen, pages, latencies = 0, 0, []
    last = None
    while True:
        start = time.perf_counter_ns()
        result = check(authn.user.list(size=page_size, last=last), "user.list")
        latencies.append(time.perf_counter_ns() - start)
        pages += 1
        for user in result.users:
            seen += 1 if user.id else 0
        last = result.last
        if not last:
            return seen, pages, latencies


# -- async -----------------------------------------------------------------------------------


async def gets_async(authn: AuthNAsync, ids: list[str], n: int, concurrency: int) -> list[int]:
    counter = iter(range(n))
    latencies: list[int] = []

    async def worker() -> None:
        for i in counter:
            start = time.perf_counter_ns()
            check(await authn.user.profile.get(id=ids[i % len(ids)]), "user.profile.get")
            latencies.append(time.perf_counter_ns() - start)

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies


async def mixed_async(authn: AuthNAsync, n: int, concurrency: int) -> list[int]:
    counter = iter(range(n // 5))
    latencies: list[int] = []
    tag = f"{os.getpid()}{time.time_ns() % 1_000_000_000}"

    async def timed(call: str, awaitable: Any) -> Any:
        start = time.perf_counter_ns()
        result = check(await awaitable, call)
        latencies.append(time.perf_counter_ns() - start)
        return result

    async def worker() -> None:
        for i in counter:
            email = f"mixed-{tag}-{i}@example.com"
            user = await timed("user.create", authn.user.create(email=email, profile={"first_name": "Bench", "last_name": "User"}))
            await timed("user.update", authn.user.update(id=user.id, disabled=True))
            await timed("user.profile.update", authn.user.profile.update(profile={"nickname": f"nick{i}"}, id=user.id))
            await timed("user.profile.get", authn.user.profile.get(id=user.id))
            await timed("user.delete", authn.user.delete(id=user.id))

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies


async def run_async(args: argparse.Namespace) -> tuple[int, int, list[int], dict[str, Any], dict[str, Any]]:
    authn = AuthNAsync(args.token, config=config(args.url))
    try:
        ids = [u.id for u in check(await authn.user.list(size=1000), "user.list").users]
        await gets_async(authn, ids, max(4 * args.concurrency, 50), args.concurrency)
        before = mark(args)
        if args.workload == "concurrent":
            latencies = await gets_async(authn, ids, args.n, args.concurrency)
        else:
            latencies = await mixed_async(authn, args.n, args.concurrency)
        after = mark(args)
        return len(latencies), len(latencies), latencies, before, after
    finally:
        await authn.close()
        # pangea-sdk 6.13.0: AuthNAsync.close() and UserAsync.close() close their sub-services'
        # aiohttp sessions but not their own.
        for service in (authn, authn.user):
            await ServiceBaseAsync.close(service)


# -- measuring -------------------------------------------------------------------------------


def mark(args: argparse.Namespace) -> dict[str, Any]:
    """What the measured section's figures are differences of."""
    return {
        "usage": resource.getrusage(resource.RUSAGE_SELF),
        "server": process_cpu(args.server_pid),
        "time": time.perf_counter(),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workload", required=True, choices=["sequential", "concurrent", "mixed", "pagination"])
    parser.add_argument("--url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--concurrency", type=int, default=None)
    parser.add_argument("--page-size", type=int, default=1000)
    parser.add_argument("--server-pid", type=int, default=None)
    args = parser.parse_args(argv[1:])
    if args.concurrency is None:
        args.concurrency = 64 if args.workload in ("concurrent", "mixed") else 1

    version = pangea.__version__
    if args.workload in ("concurrent", "mixed"):
        client = f"pangea-sdk {version}, AuthNAsync, {args.concurrency} asyncio tasks"
        requests, items, latencies, before, after = asyncio.run(run_async(args))
    else:
        authn = AuthN(args.token, config=config(args.url))
        ids = first_ids(authn, 1000)
        if args.workload == "sequential":
            client = f"pangea-sdk {version}, AuthN (sync)"
            sequential(authn, ids, 50)
            before = mark(args)
            latencies = sequential(authn, ids, args.n)
            after = mark(args)
            requests = items = len(latencies)
        else:
            client = f"pangea-sdk {version}, AuthN (sync), a loop on result.last"
            before = mark(args)
            seen, requests, latencies = paginate(authn, args.page_size)
            after = mark(args)
            if seen != args.n:
                raise SystemExit(f"pagination saw {seen} users, but the emulator holds {args.n}")
            items = seen
    server = None if before["server"] is None or after["server"] is None else after["server"] - before["server"]
    sample = {
        "contender": "python",
        "workload": args.workload,
        "client": client,
        "requests": requests,
        "items": items,
        "concurrency": args.concurrency,
        "runtime": "python",
        "wall_s": after["time"] - before["time"],
        "cpu_user_s": after["usage"].ru_utime - before["usage"].ru_utime,
        "cpu_sys_s": after["usage"].ru_stime - before["usage"].ru_stime,
        "max_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "p50_us": quantile(latencies, 0.50) / 1e3,
        "p99_us": quantile(latencies, 0.99) / 1e3,
        "server_cpu_s": server,
    }
    print(json.dumps(sample), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
