"""Reading records through the SDK's own methods: the SDK must deserialise every answer."""
import pytest
from hubspot.crm.contacts import ApiException as ContactsApiException
from hubspot.crm.objects import ApiException as ObjectsApiException


def test_contacts_get_page_and_paging(client):
    page = client.crm.contacts.basic_api.get_page(limit=100, properties=["email", "firstname"])
    assert len(page.results) == 100
    assert page.paging.next.after
    first = page.results[0]
    assert first.id and first.properties["email"]
    assert first.created_at is not None and first.archived is False


def test_get_all_returns_every_contact_once(client):
    contacts = client.crm.contacts.get_all()
    ids = [c.id for c in contacts]
    assert len(ids) == len(set(ids)) >= 250


def test_get_by_id_and_by_email(client):
    first = client.crm.contacts.basic_api.get_page(limit=1, properties=["email"]).results[0]
    by_id = client.crm.contacts.basic_api.get_by_id(first.id, properties=["email"])
    by_email = client.crm.contacts.basic_api.get_by_id(first.properties["email"], id_property="email")
    assert by_id.id == by_email.id == first.id


def test_generic_objects_api_by_type_id(client):
    page = client.crm.objects.basic_api.get_page("0-3", limit=5, properties=["dealname", "dealstage"])
    assert len(page.results) == 5
    assert all(deal.properties["dealname"] for deal in page.results)


def test_associations_on_read(client):
    page = client.crm.contacts.basic_api.get_page(limit=20, associations=["companies"])
    linked = [c for c in page.results if c.associations and "companies" in c.associations]
    assert linked, "some contacts should carry their company"
    assert linked[0].associations["companies"].results[0].type.startswith("contact_to_company")


def test_missing_record_raises_404_with_hubspot_body(client):
    with pytest.raises(ContactsApiException) as caught:
        client.crm.contacts.basic_api.get_by_id("999999999")
    assert caught.value.status == 404
    assert "OBJECT_NOT_FOUND" in caught.value.body


def test_bad_token_is_401(sandbox):
    from hubspot import HubSpot
    bad = HubSpot(access_token="wrong", host=sandbox.url)
    with pytest.raises(ObjectsApiException) as caught:
        bad.crm.objects.basic_api.get_page("contacts", limit=1)
    assert caught.value.status == 401


def test_properties_core_api(client):
    properties = client.crm.properties.core_api.get_all("contacts")
    names = {p.name for p in properties.results}
    assert {"email", "firstname", "lastname", "hs_object_id"} <= names
