import CasebookCore
import CasebookModel
import CasebookProtection
import Foundation

/// The consent scopes in words, for the commands that take them.
enum ConsentWords {
    /// Every scope with what it lets the team do, as a sentence list for `--help`.
    static let scopes = ConsentScope.allCases.map { "\($0.rawValue) (\($0.meaning))" }.joined(separator: "; ")

    /// The words accepted, comma-separated, for an option's one-line help.
    static let names = ConsentScope.allCases.map(\.rawValue).joined(separator: ",")
}

/// A word on consent that grants less than it may seem to.
func consentNotes(_ scopes: [ConsentScope]) -> [String] {
    guard scopes.contains(.iccContact), !scopes.contains(.iccLead), !scopes.contains(.iccEvidence) else { return [] }
    return [
        "icc-contact alone lets no ICC document cite this witness's testimony: it adds to icc-lead or icc-evidence. Add the use the witness agreed to, if any."
    ]
}

extension Case {
    /// After a command that reads or sets consent has done its work, converts the retired `icc`
    /// consent (never before: a refused command changes nothing) and tells the team, once, which
    /// witnesses to ask again.
    func convertRetiredConsentAfterwards(handler: Handler) throws {
        let converted = try convertRetiredConsent(handler: handler)
        guard let first = converted.first else { return }
        let ids = converted.map(\.description).joined(separator: ", ")
        let one = converted.count == 1
        printWarnings([
            "The consent 'icc' is retired, because it did not say what a witness agreed to. \(ids) had it and now \(one ? "has" : "have") icc-lead "
                + "(information for the ICC Prosecutor only: summarised, its words and transcript never annexed), the narrowest ICC use; the custody log records the change. "
                + "Ask \(one ? "the witness" : "each of them") which uses they agree to and record them, for example: casebook witness consent \(first) --set icc-lead,icc-evidence,icc-contact"
        ])
    }
}
