import CasebookModel
import CasebookStore
import Foundation

/// A stored country or nationality code that is not an officially assigned ISO 3166-1 code.
///
/// Every command checks the codes it writes, but a database edited by hand, or written by an
/// older version of Casebook, may hold one; `status` names each so the team can correct it before
/// a jurisdiction analysis rests on it.
public struct InvalidCountryCode: Codable, Sendable, Equatable {
    /// The incident (its country) or the actor (its nationality).
    public let id: RecordID
    /// `country` for an incident, `nationality` for an actor.
    public let field: String
    /// The code as stored.
    public let code: String
    /// The command that corrects it, with the code it most likely means when there is one (`kp` → KP).
    public let fix: String

    /// The problem and its fix, in one sentence.
    public var sentence: String {
        let what = field == "country" ? "country code" : "nationality"
        let problem =
            fix.hasSuffix(" CC")
            ? "which is not an officially assigned ISO 3166-1 country code"
            : "which is not written as codes are stored (two upper-case letters)"
        return "\(id) has the \(what) '\(code)', \(problem); correct it with '\(fix)'."
    }
}

extension AppDatabase {
    /// Incidents and actors whose stored code is not an upper-case, officially assigned code.
    static func invalidCountryCodes(in tx: StoreTransaction) throws -> [InvalidCountryCode] {
        var found: [InvalidCountryCode] = []
        let sources: [(rows: [(id: Int64, code: String)], column: String, kind: RecordKind, command: String)] = [
            (try tx.incidentCountryCodes(), "country", .incident, "incident update"),
            (try tx.actorNationalityCodes(), "nationality", .actor, "actor update"),
        ]
        for source in sources {
            for row in source.rows {
                let code = row.code
                guard !isStoredCode(code) else { continue }
                let id = RecordID(source.kind, row.id)
                let upper = code.trimmingCharacters(in: .whitespaces).uppercased()
                let suggestion = isStoredCode(upper) ? upper : "CC"
                found.append(
                    InvalidCountryCode(
                        id: id, field: source.column, code: code,
                        fix: "casebook \(source.command) \(id) --\(source.column) \(suggestion)"))
            }
        }
        return found
    }

    /// Whether `code` is what the checks store: two upper-case letters of an assigned code.
    static func isStoredCode(_ code: String) -> Bool {
        code.count == 2 && code.allSatisfy { $0.isASCII && $0.isUppercase } && CountryCodes.isAssigned(code)
    }
}
