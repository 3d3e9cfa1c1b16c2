@testable import HubSpot

// MARK: - Every response type the client decodes
extension ResponseTarget {
    /// One target per decoded type (`grep -n "perform(\|decode(" Sources/HubSpot/**/*.swift`), each with the calls
    /// whose answers the sandbox gives for the corpus.
    static let all: [ResponseTarget] = records + definitions + associations + [account, oauthGrant, errorBody]

    private static let records: [ResponseTarget] = [
        ResponseTarget(
            RecordPage.self, name: "RecordPage",
            read: { page in
                ScreenReading.read(page)
                page.results.forEach(ScreenReading.read)
            },
            calls: [
                { client, _ in
                    _ = try await client.listRecords("contacts", ListQuery(limit: 20, associations: ["companies"]))
                },
                { client, _ in _ = try await client.search("deals", SearchRequest(limit: 10)) },
                { client, _ in
                    _ = try await client.listRecords("2-3465404", ListQuery(limit: 5, propertiesWithHistory: ["model"]))
                },
            ]),
        ResponseTarget(
            CRMRecord.self, read: ScreenReading.read,
            calls: [
                { client, ids in
                    _ = try await client.record(
                        "contacts", id: ids.contacts[0], propertiesWithHistory: ["firstname"],
                        associations: ["companies", "deals"])
                },
                { client, ids in
                    _ = try await client.createRecord(
                        "contacts", properties: ["email": "fuzz.\(ids.company)@example.com"])
                },
            ]),
        ResponseTarget(
            BatchResponse<CRMRecord>.self, name: "BatchResponse<CRMRecord>",
            read: { batch in
                batch.results.forEach(ScreenReading.read)
                _ = batch.errors?.map(\.statusCode)
            },
            calls: [
                { client, ids in
                    _ = try await client.batchRead(
                        "contacts", ids: ids.contacts + ["999999999"], propertiesWithHistory: ["lastname"])
                },
                { client, _ in
                    _ = try await client.batchCreate(
                        "contacts",
                        [
                            RecordCreateInput(properties: ["email": "fuzz.batch@example.com"]),
                            RecordCreateInput(properties: ["no_such_property": "x"]),
                        ])
                },
            ]),
        ResponseTarget(
            BatchResponse<UpsertedRecord>.self, name: "BatchResponse<UpsertedRecord>",
            read: { batch in
                for result in batch.results { ScreenReading.read(result.record) }
            },
            calls: [
                { client, _ in
                    _ = try await client.batchUpsert(
                        "contacts",
                        [
                            RecordUpsertInput(
                                id: "fuzz.upsert@example.com", idProperty: "email",
                                properties: ["firstname": "Upsert"])
                        ])
                }
            ]),
    ]

    private static let definitions: [ResponseTarget] = [
        ResponseTarget(
            CollectionPage<PropertyDefinition>.self, name: "CollectionPage<PropertyDefinition>",
            read: { page in
                page.results.forEach(ScreenReading.read)
            }, calls: [{ client, _ in _ = try await client.properties(of: "deals") }]),
        ResponseTarget(
            PropertyDefinition.self, read: ScreenReading.read,
            calls: [
                { client, _ in _ = try await client.property("deals", name: "dealstage") }
            ]),
        ResponseTarget(
            BatchResponse<PropertyDefinition>.self, name: "BatchResponse<PropertyDefinition>",
            read: { batch in
                batch.results.forEach(ScreenReading.read)
            },
            calls: [
                { client, _ in
                    _ = try await client.batchReadProperties("companies", names: ["name", "domain", "nothing"])
                }
            ]),
        ResponseTarget(
            CollectionPage<PropertyGroup>.self, name: "CollectionPage<PropertyGroup>",
            calls: [{ client, _ in _ = try await client.propertyGroups("contacts") }]),
        ResponseTarget(
            PropertyGroup.self,
            calls: [{ client, ids in _ = try await client.propertyGroup("contacts", name: ids.propertyGroup) }]),
        ResponseTarget(
            CollectionPage<PropertyValidation>.self, name: "CollectionPage<PropertyValidation>",
            read: { page in _ = page.results.flatMap(\.propertyValidationRules).map(\.ruleType.isKnown) },
            calls: [{ client, _ in _ = try await client.propertyValidations(of: "deals") }]),
        ResponseTarget(
            CollectionPage<PropertyValidationRule>.self, name: "CollectionPage<PropertyValidationRule>",
            calls: [{ client, _ in _ = try await client.propertyValidationRules("contacts", property: "phone") }]),
        ResponseTarget(
            PropertyValidationRule.self,
            read: { _ = ValidationRuleEvaluator.evaluate("x", against: $0, label: "X") },
            calls: [
                { client, _ in
                    _ = try await client.propertyValidationRule("deals", property: "amount", ruleType: .decimal)
                }
            ]),
        ResponseTarget(
            CollectionPage<Pipeline>.self, name: "CollectionPage<Pipeline>",
            read: { page in
                _ = page.results.flatMap(\.stages).map { ($0.probability, $0.isClosed) }
            }, calls: [{ client, _ in _ = try await client.pipelines("deals") }]),
        ResponseTarget(
            Pipeline.self, calls: [{ client, ids in _ = try await client.pipeline("deals", id: ids.pipeline) }]),
        ResponseTarget(
            CollectionPage<PipelineStage>.self, name: "CollectionPage<PipelineStage>",
            calls: [{ client, ids in _ = try await client.pipelineStages("deals", pipelineId: ids.pipeline) }]),
        ResponseTarget(
            PipelineStage.self, read: { _ = ($0.probability, $0.isClosed) },
            calls: [
                { client, ids in
                    _ = try await client.pipelineStage("deals", pipelineId: ids.pipeline, stageId: ids.stage)
                }
            ]),
        ResponseTarget(
            CollectionPage<Owner>.self, name: "CollectionPage<Owner>",
            read: { page in
                ScreenReading.read(page)
                _ = page.results.map(\.displayName)
            }, calls: [{ client, _ in _ = try await client.owners() }]),
        ResponseTarget(
            Owner.self, read: { _ = $0.displayName },
            calls: [{ client, ids in _ = try await client.owner(id: ids.owner) }]),
        ResponseTarget(
            CollectionPage<ObjectSchema>.self, name: "CollectionPage<ObjectSchema>",
            read: { page in
                _ = page.results.map(\.objectType)
                page.results.flatMap(\.properties).forEach(ScreenReading.read)
            }, calls: [{ client, _ in _ = try await client.schemas() }]),
        ResponseTarget(
            ObjectSchema.self, read: { _ = $0.objectType },
            calls: [
                { client, ids in _ = try await client.schema(ids.customObject) }
            ]),
        ResponseTarget(
            AssociationDefinition.self,
            calls: [
                { client, ids in
                    _ = try await client.createSchemaAssociation(ids.customObject, from: ids.customObject, to: "0-2")
                }
            ]),
    ]

