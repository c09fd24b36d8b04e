import CasebookModel
import Foundation

/// What a witness has agreed their testimony may be used for.
///
/// Scopes are stored with the witness now so that every document written later can
/// decide which sources it may cite; a witness with no scopes is cited nowhere. Toward the
/// International Criminal Court a witness grants three uses separately, because each carries
/// a different risk: information only, evidence (and so disclosure to the defence), and
/// contact with the Office.
public enum ConsentScope: String, CaseIterable, Sendable, Codable {
    /// Information for the Office of the Prosecutor only: received on the condition of
    /// confidentiality and solely to generate new evidence (art. 54(3)(e)); summarised in a
    /// dossier, never annexed.
    case iccLead = "icc-lead"
    /// May be used as evidence before the Court, and so disclosed to the defence under
    /// protective measures.
    case iccEvidence = "icc-evidence"
    /// The Office may ask to meet the witness, through the team.
    case iccContact = "icc-contact"
    /// May be cited in a UPR submission, which becomes public.
    case upr
    /// May be quoted in public reports.
    case `public`
    /// May be named, with consent.
    case named

    /// The single ICC scope of earlier versions, which did not say which use the witness agreed to.
    public static let retiredICC = "icc"

    /// What each scope lets the team do, for help texts and messages.
    public var meaning: String {
        switch self {
        case .iccLead:
            "information for the ICC Prosecutor only, under art. 54(3)(e): summarised, its words and transcript never annexed"
        case .iccEvidence: "may be used as evidence before the ICC, and so disclosed to the defence under protective measures"
        case .iccContact:
            "the ICC Prosecutor's office may ask to meet the witness, through the team; it adds to icc-lead or icc-evidence, and alone lets no ICC document cite the testimony"
        case .upr: "may be cited in a UPR submission, which becomes public"
        case .public: "may be quoted in public reports"
        case .named: "may be named"
        }
    }

    /// Parses a comma-separated list typed by a user or read from an import, such as
    /// `icc-evidence,upr`; an empty list means no consent. The retired `icc` is refused with the
    /// three uses that replace it, because only the witness can say which they agreed to.
    public static func parseList(_ text: String) throws(CasebookModel.RecordError) -> [ConsentScope] {
        var scopes: [ConsentScope] = []
        for part in text.split(separator: ",") {
            let word = part.trimmingCharacters(in: .whitespaces).lowercased()
            if word.isEmpty { continue }
            guard let scope = ConsentScope(rawValue: word) else {
                if word == retiredICC {
                    throw .invalidValue(
                        field: "consent scope", value: word,
                        accepted:
                            "it was retired because it did not say what the witness agreed to. Record the ICC uses the witness granted, "
                            + "one or more of: "
                            + [iccLead, iccEvidence, iccContact].map { "\($0.rawValue) (\($0.meaning))" }.joined(separator: "; ")
                            + "; for example icc-evidence,icc-contact. upr, public and named are unchanged")
                }
                throw .invalidValue(
                    field: "consent scope", value: word,
                    accepted:
                        "the scopes are \(allCases.dropLast().map(\.rawValue).joined(separator: ", ")) and \(named.rawValue), separated by commas"
                )
            }
            if !scopes.contains(scope) { scopes.append(scope) }
        }
        return scopes.sorted { $0.order < $1.order }
    }

    /// Reads a stored consent list. A list stored before the ICC uses were separated may hold the
    /// retired `icc`, read as `icc-lead`, the narrowest use, until the case converts it
    /// (`Case.convertRetiredConsent`); an unreadable word grants nothing.
    public static func storedList(_ text: String) -> [ConsentScope] {
        var scopes: [ConsentScope] = []
        for part in text.split(separator: ",") {
            let word = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let scope = word == retiredICC ? .iccLead : ConsentScope(rawValue: word) else { continue }
            if !scopes.contains(scope) { scopes.append(scope) }
        }
        return scopes.sorted { $0.order < $1.order }
    }

    /// Whether a stored list still holds the retired `icc`.
    public static func holdsRetiredICC(_ text: String) -> Bool {
        text.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces).lowercased() == retiredICC }
    }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// The stored form: scopes in a fixed order, comma-separated.
    package static func storedForm(_ scopes: [ConsentScope]) -> String {
        scopes.map(\.rawValue).joined(separator: ",")
    }
}
