#!/usr/bin/env python3
"""Writes a bulk-ingest file from the web pages WiCE cites, each page repeated under fresh ids.

    python3 bench/wice-corpus.py ../shared/eval/wice-dev.jsonl COPIES > /tmp/wice-pages.jsonl

One Article per line (proto JSON names), pre-split sentences as given. ~41,700 sentences a copy.
"""
import json
import sys

src, copies = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1
pages = [json.loads(l) for l in open(src) if l.strip()]
for c in range(copies):
    for i, p in enumerate(pages):
        print(json.dumps({"id": f"wice-{c}-{i}", "title": p["meta"].get("claim_title", ""),
                          "publishedAt": "2023-01-01T00:00:00Z", "sentences": p["evidence"]}))
