#!/usr/bin/env python3
"""Prints what a Schemathesis run did, from its NDJSON report: the requests sent, and for each
check how many responses it passed and failed. Exits 1 if any check failed.

Usage: summarize.py REPORT.ndjson
"""

from __future__ import annotations

import collections
import json
import sys


def main(path: str) -> int:
    requests = 0
    checks: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    with open(path, encoding="utf-8") as report:
        for line in report:
            event = json.loads(line)
            finished = event.get("ScenarioFinished")
            if not finished:
                continue
            recorder = finished.get("recorder", {})
            requests += len(recorder.get("interactions", {}))
            for results in recorder.get("checks", {}).values():
                for result in results:
                    checks[result["name"]][result["status"]] += 1
    print(f"schemathesis: {requests} requests sent")
    failed = 0
    for name in sorted(checks):
        counts = checks[name]
        failed += counts["failure"]
        print(f"  {name:<32} {counts['success']:>6} passed, {counts['failure']:>3} failed")
    print(f"{sum(c['success'] for c in checks.values())} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
