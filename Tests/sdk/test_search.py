"""CRM search through the SDK's search APIs (contacts and the generic objects API)."""
import time

from hubspot.crm.contacts import Filter, FilterGroup, PublicObjectSearchRequest
from hubspot.crm.objects import PublicObjectSearchRequest as ObjectsSearchRequest


def test_contacts_search_by_email(client):
    email = client.crm.contacts.basic_api.get_page(limit=1, properties=["email"]).results[0].properties["email"]
    request = PublicObjectSearchRequest(
        filter_groups=[FilterGroup(filters=[Filter(property_name="email", operator="EQ", value=email)])],
        properties=["email", "firstname"], limit=10)
    result = client.crm.contacts.search_api.do_search(public_object_search_request=request)
    assert result.total == 1
    assert result.results[0].properties["email"] == email
    time.sleep(0.25)  # stay under search's 5 requests per second


def test_objects_search_with_sort_and_paging(client):
    seen = []
    after = None
    while True:
        request = ObjectsSearchRequest(
            filter_groups=[{"filters": [{"propertyName": "amount", "operator": "GT", "value": "1000"}]}],
            sorts=[{"propertyName": "amount", "direction": "DESCENDING"}], properties=["amount"], limit=20,
            after=after)
        page = client.crm.objects.search_api.do_search("deals", public_object_search_request=request)
        seen += [float(d.properties["amount"]) for d in page.results]
        time.sleep(0.25)
        if not page.paging:
            break
        after = page.paging.next.after
    assert len(seen) == page.total
    assert seen == sorted(seen, reverse=True)
