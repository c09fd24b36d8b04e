import CasebookModel
import CasebookStore
import Foundation

/// What the SMART check of one of the team's recommendations found.
///
/// UPR Info asks stakeholders for SMART recommendations (specific, measurable, achievable,
/// relevant, time-bound), because a vague one cannot be followed up four years later. The check
/// looks for three things a reader can see: an action verb first; an institution, law or
/// instrument named; a measurable output or a deadline. It is a prompt for the drafter, not a
/// gate: a recommendation is stored even when parts are missing.
public struct SMARTCheck: Codable, Sendable, Equatable {
    /// The first word is an action verb (ratify, repeal, release, establish…).
    public let startsWithActionVerb: Bool
    /// An institution, law or instrument is named (OHCHR, the Criminal Code, the Convention against Torture…).
    public let namesInstitutionOrInstrument: Bool
    /// A measurable output (all, every, a number, publish a list) or a deadline (within, by 2027, before the next review).
    public let hasMeasureOrDeadline: Bool
    /// Each missing part in plain English; empty when nothing is missing.
    public let findings: [String]

    public var isSMART: Bool { findings.isEmpty }

    public init(startsWithActionVerb: Bool, namesInstitutionOrInstrument: Bool, hasMeasureOrDeadline: Bool, findings: [String]) {
        self.startsWithActionVerb = startsWithActionVerb
        self.namesInstitutionOrInstrument = namesInstitutionOrInstrument
        self.hasMeasureOrDeadline = hasMeasureOrDeadline
        self.findings = findings
    }

    /// Checks a recommendation's text.
    public static func check(_ text: String) -> SMARTCheck {
        let words = Self.words(text)
        let first = words.first ?? ""
        let verb = actionVerbs.contains(first)
        let lowered = " " + words.joined(separator: " ") + " "
        let acronyms = text.split { !$0.isLetter && !$0.isNumber }.contains { word in
            word.count >= 2 && word.allSatisfy { $0.isUppercase || $0.isNumber } && word.contains { $0.isLetter }
                && !notInstitutions.contains(String(word))
        }
        let named = acronyms || institutionWords.contains { lowered.contains(" \($0) ") }
        let digits = text.contains { $0.isNumber }
        let measured = digits || measureWords.contains { lowered.contains(" \($0) ") }
        var findings: [String] = []
        if !verb {
            let start = first.isEmpty ? "nothing" : "'\(first)'"
            findings.append(
                "It does not start with an action verb (it starts with \(start)); begin with what the State should do: ratify, repeal, amend, release, establish, grant access, publish…"
            )
        }
        if !named {
            findings.append(
                "It names no institution, law or instrument; say which: for example the Criminal Code, the Convention against Torture, OHCHR, the Special Rapporteur, the State Security Department."
            )
        }
        if !measured {
            findings.append(
                "It has no measurable output or deadline; add one: for example 'publish the number of…', 'all political prisoners', 'within 12 months', 'before the next review'."
            )
        }
        return SMARTCheck(
            startsWithActionVerb: verb, namesInstitutionOrInstrument: named, hasMeasureOrDeadline: measured, findings: findings)
    }

    /// The text's words, lower-case, letters and digits only.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" }.map(String.init)
    }

    /// Verbs that ask for a specific action (UPR Info's category 5 and its neighbours).
    static let actionVerbs: Set<String> = [
        "abolish", "accede", "accept", "acknowledge", "adopt", "allow", "amend", "appoint", "authorize", "authorise", "cease",
        "close", "compensate", "criminalize", "criminalise", "decriminalize", "dismantle", "disclose", "end", "enact",
        "establish", "extend", "free", "grant", "guarantee", "halt", "identify", "implement", "incorporate", "introduce", "invite",
        "investigate", "issue", "lift", "permit", "prohibit", "prosecute", "provide", "publish", "ratify", "refer", "release",
        "remove", "repeal", "report", "respond", "return", "reunite", "revise", "set", "stop", "submit", "train", "withdraw",
        "inform", "create", "bring", "disband", "account", "cooperate", "engage", "ban", "restore", "reform", "give",
    ]

    /// Words and phrases that name an institution, a law or an instrument.
    static let institutionWords: [String] = [
        "convention", "covenant", "statute", "protocol", "code", "law", "laws", "article", "constitution", "treaty",
        "office", "ministry", "department", "court", "courts", "tribunal", "council", "committee", "commission",
        "rapporteur", "working group", "high commissioner", "mechanism", "mechanisms", "procedures", "police", "bureau",
        "prosecutor", "assembly", "red cross", "camps", "kwanliso", "kyohwaso", "prison", "prisons",
    ]

    /// Words and phrases that make an output measurable or set a deadline.
    static let measureWords: [String] = [
        "all", "every", "each", "number", "numbers", "list", "lists", "names", "statistics", "figures", "data", "register",
        "within", "before", "deadline", "by the end", "no later than", "next review", "next cycle", "months", "year", "years",
        "annually", "annual", "publicly", "per cent", "percent",
    ]

    /// Capitalised words that are not institutions (the State itself, the review).
    static let notInstitutions: Set<String> = ["DPRK", "UPR", "KP", "I", "II", "III", "IV"]
}
