import Testing

@testable import TerminalUI

@Suite("The browser needs a terminal")
struct TerminalRequirementTests {
    @Test("a terminal on both ends with a real TERM can run the browser")
    func terminal() {
        #expect(
            TerminalRequirement.problem(
                environment: ["TERM": "xterm-256color"], inputIsTerminal: true, outputIsTerminal: true) == nil)
    }

    @Test("no terminal on stdin or stdout, or a TERM that cannot place the cursor, is named with what to do")
    func noTerminal() {
        let stdin = TerminalRequirement.problem(
            environment: ["TERM": "xterm"], inputIsTerminal: false, outputIsTerminal: true)
        #expect(stdin?.hasPrefix("standard input is not a terminal") == true)
        let stdout = TerminalRequirement.problem(
            environment: ["TERM": "xterm"], inputIsTerminal: true, outputIsTerminal: false)
        #expect(stdout?.hasPrefix("standard output is not a terminal") == true)
        for environment in [["TERM": "dumb"], [:], ["TERM": " "]] {
            let problem = TerminalRequirement.problem(
                environment: environment, inputIsTerminal: true, outputIsTerminal: true)
            #expect(problem?.contains("cannot place the cursor") == true, "\(environment)")
            #expect(problem?.contains("spoke list") == true)
        }
    }
}
