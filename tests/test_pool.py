"""The worker's side of its connection reads what the parent sends, as `Connection.recv` would."""

from __future__ import annotations

import multiprocessing as mp
from multiprocessing.reduction import ForkingPickler

import pytest

from threadclean import pool
from threadclean.chunk import ChunkTask
from threadclean.readers import Record


def test_inbox_reads_chunks_of_any_size_then_the_end(monkeypatch):
    monkeypatch.setattr(pool._Inbox, "KEEP_BYTES", 1 << 16)  # the large chunk below gets a buffer of its own
    parent, child = mp.get_context("spawn").Pipe()
    inbox = pool._Inbox(child)
    small = ChunkTask("p-00000", "u", [Record("s", 1, b"<p>x</p>", "html")], "out")
    large = ChunkTask("p-00001", "u", [Record("s", i, bytes([i]) * 50_000, "html") for i in range(4)], "out")
    sender = pool._Sender(parent, "test-sender")
    try:
        for obj in (small, large, small, None):
            sender.send(ForkingPickler.dumps(obj))
        assert [inbox.recv() for _ in range(4)] == [small, large, small, None]
        assert len(inbox.buffer) < 1 << 16
    finally:
        sender.stop()
        parent.close()
    with pytest.raises(EOFError):
        inbox.recv()
    inbox.close()
    child.close()
