"""Batch endpoints through the SDK's batch APIs and models, including 207 multi-status answers."""
import uuid

import pytest
from hubspot.crm.contacts import ApiException as ContactsApiException
from hubspot.crm.contacts import (BatchInputSimplePublicObjectBatchInput,
                                  BatchInputSimplePublicObjectBatchInputForCreate,
                                  BatchInputSimplePublicObjectBatchInputUpsert, BatchInputSimplePublicObjectId,
                                  BatchReadInputSimplePublicObjectId, SimplePublicObjectBatchInput,
                                  SimplePublicObjectBatchInputForCreate, SimplePublicObjectBatchInputUpsert,
                                  SimplePublicObjectId)
from hubspot.crm.objects import BatchInputSimplePublicObjectBatchInputForCreate as ObjectBatchCreate
from hubspot.crm.objects import BatchInputSimplePublicObjectId as ObjectBatchIds
from hubspot.crm.objects import BatchReadInputSimplePublicObjectId as ObjectBatchRead
from hubspot.crm.objects import SimplePublicObjectBatchInputForCreate as ObjectCreateItem
from hubspot.crm.objects import SimplePublicObjectId as ObjectId

WHEN = "2026-01-15T10:00:00.000Z"


def email(tag):
    return f"{tag}-{uuid.uuid4().hex[:8]}@sdk-batch.example"


def create_contacts(client, count, tag):
    answer = client.crm.contacts.batch_api.create(BatchInputSimplePublicObjectBatchInputForCreate(inputs=[
        SimplePublicObjectBatchInputForCreate(properties={"email": email(f"{tag}{i}"), "firstname": tag},
                                              associations=[])
        for i in range(count)]))
    return answer


def test_batch_create_read_update_archive(client):
    batch = client.crm.contacts.batch_api
    created = create_contacts(client, 3, "crud")
    assert created.status == "COMPLETE" and len(created.results) == 3
    ids = [r.id for r in created.results]
    read = batch.read(BatchReadInputSimplePublicObjectId(
        inputs=[SimplePublicObjectId(id=i) for i in ids], properties=["firstname"], properties_with_history=[]))
    assert sorted(r.id for r in read.results) == sorted(ids)
    updated = batch.update(BatchInputSimplePublicObjectBatchInput(inputs=[
        SimplePublicObjectBatchInput(id=i, properties={"jobtitle": "Batcher"}) for i in ids]))
    assert {r.properties["jobtitle"] for r in updated.results} == {"Batcher"}
    batch.archive(BatchInputSimplePublicObjectId(inputs=[SimplePublicObjectId(id=i) for i in ids]))
    archived = batch.read(BatchReadInputSimplePublicObjectId(
        inputs=[SimplePublicObjectId(id=i) for i in ids], properties=[], properties_with_history=[]), archived=True)
    assert all(r.archived for r in archived.results)


def test_batch_upsert_creates_then_updates(client):
    address = email("upsert")
    batch = client.crm.contacts.batch_api
    item = SimplePublicObjectBatchInputUpsert(id=address, id_property="email", properties={"firstname": "First"})
    first = batch.upsert(BatchInputSimplePublicObjectBatchInputUpsert(inputs=[item]))
    assert first.results[0].new is True
    item.properties = {"firstname": "Second"}
    second = batch.upsert(BatchInputSimplePublicObjectBatchInputUpsert(inputs=[item]))
    assert second.results[0].new is False
    assert second.results[0].id == first.results[0].id
    assert second.results[0].properties["firstname"] == "Second"


def test_partial_failure_is_207_with_errors(client):
    taken = email("taken")
    client.crm.contacts.batch_api.create(BatchInputSimplePublicObjectBatchInputForCreate(inputs=[
        SimplePublicObjectBatchInputForCreate(properties={"email": taken}, associations=[])]))
    answer = client.crm.contacts.batch_api.create(BatchInputSimplePublicObjectBatchInputForCreate(inputs=[
        SimplePublicObjectBatchInputForCreate(properties={"email": email("fresh")}, associations=[]),
        SimplePublicObjectBatchInputForCreate(properties={"email": taken}, associations=[]),
    ]))
    assert len(answer.results) == 1
    assert answer.num_errors == 1
    error = answer.errors[0]
    assert error.status == "409" and error.category == "CONFLICT"
    assert error.context["inputIndex"] == ["1"]


def test_batch_limits(client):
    with pytest.raises(ContactsApiException) as caught:
        client.crm.contacts.batch_api.read(BatchReadInputSimplePublicObjectId(
            inputs=[SimplePublicObjectId(id=str(100 + i)) for i in range(101)], properties=[],
            properties_with_history=[]))
    assert caught.value.status == 400 and "100" in caught.value.body
    with pytest.raises(ContactsApiException) as caught:
        client.crm.contacts.batch_api.read(BatchReadInputSimplePublicObjectId(
            inputs=[SimplePublicObjectId(id=str(100 + i)) for i in range(51)], properties=[],
            properties_with_history=["email"]))
    assert caught.value.status == 400
    assert "for property histories is 50" in caught.value.body


@pytest.mark.parametrize("object_type,properties", [
    ("notes", {"hs_timestamp": WHEN, "hs_note_body": "batch note"}),
    ("calls", {"hs_timestamp": WHEN, "hs_call_title": "batch call"}),
    ("tasks", {"hs_timestamp": WHEN, "hs_task_subject": "batch task"}),
    ("emails", {"hs_timestamp": WHEN, "hs_email_direction": "EMAIL"}),
    ("meetings", {"hs_timestamp": WHEN, "hs_meeting_title": "batch meeting"}),
])
def test_activities_through_generic_batch_api(client, object_type, properties):
    batch = client.crm.objects.batch_api
    created = batch.create(object_type, ObjectBatchCreate(inputs=[
        ObjectCreateItem(properties=properties, associations=[]) for _ in range(2)]))
    ids = [r.id for r in created.results]
    assert len(ids) == 2
    read = batch.read(object_type, ObjectBatchRead(inputs=[ObjectId(id=i) for i in ids], properties=list(properties),
                                                   properties_with_history=[]))
    assert sorted(r.id for r in read.results) == sorted(ids)
    batch.archive(object_type, ObjectBatchIds(inputs=[ObjectId(id=i) for i in ids]))
    assert client.crm.objects.basic_api.get_by_id(object_type, ids[0], archived=True).archived is True
