#!/usr/bin/env python3
"""Compares `herald search` on an SQLite store and a PostgreSQL store filled from the same feeds.

Runs `herald run` on the feeds into a new SQLite store and a new PostgreSQL database (created with psql on the
server of HERALD_TEST_POSTGRES), then, for each query, the articles each store finds (by canonical URL, since the
two number articles their own way): whether they find the same articles, the same first one, the same order.

    export HERALD_TEST_POSTGRES="$(.ci/start-test-postgres)"
    python3 Tests/Benchmarks/search/compare-rankings.py .build/debug/herald Feeds/feeds.yaml
"""
import json
import os
import subprocess
import sys
import tempfile
import time

QUERIES = [
    "stablecoin", "ban", "exchange", "licence", "central bank", "crypto", "bitcoin", "title:ban", "ban OR prohibit",
    "trading", "payment", "customers", "regulator", "license*", "binance", "warning", "exchange NOT bitcoin",
    '"central bank"', "ban AND crypto", "tokens",
]


def main():
    herald, feeds = sys.argv[1], sys.argv[2]
    server = os.environ["HERALD_TEST_POSTGRES"]
    database = f"herald_rankings_{int(time.time())}"
    subprocess.run(["psql", server, "-qc", f"CREATE DATABASE {database}"], check=True)
    postgres = server.split("?")[0].rsplit("/", 1)[0] + f"/{database}?sslmode=disable"
    folder = tempfile.mkdtemp(prefix="herald-rankings-")
    sqlite_store = ["--output", f"{folder}/sqlite"]
    postgres_store = ["--output", f"{folder}/postgres", "--store", postgres]
    for store in (sqlite_store, postgres_store):
        subprocess.run([herald, "run", "--feeds", feeds, "--concurrent-feeds", "1"] + store, check=True,
                       capture_output=True)

    def hits(store, query):
        out = subprocess.run([herald, "search", query, "--json", "--limit", "50"] + store, capture_output=True,
                             text=True, check=True).stdout
        return [json.loads(line)["url"] for line in out.splitlines()]

    labels = {}
    counts = {"queries with hits": 0, "same articles": 0, "same first": 0, "same order": 0}
    for query in QUERIES:
        sqlite, pg = hits(sqlite_store, query), hits(postgres_store, query)
        for url in sqlite + pg:
            labels.setdefault(url, chr(ord("A") + len(labels)))
        if not sqlite and not pg:
            continue
        counts["queries with hits"] += 1
        counts["same articles"] += set(sqlite) == set(pg)
        counts["same first"] += sqlite[:1] == pg[:1]
        counts["same order"] += sqlite == pg
        print(f"{query:22} sqlite {''.join(labels[u] for u in sqlite):14} postgres {''.join(labels[u] for u in pg)}")
    print("; ".join(f"{name}: {count}" for name, count in counts.items()))


if __name__ == "__main__":
    main()
