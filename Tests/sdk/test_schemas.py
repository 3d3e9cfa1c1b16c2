"""Custom object schemas through the SDK's own methods, and their records through the objects API."""
import pytest
from hubspot.crm.schemas import ApiException
from hubspot.crm.schemas.models import (
    AssociationDefinitionEgg, ObjectSchemaEgg, ObjectTypeDefinitionLabels, ObjectTypeDefinitionPatch,
    ObjectTypePropertyCreate)


def test_cars_schema(client):
    schemas = client.crm.schemas.core_api.get_all().results
    cars = next(s for s in schemas if s.name == "cars")
    assert cars.object_type_id == "2-3465404" and cars.fully_qualified_name == "p1234567_cars"
    assert cars.required_properties == ["vin", "model"] and cars.labels.plural == "Cars"
    assert client.crm.schemas.core_api.get_by_id("p1234567_cars").object_type_id == "2-3465404"
    page = client.crm.objects.basic_api.get_page("2-3465404", limit=100, properties=["vin", "model"])
    assert len(page.results) == 25 and all(r.properties["vin"] for r in page.results)
    by_name = client.crm.objects.basic_api.get_page("cars", limit=100)
    assert [r.id for r in by_name.results] == [r.id for r in page.results]


def test_create_schema_and_records(client):
    egg = ObjectSchemaEgg(
        name="sdk_bikes", labels=ObjectTypeDefinitionLabels(singular="Bike", plural="Bikes"),
        primary_display_property="frame", required_properties=["frame"], associated_objects=["CONTACT"],
        properties=[ObjectTypePropertyCreate(name="frame", label="Frame", type="string", field_type="text")])
    created = client.crm.schemas.core_api.create(egg)
    assert created.object_type_id.startswith("2-") and created.associations
    assert client.crm.objects.basic_api.get_page(created.object_type_id).results == []
    patched = client.crm.schemas.core_api.update("sdk_bikes", ObjectTypeDefinitionPatch(searchable_properties=["frame"]))
    assert patched.searchable_properties == ["frame"]
    link = client.crm.schemas.core_api.create_association(created.object_type_id, AssociationDefinitionEgg(
        from_object_type_id=created.object_type_id, to_object_type_id="0-2", name="bike_to_company"))
    assert link.name == "bike_to_company"
    client.crm.schemas.core_api.archive_association(created.object_type_id, link.id)
    client.crm.schemas.core_api.archive(created.object_type_id)
    with pytest.raises(ApiException) as caught:
        client.crm.schemas.core_api.get_by_id(created.object_type_id)
    assert caught.value.status == 404
