#!/usr/bin/env python3
"""Uploads a file to DBFS with create / add-block / close, one call at a time,
the way the Databricks guides script it with `requests`: read 1 MB, base64 it,
post it as JSON. The peer bench_dbfstransfers compares Brickdesk against.

Usage: dbfs_block_upload.py HOST TOKEN DBFS_PATH LOCAL_FILE
Prints the milliseconds from create to close on stdout.
"""
import base64
import sys
import time

import requests


def main():
    host, token, path, local = sys.argv[1:5]
    session = requests.Session()
    session.headers["Authorization"] = "Bearer " + token
    api = host.rstrip("/") + "/api/2.0/dbfs/"
    started = time.monotonic()
    reply = session.post(api + "create", json={"path": path, "overwrite": True})
    reply.raise_for_status()
    handle = reply.json()["handle"]
    with open(local, "rb") as source:
        while True:
            block = source.read(1024 * 1024)
            if not block:
                break
            data = base64.b64encode(block).decode("ascii")
            session.post(api + "add-block", json={"handle": handle, "data": data}).raise_for_status()
    session.post(api + "close", json={"handle": handle}).raise_for_status()
    print(round((time.monotonic() - started) * 1000))


if __name__ == "__main__":
    main()
