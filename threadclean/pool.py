"""A process pool for chunks that survives pathological pages.

Each worker cleans one chunk at a time and reports, through shared memory, which record it is on and
since when. A record that overruns the time limit is normally stopped inside the worker by an alarm;
if the worker does not come back (stuck in native code) or dies, the parent kills it, marks that record
as an error (`timeout` / `crash`) and gives the rest of the chunk to a fresh worker.
Chunks are pickled when they are read and sent by a thread per worker, so a worker's next chunk already waits in
its connection (socket buffer) while it cleans the current one: it does not sit idle between chunks while the
parent reads, pickles and sends, and the parent's loop never blocks on a busy or stuck worker. At most two chunks
per worker are in flight and one per worker is read ahead, so memory does not grow with the input.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import queue
import signal
import socket
import struct
import sys
import threading
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


class _Inbox:
    """A worker's side of its connection: chunks are read into one reused buffer, then unpickled from it.

    `Connection.recv` reads a message in pieces, gathers them in a BytesIO and unpickles from that: two to three times
    the CPU for a chunk of pages. The framing is `Connection.send_bytes`'s (what the parent sends with)."""

    #: a buffer up to this size is kept for the next chunk; a larger message (one huge page) gets its own
    KEEP_BYTES = 32 << 20

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.buffer = bytearray()
        try:
            self.sock: socket.socket | None = socket.socket(fileno=conn.fileno())
        except OSError:  # not a socket: read through the connection
            self.sock = None

    def recv(self) -> object:
        if self.sock is None:
            return self.conn.recv()
        (size,) = struct.unpack("!i", self._read(4))
        if size == -1:
            (size,) = struct.unpack("!Q", self._read(8))
        return ForkingPickler.loads(self._read(size))

    def _read(self, size: int) -> memoryview:
        if size > len(self.buffer):
            buffer = bytearray(size)
            if size <= self.KEEP_BYTES:
                self.buffer = buffer
        else:
            buffer = self.buffer
        view = memoryview(buffer)[:size]
        got = 0
        while got < size:
            n = self.sock.recv_into(view[got:])
            if not n:
                raise EOFError
            got += n
        return view

    def close(self) -> None:
        if self.sock is not None:
            self.sock.detach()  # the descriptor is the connection's


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

    inbox = _Inbox(conn)
    try:
        while True:
            try:
                task = inbox.recv()
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
    finally:
        inbox.close()


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
    sender: _Sender | None = None
    #: chunks sent and not answered yet, oldest first: the worker is on the first one
    tasks: deque[_Pickled] = field(default_factory=deque)


class _Sender:
    """A thread sending one worker its chunks, in order: a send waits for room in the worker's socket buffer
    (while the worker cleans the chunk before) without holding up the parent's loop."""

    def __init__(self, conn: Connection, name: str) -> None:
        self.conn = conn
        self.inbox: queue.SimpleQueue = queue.SimpleQueue()
        self.thread = threading.Thread(target=self._run, name=name, daemon=True)
        self.thread.start()

    def send(self, payload: memoryview | bytes) -> None:
        self.inbox.put(payload)

    def _run(self) -> None:
        while (payload := self.inbox.get()) is not None:
            try:
                self.conn.send_bytes(payload)
            except (OSError, ValueError):  # the worker is gone: the parent's checks find it and give its chunks back
                return

    def stop(self) -> None:
        """Called once the worker has exited (a send in progress then fails at once), before its connection is
        closed (so the thread never writes to a reused descriptor)."""
        self.inbox.put(None)
        self.thread.join()


def _widen(parent: Connection, child: Connection) -> None:
    """Ask for SOCKET_BUFFER on both ends of a worker connection, so that the next chunk fits in it (the kernel may
    cap it, and a connection that is not a socket keeps its buffer: chunks then wait in the sender thread)."""
    for conn, option in ((parent, socket.SO_SNDBUF), (child, socket.SO_RCVBUF)):
        with contextlib.suppress(OSError):
            sock = socket.socket(fileno=conn.fileno())
            try:
                sock.setsockopt(socket.SOL_SOCKET, option, SOCKET_BUFFER)
            finally:
                sock.detach()  # the descriptor stays the connection's


class WorkerPool:
    """`jobs` worker processes (spawn or forkserver) cleaning chunks, with per-record time limits."""

    def __init__(self, jobs: int, timeout: float | None = None, start_method: str = "spawn") -> None:
        self.ctx = mp.get_context(start_method)
        self.timeout = timeout
        self.started = self.ctx.RawArray("d", jobs)
        self.index = self.ctx.RawArray("q", jobs)
        self.slots = [_Slot(i) for i in range(jobs)]
        self.queue: deque[_Pickled] = deque()

    def _start(self, slot: _Slot) -> None:
        parent, child = self.ctx.Pipe()
        _widen(parent, child)
        name = f"threadclean-worker-{slot.index}"
        proc = self.ctx.Process(target=worker_main, args=(child, slot.index, self.started, self.index), daemon=True,
                                name=name)
        self.started[slot.index] = 0.0
        with _child_env(ONE_THREAD_ENV):
            proc.start()
        child.close()
        slot.proc, slot.conn, slot.tasks = proc, parent, deque()
        slot.sender = _Sender(parent, f"{name}-sender")

    def _kill(self, slot: _Slot) -> None:
        if slot.proc is not None and slot.proc.is_alive():
            slot.proc.kill()
        if slot.proc is not None:
            slot.proc.join(5)
        if slot.sender is not None:
            slot.sender.stop()
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

    def _send(self, slot: _Slot, item: _Pickled) -> None:
        slot.tasks.append(item)
        slot.sender.send(item.payload)

    def _assign(self, on_result: Callable[[ChunkResult], None]) -> bool:
        """Queued chunks to workers with room, idle workers first; True when a chunk left the queue."""
        moved = False
        for depth in range(DEPTH):
            for slot in self.slots:
                while self.queue and len(slot.tasks) <= depth:
                    item = self.queue.popleft()
                    moved = True
                    if item.attempts >= MAX_ATTEMPTS:
                        self._fail(item, on_result)
                        continue
                    self._send(slot, item)
        return moved

    def _dispatch(self, tasks: Iterator[ChunkTask], on_result: Callable[[ChunkResult], None]) -> bool:
        """Hand chunks to workers, reading ahead as they go; False when everything is done."""
        more = self._read_ahead(tasks)
        while self._assign(on_result):
            more = self._read_ahead(tasks)
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
            if slot.sender is not None and slot.proc is not None and slot.proc.is_alive() and not slot.tasks:
                slot.sender.send(ForkingPickler.dumps(None))
        for slot in self.slots:
            if slot.proc is not None:
                slot.proc.join(2)
            self._kill(slot)
