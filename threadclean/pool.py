"""A process pool for chunks that survives pathological pages.

Each worker cleans one chunk at a time and reports, through shared memory, which record it is on and
since when. A record that overruns the time limit is normally stopped inside the worker by an alarm;
if the worker does not come back (stuck in native code) or dies, the parent kills it, marks that record
as an error (`timeout` / `crash`) and gives the rest of the chunk to a fresh worker.
Chunks are pickled when they are read, and a worker's next chunk waits for it in its connection's socket
buffer while it cleans the current one, so a worker does not sit idle between chunks while the parent reads,
pickles and sends. At most two chunks per worker are in flight and one per worker is read ahead, so memory
does not grow with the input.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import signal
import socket
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.reduction import ForkingPickler

from threadclean.chunk import ChunkResult, ChunkTask, run_chunk, timeout_reason
from threadclean.readers import Record, resolve_record

POLL_SECONDS = 0.2
MAX_ATTEMPTS = 3
#: the largest unparsed corpus line the parent parses to name a failed record (a line that took a worker down
#: must not take the parent's memory too); larger ones are named by their position
MAX_PARENT_PARSE = 16 << 20
#: the parent kills a worker this long (at least) after the record's own alarm should have fired
HARD_GRACE = 5.0
#: socket buffer asked for on each worker connection (the kernel caps it): room for the worker's next chunk
SOCKET_BUFFER = 8 << 20
#: chunks in flight per worker: the one it cleans and the next one, waiting in the socket buffer
DEPTH = 2


def hard_limit(timeout: float) -> float:
    """How long the parent waits on one record before it kills the worker (the alarm fires first)."""
    return timeout + max(HARD_GRACE, timeout * 0.5)


def one_thread() -> None:
    """Keep a worker on one core: `--jobs N` runs N workers, and Parquet compression spreading over the other
    cores would only compete with the other workers (polars, and pyarrow when it is first imported, are held to
    one thread by `ONE_THREAD_ENV`). pyarrow is not imported for this: the workers of the pool do not need it."""
    pyarrow = sys.modules.get("pyarrow")
    if pyarrow is not None:
        pyarrow.set_cpu_count(1)
        pyarrow.set_io_thread_count(1)


#: set in a worker's environment before it starts: polars sizes its thread pool when it is imported, pyarrow its
#: CPU pool (from OMP_NUM_THREADS) and I/O pool when it is first used
ONE_THREAD_ENV = {"POLARS_MAX_THREADS": "1", "OMP_NUM_THREADS": "1", "ARROW_IO_THREADS": "1"}


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


def worker_main(conn: Connection, slot: int, started, index, received) -> None:
    """Worker loop: receive a chunk, clean it, write its part, send back the result; None stops it.

    `received[slot]` counts the chunks taken out of the connection: the parent sends the next chunk ahead
    only once the socket holds nothing else."""
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
        received[slot] += 1
        if task is None:
            return
        try:
            result = run_chunk(task, on_start)
        except Exception as exc:  # noqa: BLE001 - e.g. the part cannot be written: report, keep serving
            started[slot] = 0.0
            result = ChunkResult(task.part, task.unit, failure=f"{type(exc).__name__}: {exc}")
        conn.send(result)


@dataclass
class _Pickled:
    """A chunk pickled once, when it is read (the parent keeps no other copy of its records)."""

    payload: memoryview
    part: str
    unit: str
    attempts: int

    @classmethod
    def of(cls, task: ChunkTask) -> _Pickled:
        return cls(ForkingPickler.dumps(task), task.part, task.unit, task.attempts)

    def task(self) -> ChunkTask:
        return ForkingPickler.loads(self.payload)


@dataclass
class _Slot:
    index: int
    proc: mp.process.BaseProcess | None = None
    conn: Connection | None = None
    #: chunks sent and not answered yet, oldest first: the worker is on the first one
    tasks: deque[_Pickled] = field(default_factory=deque)
    sent: int = 0
    #: the largest chunk sent ahead, while the worker cleans another (it must fit in the socket buffer)
    ahead_bytes: int = 0


def _widen(parent: Connection, child: Connection) -> int:
    """Ask for SOCKET_BUFFER on both ends of a worker connection; the bytes a chunk sent ahead may take (0 when
    the connection is not a socket)."""
    try:
        with socket.socket(fileno=os.dup(parent.fileno())) as p, socket.socket(fileno=os.dup(child.fileno())) as c:
            p.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SOCKET_BUFFER)
            c.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, SOCKET_BUFFER)
            room = p.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF)
    except OSError:
        return 0
    return room * 3 // 4  # a quarter left for the kernel's bookkeeping


class WorkerPool:
    """`jobs` worker processes (spawn or forkserver) cleaning chunks, with per-record time limits."""

    def __init__(self, jobs: int, timeout: float | None = None, start_method: str = "spawn") -> None:
        self.ctx = mp.get_context(start_method)
        self.timeout = timeout
        self.started = self.ctx.RawArray("d", jobs)
        self.index = self.ctx.RawArray("q", jobs)
        self.received = self.ctx.RawArray("q", jobs)
        self.slots = [_Slot(i) for i in range(jobs)]
        self.queue: deque[_Pickled] = deque()

    def _start(self, slot: _Slot) -> None:
        parent, child = self.ctx.Pipe()
        ahead = _widen(parent, child)
        proc = self.ctx.Process(target=worker_main, args=(child, slot.index, self.started, self.index, self.received),
                                daemon=True, name=f"threadclean-worker-{slot.index}")
        self.started[slot.index] = 0.0
        self.received[slot.index] = 0
        with _child_env(ONE_THREAD_ENV):
            proc.start()
        child.close()
        slot.proc, slot.conn, slot.tasks, slot.sent, slot.ahead_bytes = proc, parent, deque(), 0, ahead

    def _kill(self, slot: _Slot) -> None:
        if slot.proc is not None and slot.proc.is_alive():
            slot.proc.kill()
        if slot.proc is not None:
            slot.proc.join(5)
        if slot.conn is not None:
            slot.conn.close()

    def live_done(self) -> int:
        """Records finished in the chunks now in flight (for the progress bar)."""
        return sum(self.index[s.index] for s in self.slots if s.tasks)

    def _retry(self, slot: _Slot, reason: Callable[[Record], str] | None) -> None:
        """The worker is gone: mark the record it was on (`reason` of that record) or count the attempt, restart
        the slot, give its chunks back in order."""
        first, *rest = slot.tasks
        task = first.task()
        if reason is not None:
            i = self.index[slot.index]
            rec = task.records[i] = self._named(task.records[i])
            task.skip[i] = reason(rec)
        else:
            task.attempts += 1
        self._kill(slot)
        self._start(slot)
        self.queue.extendleft(reversed([_Pickled.of(task), *rest]))

    def _check(self, slot: _Slot, ready: list, on_result: Callable[[ChunkResult], None]) -> None:
        if slot.conn in ready or slot.conn.poll():
            try:
                result = slot.conn.recv()
            except (EOFError, OSError):
                return self._died(slot)
            slot.tasks.popleft()
            on_result(result)
        elif not slot.proc.is_alive():
            self._died(slot)
        elif self.timeout:
            self._check_hang(slot)

    def _died(self, slot: _Slot) -> None:
        running = self.started[slot.index] > 0
        crash = f"crash: worker process died (exit code {slot.proc.exitcode}) while cleaning this record"
        self._retry(slot, (lambda rec: f"{crash} [{rec.where}]" if rec.where else crash) if running else None)

    @staticmethod
    def _named(rec: Record) -> Record:
        """The record a worker failed on; a corpus line it had not parsed is parsed here (when small enough to
        parse safely), so that its error row carries the id, and doc_id, a clean run gives it."""
        if rec.pending is not None and rec.size <= MAX_PARENT_PARSE:
            return resolve_record(rec)
        return rec

    def _check_hang(self, slot: _Slot) -> None:
        i = self.index[slot.index]
        since = self.started[slot.index]
        if since and i == self.index[slot.index] and time.monotonic() - since > hard_limit(self.timeout):
            self._retry(slot, lambda rec: timeout_reason(rec, self.timeout))

    def _fail(self, item: _Pickled, on_result: Callable[[ChunkResult], None]) -> None:
        on_result(ChunkResult(item.part, item.unit, failure=f"worker died {item.attempts} times outside a record"))

    def _read_ahead(self, tasks: Iterator[ChunkTask]) -> bool:
        """Queue (pickled) up to one chunk per worker; False once the tasks are exhausted."""
        while len(self.queue) < len(self.slots):
            task = next(tasks, None)
            if task is None:
                return False
            self.queue.append(_Pickled.of(task))
        return True

    def _takes(self, slot: _Slot, item: _Pickled) -> bool:
        """An idle worker takes any chunk; a busy one a chunk that waits in its socket buffer, once the buffer
        holds nothing else (a send then never blocks on a worker that may be stuck)."""
        if not slot.tasks:
            return True
        return (len(slot.tasks) < DEPTH and self.received[slot.index] == slot.sent
                and len(item.payload) <= slot.ahead_bytes)

    def _send(self, slot: _Slot, item: _Pickled) -> None:
        slot.tasks.append(item)
        slot.sent += 1
        # a worker that died meanwhile is found by the next check, which gives the chunk back
        with contextlib.suppress(OSError):
            slot.conn.send_bytes(item.payload)

    def _assign(self, on_result: Callable[[ChunkResult], None]) -> None:
        for slot in self.slots:
            while self.queue and self._takes(slot, self.queue[0]):
                item = self.queue.popleft()
                if item.attempts >= MAX_ATTEMPTS:
                    self._fail(item, on_result)
                    continue
                self._send(slot, item)

    def _dispatch(self, tasks: Iterator[ChunkTask], on_result: Callable[[ChunkResult], None]) -> bool:
        """Hand chunks to workers, then read ahead for the next ones; False when everything is done."""
        more = self._read_ahead(tasks)
        self._assign(on_result)
        more = self._read_ahead(tasks) and more
        return more or bool(self.queue) or any(s.tasks for s in self.slots)

    def run(self, tasks: Iterable[ChunkTask], on_result: Callable[[ChunkResult], None],
            on_tick: Callable[[], None] | None = None) -> None:
        """Clean every task; `on_result` gets each chunk's result in the parent, `on_tick` runs between polls."""
        it = iter(tasks)
        for slot in self.slots:
            self._start(slot)
        try:
            while self._dispatch(it, on_result):
                busy = [s for s in self.slots if s.tasks]
                ready = wait([s.conn for s in busy] + [s.proc.sentinel for s in busy], timeout=POLL_SECONDS)
                for slot in busy:
                    self._check(slot, ready, on_result)
                if on_tick:
                    on_tick()
        finally:
            self.close()

    def close(self) -> None:
        for slot in self.slots:
            if slot.conn is not None and slot.proc is not None and slot.proc.is_alive() and not slot.tasks:
                with contextlib.suppress(OSError):
                    slot.conn.send(None)
        for slot in self.slots:
            if slot.proc is not None:
                slot.proc.join(2)
            self._kill(slot)
