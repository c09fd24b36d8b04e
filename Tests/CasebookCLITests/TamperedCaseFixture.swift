import Foundation
import Testing

/// What the tampering suites share: a signed evidence case that verifies, and the check that
/// verify now fails naming one problem.
protocol TamperedCaseFixture {}

extension TamperedCaseFixture {
    func freshCase() throws -> CLI {
        var cli = try CLI()
        try cli.makeEvidenceCase()
        let clean = try cli.run(["verify"])
        #expect(clean.status == 0, "a fresh case should verify: \(clean.stdout) \(clean.stderr)")
        return cli
    }

    @discardableResult
    func expectVerifyFails(
        _ cli: CLI, _ kind: String, _ subject: String, _ extra: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> CommandResult {
        let result = try cli.run(["verify"] + extra)
        #expect(result.status == 1, "verify should exit 1: \(result.stdout) \(result.stderr)", sourceLocation: sourceLocation)
        #expect(
            result.stdout.contains("\(kind): \(subject)"), "expected '\(kind): \(subject)' in: \(result.stdout)",
            sourceLocation: sourceLocation)
        return result
    }
}
