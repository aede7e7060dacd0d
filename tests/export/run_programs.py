#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Runs exported meal programs side by side, for tst_cpython.

Usage: run_programs.py WORKERS SCALE PROGRAM...

Each program runs as __main__, as `python3 PROGRAM SCALE` would run it, with
KITCHEN_TIMESTAMPS=1 so that it prints every line as JSON, [meal time, "text"],
and its total last; each line also gets the loop turn (the count of
BaseEventLoop._run_once() calls) it was printed in. The programs mostly sleep, so WORKERS of them run at once.
The workers are forked from this interpreter once it has imported asyncio and
run a loop: starting dozens of fresh interpreters at the same moment would
keep the CPU busy just when the first meals need it to be on time. Programs
are handed out in the order given, each to the next free worker, so list the
longest first. For each program this prints one JSON object on a line:
{"program": PATH, "lines": [[time, text, turn], ...], "total": TIME, "error": null or text}.
"""
import asyncio
import builtins
import contextlib
import io
import json
import multiprocessing
import os
import runpy
import sys
import traceback

SCALE = "1"
TURN = 0  # _run_once() calls so far in this program's loop


def count_loop_turns():
    run_once = asyncio.base_events.BaseEventLoop._run_once

    def counted(self):
        global TURN
        TURN += 1
        return run_once(self)

    asyncio.base_events.BaseEventLoop._run_once = counted


def run(path):
    sys.argv = [path, SCALE]
    # A real text stream, not a StringIO: the program reconfigures sys.stdout.
    captured = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    global TURN
    TURN = 0
    turns = []  # the turn of each line the program prints, in order
    real_print = builtins.print

    def print_in_turn(*args, **kwargs):
        # Only the program's own lines: logging a never-retrieved task exception
        # prints its traceback to another file through this same print.
        if kwargs.get("file") in (None, sys.stdout):
            turns.append(TURN)
        real_print(*args, **kwargs)

    builtins.print = print_in_turn
    error = None
    try:
        with contextlib.redirect_stdout(captured):
            runpy.run_path(path, run_name="__main__")
    except BaseException:  # a SystemExit from the program counts as a failure too
        error = traceback.format_exc()
    builtins.print = real_print
    captured.flush()
    lines = []
    total = None
    for text, turn in zip(captured.buffer.getvalue().decode("utf-8").splitlines(), turns):
        try:
            record = json.loads(text)
        except ValueError:
            error = error or f"not a timestamped line: {text!r}"
            continue
        if isinstance(record, dict):
            total = record.get("total")
        else:
            lines.append(record + [turn])
    return {"program": path, "lines": lines, "total": total, "error": error}


def main():
    global SCALE
    workers = int(sys.argv[1])
    SCALE = sys.argv[2]
    programs = sys.argv[3:]
    os.environ["KITCHEN_TIMESTAMPS"] = "1"
    count_loop_turns()
    asyncio.run(asyncio.sleep(0))  # the workers inherit a warm asyncio
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for result in pool.imap_unordered(run, programs, chunksize=1):
            print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