    private static let associations: [ResponseTarget] = [
        ResponseTarget(
            CollectionPage<AssociatedObject>.self, name: "CollectionPage<AssociatedObject>",
            read: { page in
                ScreenReading.read(page)
                _ = page.results.map(\.labels)
            },
            calls: [
                { client, ids in
                    // The per-record list's body: a call of the generations that have it (2026-09 reads in batches).
                    var legacy = client
                    legacy.apiVersion = .legacy
                    _ = try await legacy.associations(of: "contacts", id: ids.contacts[0], to: "companies")
                }
            ]),
        ResponseTarget(
            CollectionPage<AssociationTypeLabel>.self, name: "CollectionPage<AssociationTypeLabel>",
            read: { page in
                _ = page.results.map(\.spec)
            }, calls: [{ client, _ in _ = try await client.associationLabels(from: "contacts", to: "companies") }]),
        ResponseTarget(
            LabelsBetweenObjectPair.self,
            calls: [
                { client, ids in
                    _ = try await client.associate(
                        "contacts", id: ids.contacts[1], with: "companies", id: ids.company,
                        types: [AssociationSpec(.hubspotDefined, 279)])
                }
            ]),
        ResponseTarget(
            BatchResponse<LabelsBetweenObjectPair>.self, name: "BatchResponse<LabelsBetweenObjectPair>",
            calls: [
                { client, ids in
                    _ = try await client.batchCreateAssociations(
                        from: "contacts", to: "companies",
                        [
                            AssociationPairInput(
                                fromId: ids.contacts[2], toId: ids.company,
                                types: [AssociationSpec(.hubspotDefined, 279)])
                        ])
                }
            ]),
        ResponseTarget(
            BatchResponse<DefaultAssociation>.self, name: "BatchResponse<DefaultAssociation>",
            calls: [
                { client, ids in
                    _ = try await client.associateDefault(
                        "contacts", id: ids.contacts[0], with: "companies", id: ids.company)
                }
            ]),
        ResponseTarget(
            BatchResponse<AssociationBatchReadResult>.self, name: "BatchResponse<AssociationBatchReadResult>",
            read: { batch in
                _ = batch.results.map { $0.paging?.next?.after }
            },
            calls: [
                { client, ids in
                    _ = try await client.batchReadAssociations(from: "contacts", to: "companies", ids: ids.contacts)
                }
            ]),
    ]

    private static let account = ResponseTarget(
        AccountDetails.self, calls: [{ client, _ in _ = try await client.accountDetails() }])

    private static let oauthGrant = ResponseTarget(
        OAuthGrant.self, plainDecoder: true,
        calls: [
            { client, _ in _ = try await client.exchangeRefreshToken(CorpusSandbox.oauthApp) }
        ])

    /// HubSpot's error body: 404, 400 with per-property details, 409 with the existing id, 429 (from a second,
    /// rate-limited sandbox in the corpus).
    private static let errorBody = ResponseTarget(
        APIErrorBody.self, isErrorBody: true, read: { _ = $0.propertyValidationResults },
        calls: [
            { client, _ in _ = try await client.record("contacts", id: "999999999") },
            { client, _ in
                _ = try await client.createRecord(
                    "contacts", properties: ["no_such_property": "x", "email": "not an email"])
            },
            { client, ids in
                _ = try await client.createRecord("contacts", properties: ["email": "fuzz.\(ids.company)@example.com"])
            },
            { client, _ in
                _ = try await client.createRecord(
                    "contacts", properties: ["email": "fuzz.rule@example.com", "phone": "+1 617 555 0100 ext. 12345"])
            },
        ])
}
