"""The circuit breaker in front of Elasticsearch: it opens after repeated failures, skips the cluster
for a cool-down, then lets one call try again (with a fake clock: nothing here waits)."""

import pytest

from search.cluster import CircuitBreaker, ClusterUnavailable


class Clock:
    now = 0.0

    def __call__(self):
        return self.now


def failing():
    raise ConnectionError("cluster down")


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def breaker(clock):
    return CircuitBreaker(failures=3, cooldown=30, clock=clock)


def test_it_opens_after_the_threshold_and_skips_the_cluster(breaker):
    calls = []
    for _ in range(3):
        with pytest.raises(ConnectionError):
            breaker.call(failing)
    assert breaker.is_open
    with pytest.raises(ClusterUnavailable):
        breaker.call(calls.append, "tried")
    assert calls == []  # skipped without touching the cluster


def test_after_the_cool_down_one_success_closes_it_and_runs_the_recovery_hooks(breaker, clock):
    recovered = []
    breaker.on_recovery.append(lambda: recovered.append(True))
    for _ in range(3):
        with pytest.raises(ConnectionError):
            breaker.call(failing)
    clock.now += 31
    assert breaker.call(lambda: "answer") == "answer"
    assert not breaker.is_open and breaker.failures == 0
    assert recovered == [True]


def test_a_failure_after_the_cool_down_opens_it_again(breaker, clock):
    for _ in range(3):
        with pytest.raises(ConnectionError):
            breaker.call(failing)
    clock.now += 31
    with pytest.raises(ConnectionError):
        breaker.call(failing)
    assert breaker.is_open


def test_failures_below_the_threshold_keep_it_closed(breaker):
    for _ in range(2):
        with pytest.raises(ConnectionError):
            breaker.call(failing)
    assert breaker.call(lambda: 1) == 1
    assert breaker.failures == 0
