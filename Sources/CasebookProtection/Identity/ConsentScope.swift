import CasebookModel
import Foundation

/// What a witness has agreed their testimony may be used for.
///
/// Scopes are stored with the witness now so that every document written later can
/// decide which sources it may cite; a witness with no scopes is cited nowhere.
public enum ConsentScope: String, CaseIterable, Sendable, Codable {
    /// May be cited in confidential ICC material.
    case icc
    /// May be cited in a UPR submission, which becomes public.
    case upr
    /// May be quoted in public reports.
    case `public`
    /// May be named, with consent.
    case named

    /// Parses a comma-separated list such as `icc,upr`; an empty list means no consent.
    public static func parseList(_ text: String) throws(CasebookModel.RecordError) -> [ConsentScope] {
        var scopes: [ConsentScope] = []
        for part in text.split(separator: ",") {
            let word = part.trimmingCharacters(in: .whitespaces).lowercased()
            if word.isEmpty { continue }
            guard let scope = ConsentScope(rawValue: word) else {
                throw .invalidValue(
                    field: "consent scope", value: word,
                    accepted: "the scopes are icc, upr, public and named, separated by commas")
            }
            if !scopes.contains(scope) { scopes.append(scope) }
        }
        return scopes.sorted { $0.order < $1.order }
    }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// The stored form: scopes in a fixed order, comma-separated.
    package static func storedForm(_ scopes: [ConsentScope]) -> String {
        scopes.map(\.rawValue).joined(separator: ",")
    }
}
