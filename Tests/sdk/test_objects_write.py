"""Creating, updating and archiving records through the SDK's own basic APIs and models."""
import json
import uuid

import pytest
from hubspot.crm.companies import SimplePublicObjectInputForCreate as CompanyCreate
from hubspot.crm.contacts import ApiException as ContactsApiException
from hubspot.crm.contacts import (AssociationSpec, PublicAssociationsForObject, PublicObjectId,
                                  SimplePublicObjectInput, SimplePublicObjectInputForCreate)
from hubspot.crm.deals import ApiException as DealsApiException
from hubspot.crm.deals import SimplePublicObjectInput as DealUpdate
from hubspot.crm.deals import SimplePublicObjectInputForCreate as DealCreate
from hubspot.crm.objects import ApiException as ObjectsApiException
from hubspot.crm.objects import SimplePublicObjectInput as ObjectUpdate
from hubspot.crm.objects import SimplePublicObjectInputForCreate as ObjectCreate
from hubspot.crm.tickets import SimplePublicObjectInput as TicketUpdate
from hubspot.crm.tickets import SimplePublicObjectInputForCreate as TicketCreate

WHEN = "2026-01-15T10:00:00.000Z"


def unique_email(tag):
    return f"{tag}-{uuid.uuid4().hex[:8]}@sdk-tests.example"


def test_contact_create_update_archive(client):
    api = client.crm.contacts.basic_api
    email = unique_email("life")
    created = api.create(SimplePublicObjectInputForCreate(properties={"email": email, "firstname": "Grace"}))
    assert created.id and created.properties["email"] == email
    assert created.properties["hs_object_id"] == created.id
    updated = api.update(created.id, SimplePublicObjectInput(properties={"firstname": "", "jobtitle": "Admiral"}))
    assert updated.properties["jobtitle"] == "Admiral"
    assert "firstname" not in updated.properties
    assert updated.updated_at > created.updated_at
    api.archive(created.id)
    with pytest.raises(ContactsApiException) as caught:
        api.get_by_id(created.id)
    assert caught.value.status == 404
    assert api.get_by_id(created.id, archived=True).archived is True


def test_contact_update_by_email_id_property(client):
    api = client.crm.contacts.basic_api
    email = unique_email("idprop")
    created = api.create(SimplePublicObjectInputForCreate(properties={"email": email}))
    updated = api.update(email, SimplePublicObjectInput(properties={"city": "Leuven"}), id_property="email")
    assert updated.id == created.id and updated.properties["city"] == "Leuven"


def test_company_create_with_association_to_contact(client):
    contact = client.crm.contacts.basic_api.create(
        SimplePublicObjectInputForCreate(properties={"email": unique_email("withco")}))
    company = client.crm.companies.basic_api.create(CompanyCreate(
        properties={"name": "SDK Widgets", "domain": "sdk-widgets.example"},
        associations=[PublicAssociationsForObject(
            to=PublicObjectId(id=contact.id),
            types=[AssociationSpec(association_category="HUBSPOT_DEFINED", association_type_id=280)])]))
    read = client.crm.contacts.basic_api.get_by_id(contact.id, associations=["companies"])
    assert [a.id for a in read.associations["companies"].results] == [company.id]


def test_deal_create_update_and_history(client):
    api = client.crm.deals.basic_api
    deal = api.create(DealCreate(properties={
        "dealname": "SDK deal", "pipeline": "default", "dealstage": "appointmentscheduled", "amount": "100"}))
    api.update(deal.id, DealUpdate(properties={"amount": "250"}))
    read = api.get_by_id(deal.id, properties=["amount"], properties_with_history=["amount"])
    assert read.properties["amount"] == "250"
    assert [h.value for h in read.properties_with_history["amount"]][:2] == ["250", "100"]
    assert read.properties_with_history["amount"][0].source_type == "API"


def test_ticket_create_update_archive(client):
    api = client.crm.tickets.basic_api
    ticket = api.create(TicketCreate(properties={
        "subject": "SDK ticket", "hs_pipeline": "0", "hs_pipeline_stage": "1"}))
    updated = api.update(ticket.id, TicketUpdate(properties={"hs_pipeline_stage": "4"}))
    assert updated.properties["hs_pipeline_stage"] == "4"
    api.archive(ticket.id)
    ids = [t.id for t in client.crm.tickets.get_all()]
    assert ticket.id not in ids


