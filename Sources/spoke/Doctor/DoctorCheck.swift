/// One line of `spoke doctor`'s report: what was checked, what was found, and for a failure the fix.
struct DoctorCheck: Equatable {
    /// How a check came out.
    enum Outcome: Equatable {
        /// It holds.
        case passed
        /// It does not; the report gives the fix and the command exits nonzero.
        case failed
        /// Not checked, or worth knowing without being wrong (a skipped write check, no rate-limit headers).
        case note
    }

    /// What was checked, e.g. "token" or "tickets": the line's first column.
    let name: String
    /// How it came out.
    let outcome: Outcome
    /// What was found, e.g. "readable (tickets)" or "cannot reach http://127.0.0.1:9: connection refused".
    let detail: String
    /// For a failure: what to do about it.
    let fix: String?
    /// For a failure: the exit status it stands for (see `ScriptExit`).
    let exitStatus: Int32

    /// A check that holds.
    static func passed(_ name: String, _ detail: String) -> DoctorCheck {
        DoctorCheck(name: name, outcome: .passed, detail: detail, fix: nil, exitStatus: 0)
    }

    /// A check that does not hold, with its fix and the exit status it stands for.
    static func failed(
        _ name: String, _ detail: String, fix: String, exitStatus: Int32 = ScriptExit.apiError
    ) -> DoctorCheck {
        DoctorCheck(name: name, outcome: .failed, detail: detail, fix: fix, exitStatus: exitStatus)
    }

    /// A line that is neither: something not checked, or worth knowing.
    static func note(_ name: String, _ detail: String) -> DoctorCheck {
        DoctorCheck(name: name, outcome: .note, detail: detail, fix: nil, exitStatus: 0)
    }
}
