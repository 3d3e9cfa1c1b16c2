"""Owners through the SDK's own methods."""
import pytest
from hubspot.crm.owners import ApiException


def test_owner_pages(client):
    first = client.crm.owners.owners_api.get_page(limit=4)
    assert len(first.results) == 4 and first.paging.next.after
    rest = client.crm.owners.owners_api.get_page(limit=4, after=first.paging.next.after)
    ids = [o.id for o in first.results + rest.results]
    assert len(ids) == len(set(ids)) == 6 and rest.paging is None
    owner = first.results[0]
    assert owner.type == "PERSON" and owner.teams[0].primary is True and owner.created_at is not None


def test_owner_lookups(client):
    found = client.crm.owners.owners_api.get_page(email="lena.fischer@spoke-demo.example").results
    assert [o.last_name for o in found] == ["Fischer"]
    by_id = client.crm.owners.owners_api.get_by_id(int(found[0].id))
    by_user = client.crm.owners.owners_api.get_by_id(found[0].user_id, id_property="userId")
    assert by_id.id == by_user.id == found[0].id
    with pytest.raises(ApiException) as caught:
        client.crm.owners.owners_api.get_by_id(1)
    assert caught.value.status == 404
