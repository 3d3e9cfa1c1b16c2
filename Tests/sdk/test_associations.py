"""Associations v4 and labels through the SDK's own methods: every answer must deserialise."""
import pytest
from hubspot.crm.associations.v4 import ApiException, AssociationSpec
from hubspot.crm.associations.v4.models import (
    BatchInputPublicAssociationMultiArchive, BatchInputPublicAssociationMultiPost,
    BatchInputPublicDefaultAssociationMultiPost, BatchInputPublicFetchAssociationsBatchRequest,
    PublicAssociationMultiArchive, PublicAssociationMultiPost, PublicDefaultAssociationMultiPost,
    PublicFetchAssociationsBatchRequest, PublicObjectId)
from hubspot.crm.associations.v4.schema.models import (
    PublicAssociationDefinitionCreateRequest, PublicAssociationDefinitionUpdateRequest)


def unrelated_pair(client):
    contact = client.crm.contacts.basic_api.get_page(limit=1).results[0].id
    linked = {a.to_object_id for a in client.crm.associations.v4.basic_api.get_page("contacts", contact, "companies").results}
    companies = client.crm.companies.basic_api.get_page(limit=50).results
    return contact, next(c.id for c in companies if c.id not in linked)


def types_between(client, contact, company):
    page = client.crm.associations.v4.basic_api.get_page("contact", contact, "company")
    return {t.type_id for r in page.results if r.to_object_id == company for t in r.association_types}


def test_default_association_both_directions(client):
    contact, company = unrelated_pair(client)
    made = client.crm.associations.v4.basic_api.create_default("contacts", contact, "companies", company)
    assert made.status == "COMPLETE"
    assert {r.association_spec.association_type_id for r in made.results} == {279, 280}
    assert types_between(client, contact, company) == {279}
    back = client.crm.associations.v4.basic_api.get_page("companies", company, "contacts")
    assert any(r.to_object_id == contact and r.association_types[0].type_id == 280 for r in back.results)


def test_labelled_create_then_archive(client):
    contact, company = unrelated_pair(client)
    labels = client.crm.associations.v4.schema.definitions_api.get_all("contact", "company").results
    decision = next(l for l in labels if l.label == "Decision maker")
    assert decision.category == "USER_DEFINED"
    pair = client.crm.associations.v4.basic_api.create(
        "contacts", contact, "companies", company,
        [AssociationSpec(association_category="USER_DEFINED", association_type_id=decision.type_id)])
    assert pair.labels == ["Decision maker"] and pair.to_object_id == company
    client.crm.associations.v4.basic_api.archive("contacts", contact, "companies", company)
    assert types_between(client, contact, company) == set()


def test_invalid_type_is_400(client):
    contact, company = unrelated_pair(client)
    with pytest.raises(ApiException) as caught:
        client.crm.associations.v4.basic_api.create(
            "contacts", contact, "companies", company,
            [AssociationSpec(association_category="HUBSPOT_DEFINED", association_type_id=3)])
    assert caught.value.status == 400 and "VALIDATION_ERROR" in caught.value.body


def test_batch_read_pages_and_limit(client):
    ids = [c.id for c in client.crm.contacts.basic_api.get_page(limit=10).results]
    body = BatchInputPublicFetchAssociationsBatchRequest(inputs=[PublicFetchAssociationsBatchRequest(id=i) for i in ids])
    read = client.crm.associations.v4.batch_api.get_page("contacts", "companies", body)
    assert {r._from.id for r in read.results} == set(ids)
    assert all(r.to and r.to[0].association_types for r in read.results)
    partial = client.crm.associations.v4.batch_api.get_page("contacts", "companies", BatchInputPublicFetchAssociationsBatchRequest(
        inputs=[PublicFetchAssociationsBatchRequest(id=ids[0]), PublicFetchAssociationsBatchRequest(id="999999999")]))
    assert len(partial.results) == 1 and partial.num_errors == 1
    assert partial.errors[0].category == "OBJECT_NOT_FOUND"
    too_many = BatchInputPublicFetchAssociationsBatchRequest(
        inputs=[PublicFetchAssociationsBatchRequest(id=str(900000000 + n)) for n in range(1001)])
    with pytest.raises(ApiException) as caught:
        client.crm.associations.v4.batch_api.get_page("contacts", "companies", too_many)
    assert caught.value.status == 400


def test_batch_create_default_labels_archive_and_archive(client):
    contact, company = unrelated_pair(client)
    pair = PublicObjectId(id=contact), PublicObjectId(id=company)
    primary = AssociationSpec(association_category="HUBSPOT_DEFINED", association_type_id=1)
    created = client.crm.associations.v4.batch_api.create("contacts", "companies", BatchInputPublicAssociationMultiPost(
        inputs=[PublicAssociationMultiPost(_from=pair[0], to=pair[1], types=[primary])]))
    assert created.results[0].labels == ["Primary"]
    client.crm.associations.v4.batch_api.create_default("contacts", "companies", BatchInputPublicDefaultAssociationMultiPost(
        inputs=[PublicDefaultAssociationMultiPost(_from=pair[0], to=pair[1])]))
    assert types_between(client, contact, company) == {1, 279}
    client.crm.associations.v4.batch_api.archive_labels("contacts", "companies", BatchInputPublicAssociationMultiPost(
        inputs=[PublicAssociationMultiPost(_from=pair[0], to=pair[1], types=[primary])]))
    assert types_between(client, contact, company) == {279}
    client.crm.associations.v4.batch_api.archive("contacts", "companies", BatchInputPublicAssociationMultiArchive(
        inputs=[PublicAssociationMultiArchive(_from=pair[0], to=[pair[1]])]))
    assert types_between(client, contact, company) == set()


def test_label_definitions_lifecycle(client):
    api = client.crm.associations.v4.schema.definitions_api
    created = api.create("deals", "companies", PublicAssociationDefinitionCreateRequest(
        name="sdk_reseller", label="Reseller", inverse_label="Resold deal"))
    forward = next(l for l in created.results if l.label == "Reseller")
    api.update("deals", "companies", PublicAssociationDefinitionUpdateRequest(
        association_type_id=forward.type_id, label="Partner"))
    assert any(l.type_id == forward.type_id and l.label == "Partner" for l in api.get_all("deal", "company").results)
    api.remove("deals", "companies", forward.type_id)
    assert all(l.type_id != forward.type_id for l in api.get_all("0-3", "0-2").results)
    defined = {l.type_id for l in api.get_all("companies", "contacts").results}
    assert {280, 2} <= defined


def test_get_page_pages_with_after(client):
    company = client.crm.companies.basic_api.get_page(limit=1).results[0].id
    everything = client.crm.associations.v4.basic_api.get_page("companies", company, "contacts").results
    seen, after = [], None
    while True:
        page = client.crm.associations.v4.basic_api.get_page("companies", company, "contacts", limit=2, after=after)
        seen += [r.to_object_id for r in page.results]
        if not page.paging:
            break
        after = page.paging.next.after
    assert seen == [r.to_object_id for r in everything] and len(seen) == len(set(seen)) >= 1


def test_custom_object_associations(client):
    car = client.crm.objects.basic_api.get_page("cars", limit=1).results[0].id
    linked = client.crm.associations.v4.basic_api.get_page("2-3465404", car, "contacts").results
    assert linked and linked[0].association_types[0].category == "USER_DEFINED"
    back = client.crm.associations.v4.basic_api.get_page("contacts", linked[0].to_object_id, "cars").results
    assert car in {r.to_object_id for r in back}
