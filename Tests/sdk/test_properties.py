"""Properties and property groups through the SDK's own methods."""
import pytest
from hubspot.crm.properties import ApiException
from hubspot.crm.properties.models import (
    BatchInputPropertyCreate, BatchInputPropertyName, BatchReadInputPropertyName, OptionInput, PropertyCreate,
    PropertyGroupCreate, PropertyGroupUpdate, PropertyName, PropertyUpdate)


def test_property_create_read_update_archive(client):
    api = client.crm.properties.core_api
    created = api.create("contacts", PropertyCreate(
        name="sdk_color", label="Color", type="enumeration", field_type="select", group_name="contactinformation",
        options=[OptionInput(label="Red", value="red", display_order=0, hidden=False)]))
    assert created.name == "sdk_color" and created.options[0].value == "red"
    assert api.get_by_name("contacts", "sdk_color").label == "Color"
    assert api.update("contacts", "sdk_color", PropertyUpdate(label="Colour")).label == "Colour"
    with pytest.raises(ApiException) as caught:
        api.create("contacts", PropertyCreate(name="sdk_color", label="Again", type="string", field_type="text",
                                              group_name="contactinformation"))
    assert caught.value.status == 409
    api.archive("contacts", "sdk_color")
    with pytest.raises(ApiException) as caught:
        api.get_by_name("contacts", "sdk_color")
    assert caught.value.status == 404
    assert api.get_by_name("contacts", "sdk_color", archived=True).archived is True


def test_property_rules(client):
    api = client.crm.properties.core_api
    with pytest.raises(ApiException) as caught:
        api.create("contacts", PropertyCreate(name="sdk_nogroup", label="X", type="string", field_type="text",
                                              group_name="no_such_group"))
    assert caught.value.status == 400
    with pytest.raises(ApiException) as caught:
        api.archive("contacts", "email")
    assert caught.value.status == 400


def test_property_batches(client):
    api = client.crm.properties.batch_api
    created = api.create("companies", BatchInputPropertyCreate(inputs=[
        PropertyCreate(name=n, label=n, type="string", field_type="text", group_name="companyinformation")
        for n in ("sdk_tier", "sdk_region")]))
    assert {p.name for p in created.results} == {"sdk_tier", "sdk_region"}
    read = api.read("companies", BatchReadInputPropertyName(archived=False, inputs=[PropertyName(name="sdk_tier")]))
    assert [p.name for p in read.results] == ["sdk_tier"]
    api.archive("companies", BatchInputPropertyName(inputs=[PropertyName(name="sdk_tier"), PropertyName(name="sdk_region")]))
    names = {p.name for p in client.crm.properties.core_api.get_all("companies").results}
    assert not names & {"sdk_tier", "sdk_region"}


def test_groups(client):
    api = client.crm.properties.groups_api
    assert any(g.name == "contactinformation" for g in api.get_all("contacts").results)
    created = api.create("contacts", PropertyGroupCreate(name="sdk_loyalty", label="Loyalty", display_order=2))
    assert created.name == "sdk_loyalty" and created.archived is False
    assert api.get_by_name("contacts", "sdk_loyalty").label == "Loyalty"
    assert api.update("contacts", "sdk_loyalty", PropertyGroupUpdate(label="Loyalty programme")).label == "Loyalty programme"
    api.archive("contacts", "sdk_loyalty")
    assert all(g.name != "sdk_loyalty" for g in api.get_all("contacts").results)
