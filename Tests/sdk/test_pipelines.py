"""Pipelines and stages through the SDK's own methods."""
import pytest
from hubspot.crm.pipelines import ApiException
from hubspot.crm.pipelines.models import PipelineInput, PipelinePatchInput, PipelineStageInput, PipelineStagePatchInput


def test_demo_pipelines(client):
    deals = client.crm.pipelines.pipelines_api.get_all("deals").results
    assert [p.id for p in deals] == ["default", "renewals"]
    assert next(s for s in deals[0].stages if s.id == "closedwon").metadata["probability"] == "1.0"
    ticket = client.crm.pipelines.pipelines_api.get_by_id("tickets", "0")
    assert ticket.stages[-1].metadata["ticketState"] == "CLOSED"
    with pytest.raises(ApiException) as caught:
        client.crm.pipelines.pipelines_api.get_by_id("deals", "missing")
    assert caught.value.status == 404


def test_pipeline_and_stage_crud(client):
    pipelines = client.crm.pipelines.pipelines_api
    stages = client.crm.pipelines.pipeline_stages_api
    created = pipelines.create("deals", PipelineInput(label="SDK pipeline", display_order=5, stages=[
        PipelineStageInput(label="Start", display_order=0, metadata={"probability": "0.2"})]))
    assert created.label == "SDK pipeline" and created.stages[0].metadata["probability"] == "0.2"
    assert pipelines.update("deals", created.id, PipelinePatchInput(label="SDK deals")).label == "SDK deals"
    replaced = pipelines.replace("deals", created.id, PipelineInput(label="SDK replaced", display_order=5, stages=[
        PipelineStageInput(label="Only", display_order=0, metadata={"probability": "0.5"})]))
    assert [s.label for s in replaced.stages] == ["Only"]
    stage = stages.create("deals", created.id, PipelineStageInput(label="Won", display_order=1,
                                                                  metadata={"probability": "1.0"}))
    assert stages.get_by_id("deals", created.id, stage.id).label == "Won"
    assert stages.update("deals", created.id, stage.id, PipelineStagePatchInput(label="Closed won")).label == "Closed won"
    assert stages.replace("deals", created.id, stage.id, PipelineStageInput(
        label="Done", display_order=1, metadata={"probability": "1.0"})).label == "Done"
    assert len(stages.get_all("deals", created.id).results) == 2
    with pytest.raises(ApiException) as caught:
        stages.create("deals", created.id, PipelineStageInput(label="No odds", display_order=2, metadata={}))
    assert caught.value.status == 400
    stages.archive("deals", created.id, stage.id)
    pipelines.archive("deals", created.id)
    with pytest.raises(ApiException) as caught:
        pipelines.get_by_id("deals", created.id)
    assert caught.value.status == 404
