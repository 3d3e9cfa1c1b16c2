/// Why a configured token cannot be used, and the command that fixes it (the doctor prints both; the other
/// commands refuse to start with them in one line).
struct TokenProblem: Error, Equatable, CustomStringConvertible {
    /// What is wrong, e.g. "token file ~/t is readable by others (mode 644)".
    let message: String
    /// What to do about it, e.g. "chmod 600 ~/t".
    let fix: String

    /// The one-line form the commands print: "…; fix it with: chmod 600 ~/t".
    var description: String { "\(message); fix it with: \(fix)" }
}
