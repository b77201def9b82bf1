"""One Dask LocalCluster of two worker processes for the batch tests of a session (per xdist worker)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def client():
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=50)
    with Client(cluster) as c:
        yield c
    cluster.close()
