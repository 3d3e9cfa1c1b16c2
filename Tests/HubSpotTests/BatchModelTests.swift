import Foundation
import HubSpot
import Testing

@Suite("Batch models decode HubSpot's bodies")
struct BatchModelTests {
    @Test("a 207 body with a StandardError decodes, even with a numeric status and missing fields")
    func multiStatusBody() throws {
        let json = """
            {"status":"COMPLETE","startedAt":"2024-01-01T00:00:00.000Z","completedAt":"2024-01-01T00:00:01.000Z",
             "numErrors":2,"results":[{"id":"1","properties":{"email":"a@b.c","city":null},
               "createdAt":"2024-01-01T00:00:00Z","updatedAt":"2024-01-01T00:00:00Z","archived":false}],
             "errors":[{"status":"409","category":"CONFLICT","message":"Contact already exists. Existing ID: 7",
                        "errors":[],"context":{"id":["x"]},"links":{},"subCategory":{"kind":"odd"}},
                       {"status":400,"category":"VALIDATION_ERROR","message":"bad"}]}
            """
        let body = try HubSpotJSON.decoder().decode(BatchResponse<CRMRecord>.self, from: Data(json.utf8))
        let result = BatchResult(httpStatus: 207, response: body)
        #expect(result.isMultiStatus)
        #expect(result.results.first?[property: "email"] == "a@b.c")
        #expect(result.errors.map(\.statusCode) == [409, 400])
        #expect(result.errors[0].context["id"] == ["x"])
        #expect(result.errors[1].errors.isEmpty && result.errors[1].links.isEmpty)
    }

    @Test("outcomes match answers to inputs by trace id, in any order; without trace ids by record id")
    func outcomesByTrace() throws {
        let record = { (id: String, trace: String?) in
            CRMRecord(id: id, properties: [:], createdAt: .now, updatedAt: .now, objectWriteTraceId: trace)
        }
        let failure = { (context: [String: [String]]) in
            StandardError(status: "400", category: "VALIDATION_ERROR", message: "bad", context: context)
        }
        let traced = BatchResult(
            httpStatus: 207,
            response: BatchResponse(
                results: [record("9", "t2"), record("7", "t0")], startedAt: .now, completedAt: .now,
                errors: [failure(["objectWriteTraceId": ["t1"]])]),
            inputTraceIds: ["t0", "t1", "t2"])
        #expect(traced.outcomes.map(Self.summary) == ["ok 7", "failed", "ok 9"])
        let untraced = BatchResult(
            httpStatus: 207,
            response: BatchResponse(
                results: [record("9", nil)], startedAt: .now, completedAt: .now, errors: [failure(["id": ["7"]])]),
            inputTraceIds: ["t0", "t1", "t2"], inputRecordIds: ["7", "8", "9"])
        #expect(untraced.outcomes.map(Self.summary) == ["failed", "unanswered", "ok 9"])
    }

    private static func summary(_ outcome: BatchInputOutcome<CRMRecord>) -> String {
        switch outcome {
        case .succeeded(let record): "ok \(record.id)"
        case .failed: "failed"
        case .unanswered: "unanswered"
        }
    }

    @Test("an upsert result keeps the record and `new`, and encodes back to one flat object")
    func upsertRoundTrip() throws {
        let json = """
            {"id":"5","properties":{"email":"u@v.w"},"createdAt":"2024-01-01T00:00:00Z",
             "updatedAt":"2024-01-02T00:00:00Z","archived":false,"new":true}
            """
        let upserted = try HubSpotJSON.decoder().decode(UpsertedRecord.self, from: Data(json.utf8))
        #expect(upserted.isNew && upserted.record.id == "5")
        let encoded = try HubSpotJSON.encoder().encode(upserted)
        let object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect(object["new"] as? Bool == true)
        #expect(object["id"] as? String == "5")
        #expect(try HubSpotJSON.decoder().decode(UpsertedRecord.self, from: encoded) == upserted)
    }

    @Test("a missing `new` fails to decode rather than guessing")
    func upsertNeedsNew() {
        let json =
            #"{"id":"5","properties":{},"createdAt":"2024-01-01T00:00:00Z","updatedAt":"2024-01-01T00:00:00Z","archived":false}"#
        #expect(throws: DecodingError.self) {
            _ = try HubSpotJSON.decoder().decode(UpsertedRecord.self, from: Data(json.utf8))
        }
    }

    @Test("create inputs encode associations as HubSpot expects, and [] when there are none")
    func createInputEncoding() throws {
        let input = RecordCreateInput(
            properties: ["dealname": "x"],
            associations: [AssociationInput(toId: "9", types: [AssociationSpec(.hubspotDefined, 5)])])
        let text = String(decoding: try HubSpotJSON.encoder().encode(input), as: UTF8.self)
        #expect(
            text
                == #"{"associations":[{"to":{"id":"9"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":5}]}],"properties":{"dealname":"x"}}"#
        )
        let bare = String(decoding: try HubSpotJSON.encoder().encode(RecordCreateInput(properties: [:])), as: UTF8.self)
        #expect(bare == #"{"associations":[],"properties":{}}"#)
    }
}
