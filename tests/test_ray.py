"""The Ray Data backend gives the same tables as the process pool (rows compared sorted)."""

from __future__ import annotations

import os

import pytest

from tests.test_batch import make_inputs, run
from tests.test_batch_support import assert_same_tables, read_tables

ray = pytest.importorskip("ray", reason="ray is not installed (pip install threadclean[ray])")


@pytest.fixture(scope="module")
def local_ray():
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.mark.slow
def test_ray_backend_gives_the_pool_tables(tmp_path, local_ray):
    from threadclean.ray_backend import clean_with_ray

    inputs = make_inputs(tmp_path / "in")
    pool_stats = run(inputs, tmp_path / "pool")
    ray_stats = clean_with_ray(inputs, tmp_path / "ray", jobs=2)
    assert_same_tables(tmp_path / "pool", tmp_path / "ray")
    assert ray_stats.counts["in"] == pool_stats.counts["in"] == read_tables(tmp_path / "ray")["documents"].height
    assert ray_stats.counts["error"] == pool_stats.counts["error"] == 2 and ray_stats.failed
