"""Whether a run of the Ray engine on this machine starts a local cluster: only where one is asked for
(``--ray-address local``, or the setting), or where the driver cannot fork its extractors; a cluster given
by address is joined."""

from __future__ import annotations

import pytest

from crossreach.ray_start import SETTING, cluster_address, forked_only, local_cluster_asked


@pytest.mark.parametrize(("address", "setting", "can_fork", "asked", "joined", "forked"), [
    (None, "", True, False, None, True),  # one machine, nothing asked: the forked extractors
    (None, "", False, False, None, False),  # no fork here: a local cluster, as before
    ("local", "", True, True, None, False),  # Ray's word for a new local cluster
    (None, "always", True, True, None, False),  # the parity tests: through Ray however little the work
    (None, " Always ", True, True, None, False),
    (None, "auto", True, False, None, True),
    ("192.0.2.1:6379", "", True, False, "192.0.2.1:6379", False),  # a cluster to join is always used
    ("ray://head:10001", "always", True, True, "ray://head:10001", False),
])
def test_a_local_cluster_starts_only_where_asked_for(monkeypatch: pytest.MonkeyPatch, address: str | None,
                                                     setting: str, can_fork: bool, asked: bool,
                                                     joined: str | None, forked: bool) -> None:
    monkeypatch.setenv(SETTING, setting)
    assert local_cluster_asked(address) is asked
    assert cluster_address(address) == joined
    assert forked_only(address, can_fork) is forked
