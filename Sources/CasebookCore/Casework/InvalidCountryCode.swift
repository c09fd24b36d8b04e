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
    /// The officially assigned code it most likely means (`kp` → `KP`), or nil when none is.
    public let likely: String?
}

extension AppDatabase {
    /// Incidents and actors whose stored code is not an upper-case, officially assigned code.
    static func invalidCountryCodes(in tx: StoreTransaction) throws -> [InvalidCountryCode] {
        var found: [InvalidCountryCode] = []
        let sources: [(rows: [(id: Int64, code: String)], column: String, kind: RecordKind)] = [
            (try tx.incidentCountryCodes(), "country", .incident),
            (try tx.actorNationalityCodes(), "nationality", .actor),
        ]
        for source in sources {
            for row in source.rows {
                let code = row.code
                guard !isStoredCode(code) else { continue }
                let id = RecordID(source.kind, row.id)
                let upper = code.trimmingCharacters(in: .whitespaces).uppercased()
                found.append(
                    InvalidCountryCode(id: id, field: source.column, code: code, likely: isStoredCode(upper) ? upper : nil))
            }
        }
        return found
    }

    /// Whether `code` is what the checks store: two upper-case letters of an assigned code.
    static func isStoredCode(_ code: String) -> Bool {
        code.count == 2 && code.allSatisfy { $0.isASCII && $0.isUppercase } && CountryCodes.isAssigned(code)
    }
}
