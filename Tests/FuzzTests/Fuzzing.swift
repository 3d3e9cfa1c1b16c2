import Testing

/// Every fuzz test, one at a time: each gets the whole machine for its budget, so the figures mean something
/// and CI's total time is the sum of the budgets.
@Suite("Fuzzing (issue 7): bad input gives a clear error, never a crash or a hang", .serialized)
enum Fuzzing {}
