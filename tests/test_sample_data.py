"""The shipped sample group is valid and fictional-looking enough to demo."""

from psg_tui.core.models import MeetingStatus
from psg_tui.core.store import GroupStore


def test_sample_group_loads(sample_store: GroupStore) -> None:
    group = sample_store.load_group()
    assert 6 <= len(group.members) <= 8
    assert any(ch in m.name for m in group.members for ch in "āēīōū")
    loaded, errors = sample_store.load_meetings()
    assert errors == []
    statuses = [m.status for _, m in loaded]
    assert statuses.count(MeetingStatus.COMPLETE) >= 3
    assert MeetingStatus.PLANNED in statuses