@pytest.mark.parametrize("object_type,properties", [
    ("notes", {"hs_timestamp": WHEN, "hs_note_body": "SDK note"}),
    ("calls", {"hs_timestamp": WHEN, "hs_call_title": "SDK call", "hs_call_direction": "OUTBOUND"}),
    ("tasks", {"hs_timestamp": WHEN, "hs_task_subject": "SDK task", "hs_task_status": "NOT_STARTED"}),
    ("emails", {"hs_timestamp": WHEN, "hs_email_direction": "EMAIL", "hs_email_subject": "SDK email"}),
    ("meetings", {"hs_timestamp": WHEN, "hs_meeting_title": "SDK meeting"}),
])
def test_activities_through_generic_objects_api(client, object_type, properties):
    api = client.crm.objects.basic_api
    created = api.create(object_type, ObjectCreate(properties=properties, associations=[]))
    assert all(created.properties[name] == value for name, value in properties.items() if name != "hs_timestamp")
    updated = api.update(object_type, created.id, ObjectUpdate(properties={"hubspot_owner_id": ""}))
    assert updated.id == created.id
    api.archive(object_type, created.id)
    with pytest.raises(ObjectsApiException) as caught:
        api.get_by_id(object_type, created.id)
    assert caught.value.status == 404


def test_pin_an_associated_note(client):
    contact = client.crm.contacts.basic_api.create(
        SimplePublicObjectInputForCreate(properties={"email": unique_email("pin")}))
    note = client.crm.objects.basic_api.create("notes", ObjectCreate(
        properties={"hs_timestamp": WHEN, "hs_note_body": "pinned"},
        associations=[PublicAssociationsForObject(
            to=PublicObjectId(id=contact.id),
            types=[AssociationSpec(association_category="HUBSPOT_DEFINED", association_type_id=202)])]))
    pinned = client.crm.contacts.basic_api.update(
        contact.id, SimplePublicObjectInput(properties={"hs_pinned_engagement_id": note.id}))
    assert pinned.properties["hs_pinned_engagement_id"] == note.id


def test_duplicate_email_is_409_conflict(client):
    api = client.crm.contacts.basic_api
    email = unique_email("dup")
    first = api.create(SimplePublicObjectInputForCreate(properties={"email": email}))
    with pytest.raises(ContactsApiException) as caught:
        api.create(SimplePublicObjectInputForCreate(properties={"email": email}))
    assert caught.value.status == 409
    body = json.loads(caught.value.body)
    assert body["category"] == "CONFLICT"
    assert body["message"] == f"Contact already exists. Existing ID: {first.id}"


@pytest.mark.parametrize("properties,code,name", [
    ({"dealname": "x", "pipeline": "default"}, "REQUIRED_FIELD", "dealstage"),
    ({"dealname": "x", "pipeline": "default", "dealstage": "nope"}, "INVALID_OPTION", "dealstage"),
    ({"dealname": "x", "pipeline": "default", "dealstage": "closedwon", "amount": "lots"}, "INVALID_DECIMAL", "amount"),
    ({"dealname": "x", "pipeline": "default", "dealstage": "closedwon", "colour": "red"}, "PROPERTY_DOESNT_EXIST", "colour"),
    ({"dealname": "x", "pipeline": "default", "dealstage": "closedwon", "hs_object_id": "1"}, "READ_ONLY_VALUE", "hs_object_id"),
    # The demo portal's property validation rules: amount between 0 and 10,000,000, at most 2 decimals.
    ({"dealname": "x", "pipeline": "default", "dealstage": "closedwon", "amount": "-1"}, "INVALID_MIN_NUMBER", "amount"),
    ({"dealname": "x", "pipeline": "default", "dealstage": "closedwon", "amount": "9.999"}, "INVALID_DECIMAL_PLACES", "amount"),
])
def test_invalid_deal_properties_are_400_naming_the_property(client, properties, code, name):
    with pytest.raises(DealsApiException) as caught:
        client.crm.deals.basic_api.create(DealCreate(properties=properties))
    assert caught.value.status == 400
    body = json.loads(caught.value.body)
    assert body["category"] == "VALIDATION_ERROR"
    assert body["message"].startswith("Property values were not valid")
    assert [(e["code"], e["in"]) for e in body["errors"]] == [(code, name)]
