"""A process pool for chunks that survives pathological pages.

Each worker cleans one chunk at a time and reports, through shared memory, which record it is on and
since when. A record that overruns the time limit is normally stopped inside the worker by an alarm;
if the worker does not come back (stuck in native code) or dies, the parent kills it, marks that record
as an error (`timeout` / `crash`) and gives the rest of the chunk to a fresh worker.
At most one chunk per worker is in flight and one per worker is read ahead, so memory does not grow
with the input.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait

from threadclean.chunk import ChunkResult, ChunkTask, run_chunk, timeout_reason
from threadclean.readers import Record, resolve_record

POLL_SECONDS = 0.2
MAX_ATTEMPTS = 3
#: the largest unparsed corpus line the parent parses to name a failed record (a line that took a worker down
#: must not take the parent's memory too); larger ones are named by their position
MAX_PARENT_PARSE = 16 << 20
#: the parent kills a worker this long (at least) after the record's own alarm should have fired
HARD_GRACE = 5.0


def hard_limit(timeout: float) -> float:
    """How long the parent waits on one record before it kills the worker (the alarm fires first)."""
    return timeout + max(HARD_GRACE, timeout * 0.5)


def one_thread() -> None:
    """Keep a worker on one core: `--jobs N` runs N workers, and Parquet compression spreading over the other
    cores would only compete with the other workers (polars is held to one thread by `ONE_THREAD_ENV`)."""
    import pyarrow

    pyarrow.set_cpu_count(1)
    pyarrow.set_io_thread_count(1)


#: set in a worker's environment before it starts: polars sizes its thread pool when it is imported
ONE_THREAD_ENV = {"POLARS_MAX_THREADS": "1"}


@contextlib.contextmanager
def _child_env(extra: dict[str, str]):
    """os.environ with `extra` while a spawned child starts (it copies the parent's environment)."""
    saved = {k: os.environ.get(k) for k in extra}
    os.environ.update(extra)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def worker_main(conn: Connection, slot: int, started, index) -> None:
    """Worker loop: receive a chunk, clean it, write its part, send back the result; None stops it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    one_thread()

    def on_start(i: int | None) -> None:
        if i is None:
            started[slot] = 0.0
        else:
            index[slot] = i
            started[slot] = time.monotonic()

    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            result = run_chunk(task, on_start)
        except Exception as exc:  # noqa: BLE001 - e.g. the part cannot be written: report, keep serving
            started[slot] = 0.0
            result = ChunkResult(task.part, task.unit, failure=f"{type(exc).__name__}: {exc}")
        conn.send(result)


@dataclass
class _Slot:
    index: int
    proc: mp.process.BaseProcess | None = None
    conn: Connection | None = None
    task: ChunkTask | None = None


class WorkerPool:
    """`jobs` worker processes (spawn or forkserver) cleaning chunks, with per-record time limits."""

    def __init__(self, jobs: int, timeout: float | None = None, start_method: str = "spawn") -> None:
        self.ctx = mp.get_context(start_method)
        self.timeout = timeout
        self.started = self.ctx.RawArray("d", jobs)
        self.index = self.ctx.RawArray("q", jobs)
        self.slots = [_Slot(i) for i in range(jobs)]
        self.queue: deque[ChunkTask] = deque()

    def _start(self, slot: _Slot) -> None:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=worker_main, args=(child, slot.index, self.started, self.index),
                                daemon=True, name=f"threadclean-worker-{slot.index}")
        with _child_env(ONE_THREAD_ENV):
            proc.start()
        child.close()
        self.started[slot.index] = 0.0
        slot.proc, slot.conn, slot.task = proc, parent, None

    def _kill(self, slot: _Slot) -> None:
        if slot.proc is not None and slot.proc.is_alive():
            slot.proc.kill()
        if slot.proc is not None:
            slot.proc.join(5)
        if slot.conn is not None:
            slot.conn.close()

    def live_done(self) -> int:
        """Records finished in the chunks now in flight (for the progress bar)."""
        return sum(self.index[s.index] for s in self.slots if s.task is not None)

    def _retry(self, slot: _Slot, reason: str | None) -> None:
        """The worker is gone: mark the record it was on, restart the slot, give the chunk back."""
        task = slot.task
        assert task is not None
        if reason is not None:
            task.skip[self.index[slot.index]] = reason
        else:
            task.attempts += 1
        self._kill(slot)
        self._start(slot)
        self.queue.appendleft(task)

    def _check(self, slot: _Slot, ready: list, on_result: Callable[[ChunkResult], None]) -> None:
        if slot.conn in ready or slot.conn.poll():
            try:
                result = slot.conn.recv()
            except (EOFError, OSError):
                return self._died(slot)
            slot.task = None
            on_result(result)
        elif not slot.proc.is_alive():
            self._died(slot)
        elif self.timeout:
            self._check_hang(slot)

    def _died(self, slot: _Slot) -> None:
        running = self.started[slot.index] > 0
        reason = f"crash: worker process died (exit code {slot.proc.exitcode}) while cleaning this record"
        self._retry(slot, self._where(slot, reason) if running else None)

    def _where(self, slot: _Slot, reason: str) -> str:
        rec = self._failed_record(slot)
        return f"{reason} [{rec.where}]" if rec.where else reason

    def _failed_record(self, slot: _Slot) -> Record:
        """The record the worker was on; a corpus line it had not parsed is parsed here (when small enough to
        parse safely), so that its error row carries the id, and doc_id, a clean run gives it."""
        task, i = slot.task, self.index[slot.index]
        rec = task.records[i]
        if rec.pending is not None and rec.size <= MAX_PARENT_PARSE:
            rec = task.records[i] = resolve_record(rec)
        return rec

    def _check_hang(self, slot: _Slot) -> None:
        i = self.index[slot.index]
        since = self.started[slot.index]
        if since and i == self.index[slot.index] and time.monotonic() - since > hard_limit(self.timeout):
            self._retry(slot, timeout_reason(self._failed_record(slot), self.timeout))

    def _fail(self, task: ChunkTask, on_result: Callable[[ChunkResult], None]) -> None:
        on_result(ChunkResult(task.part, task.unit, failure=f"worker died {task.attempts} times outside a record"))

    def _dispatch(self, tasks: Iterator[ChunkTask], on_result: Callable[[ChunkResult], None]) -> bool:
        """Read ahead, hand chunks to idle workers; False when everything is done."""
        exhausted = False
        while len(self.queue) < len(self.slots):
            task = next(tasks, None)
            if task is None:
                exhausted = True
                break
            self.queue.append(task)
        for slot in self.slots:
            while slot.task is None and self.queue:
                task = self.queue.popleft()
                if task.attempts >= MAX_ATTEMPTS:
                    self._fail(task, on_result)
                    continue
                slot.task = task
                slot.conn.send(task)
        return not (exhausted and not self.queue and all(s.task is None for s in self.slots))

    def run(self, tasks: Iterable[ChunkTask], on_result: Callable[[ChunkResult], None],
            on_tick: Callable[[], None] | None = None) -> None:
        """Clean every task; `on_result` gets each chunk's result in the parent, `on_tick` runs between polls."""
        it = iter(tasks)
        for slot in self.slots:
            self._start(slot)
        try:
            while self._dispatch(it, on_result):
                busy = [s for s in self.slots if s.task is not None]
                ready = wait([s.conn for s in busy] + [s.proc.sentinel for s in busy], timeout=POLL_SECONDS)
                for slot in busy:
                    self._check(slot, ready, on_result)
                if on_tick:
                    on_tick()
        finally:
            self.close()

    def close(self) -> None:
        for slot in self.slots:
            if slot.conn is not None and slot.proc is not None and slot.proc.is_alive() and slot.task is None:
                with contextlib.suppress(OSError):
                    slot.conn.send(None)
        for slot in self.slots:
            if slot.proc is not None:
                slot.proc.join(2)
            self._kill(slot)
