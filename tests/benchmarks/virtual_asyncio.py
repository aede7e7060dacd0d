#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""CPython's own asyncio cooking bench_engine's meal on a virtual clock.

Usage: virtual_asyncio.py DISHES  ->  prints "DISHES MILLISECONDS EVENTS TOTAL"
The selector jumps idle time instead of sleeping, and blocking work advances
the clock, so this measures asyncio's scheduling cost alone, like the engine's
virtual clock. The meal mirrors BenchMeals::gatherMeal in benchmeals.h.
"""
import asyncio
import selectors
import sys
import time


class VirtualSelector(selectors.DefaultSelector):
    loop = None

    def select(self, timeout=None):
        if timeout:
            self.loop.now += timeout  # idle until the next timer: jump
        return []


class VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        self.now = 0
        selector = VirtualSelector()
        super().__init__(selector)
        selector.loop = self

    def time(self):
        return self.now


# Integer ticks, as in the engine, so no float rounding reorders timers.
TICKS_PER_UNIT = 1000
log = []


async def dish(loop, i, steps=10):
    for s in range(steps):
        log.append("start")
        if s % 5 == 4:
            loop.now += 1  # time.sleep(0.001): blocking work holds the loop
        else:
            await asyncio.sleep(((i + s) % 7 + 1) * TICKS_PER_UNIT)
        log.append("end")


async def main(loop, dishes):
    await asyncio.gather(*(dish(loop, i) for i in range(dishes)))


def run(dishes):
    loop = VirtualLoop()
    started = time.perf_counter()
    loop.run_until_complete(main(loop, dishes))
    elapsed_ms = (time.perf_counter() - started) * 1000
    total = loop.now
    loop.close()
    print(dishes, round(elapsed_ms, 1), len(log), total / TICKS_PER_UNIT)


if __name__ == "__main__":
    run(int(sys.argv[1]))
