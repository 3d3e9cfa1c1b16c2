import Foundation
import SpokeTestSupport
import Testing

/// HubSpot's official Python SDK against `spoke sandbox`: the independent check that the sandbox
/// speaks HubSpot. The pytest suite lives in Tests/sdk; this runs it so `swift test` covers it.
@Suite(
    "HubSpot's Python SDK against the sandbox",
    .enabled(
        if: PythonSDK.isInstalled,
        "python3 with hubspot-api-client and pytest is not installed (pip install hubspot-api-client pytest)"))
struct PythonSDKTests {
    @Test("the SDK's own methods work unchanged against spoke sandbox")
    func sdkSuitePasses() async throws {
        let spoke = try #require(SpokeBinary.path, "the spoke binary was not built beside the tests")
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let (status, output) = try await ChildProcess.run(
            "/usr/bin/env",
            [
                "SPOKE_BIN=\(spoke)", "python3", "-m", "pytest", root.appendingPathComponent("sdk").path,
                "-q", "-p", "no:cacheprovider",
            ], timeout: .seconds(600))
        let summary = output.split(separator: "\n").suffix(4).joined(separator: "\n")
        print("Python SDK suite:\n\(summary)")
        #expect(status == 0, "pytest failed:\n\(output)")
        #expect(output.contains(" passed"), "pytest ran no test:\n\(output)")
    }
}

/// Whether python3 can import the SDK and pytest.
enum PythonSDK {
    static let isInstalled: Bool = {
        guard let result = try? ChildProcess.runBlocking("/usr/bin/env", ["python3", "-c", "import hubspot, pytest"])
        else {
            return false
        }
        return result.status == 0
    }()
}
