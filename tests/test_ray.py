"""The Ray Data backend gives the same tables as the process pool (rows compared sorted)."""

from __future__ import annotations

import json
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


@pytest.mark.slow
def test_ray_backend_resumes_from_the_parts_on_disk(tmp_path, local_ray):
    """Parts and done markers are the pool's: a partial output (one part removed) is completed exactly."""
    from threadclean.ray_backend import clean_with_ray

    inputs = make_inputs(tmp_path / "in")
    clean_with_ray(inputs, tmp_path / "ray", jobs=2)
    done = sorted((tmp_path / "ray" / "documents").glob("*.parquet"))
    assert done and sorted(p.name for p in done) == sorted(p.name for p in (tmp_path / "ray" / "posts").glob("*"))
    markers = sorted((tmp_path / "ray" / "_done").glob("*.json"))
    markers[0].unlink()
    lost = json.loads(markers[-1].read_text())["parts"][0]
    markers[-1].unlink()
    for table_dir in (tmp_path / "ray").iterdir():
        (table_dir / f"{lost}.parquet").unlink(missing_ok=True)
    stats = clean_with_ray(inputs, tmp_path / "ray", jobs=2, resume=True)
    run(inputs, tmp_path / "pool")
    assert_same_tables(tmp_path / "pool", tmp_path / "ray")
    assert 0 < stats.counts["cleaned"] < stats.counts["in"]


@pytest.mark.slow
def test_ray_tasks_keep_to_one_thread(tmp_path, local_ray):
    from tests.test_batch_support import corpus_rows, write_jsonl
    from threadclean.ray_backend import clean_with_ray

    path = write_jsonl(tmp_path / "c.jsonl", corpus_rows(2))
    clean_with_ray([path], tmp_path / "out", jobs=2, cleaner="tests.test_batch:thread_count_cleaner")
    assert set(read_tables(tmp_path / "out")["documents"]["title"]) == {"1"}
