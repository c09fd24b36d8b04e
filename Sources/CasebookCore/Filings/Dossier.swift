import CasebookModel
import CasebookStore
import Foundation

/// Everything an ICC-referral-style dossier says, gathered from the case in one pass, before any
/// rendering: the Markdown, HTML and Word files are all written from this one value, so they cannot
/// disagree, and a test can check the content without parsing a document.
///
/// It is material for the lawyer's argument: figures are counted, never weighed, and no section
/// states a legal conclusion. Every statement that rests on sources carries `DossierCitation`s,
/// and only sources whose witnesses consented to ICC use are cited; the rest are counted.
public struct Dossier: Codable, Sendable, Equatable {
    public var cover: DossierCover
    public let summary: DossierSummary
    public let methodology: DossierMethodology
    public let jurisdiction: [IncidentJurisdiction]
    /// What happened, incident by incident, before the law is applied.
    public let facts: DossierFacts
    public let context: DossierContext
    public let crimes: [DossierCrime]
    public let perpetrators: [DossierPerpetrator]
    public let admissibility: DossierAdmissibility
    public let protection: DossierProtection
    /// The requests to the Prosecutor, as the team wrote them (`case set requests`).
    public let requests: String?
    public let annexes: DossierAnnexes
    /// The terms on which the witnesses' accounts are submitted, for the cover and the requests.
    public var terms = DossierTerms()
    /// Combinations of details printed together that could identify a witness: for the team,
    /// never in the filing.
    public var identificationRisks: [String] = []

    /// Every evidence item a footnote cites, for the custody log's `accessed` events.
    public var citedEvidence: [RecordID] { citedSources.filter { $0.kind == .evidence } }

    /// Every source a footnote cites, each once, in id order.
    public var citedSources: [RecordID] {
        Array(Set(allCitations.flatMap(\.sources))).sorted(by: Case.ordered)
    }

    var allCitations: [DossierCitation] {
        Self.citations(attacks: context.attacks, crimes: crimes, perpetrators: perpetrators)
            + facts.groups.flatMap { $0.incidents.flatMap(\.sources) }
    }

    /// Every footnote of these sections, in section order.
    static func citations(attacks: [DossierAttack], crimes: [DossierCrime], perpetrators: [DossierPerpetrator]) -> [DossierCitation]
    {
        var all: [DossierCitation] = []
        for attack in attacks { all += attack.elements.flatMap(\.citations) }
        for crime in crimes {
            all += crime.elements.flatMap(\.citations)
            all += crime.allegations.flatMap(\.general)
        }
        for perpetrator in perpetrators {
            for attribution in perpetrator.attributions {
                all += attribution.linkage
                all += attribution.elements.flatMap(\.citations)
            }
        }
        return all
    }
}

/// The cover page: who files, about what, when, and how confidential it is.
public struct DossierCover: Codable, Sendable, Equatable {
    public let title: String
    public let organization: String?
    public let organizationDescription: String?
    public let contact: String?
    public let situation: String?
    public let period: String?
    /// The date the dossier speaks as of (`--as-of`), YYYY-MM-DD.
    public let date: String
    /// Identifies this version: the custody log's head when it was written.
    public let version: String
    public let confidentiality: String?
    /// What the dossier was limited to (`--actor`, `--crime`, `--from`/`--to`), in words; nil for the whole case.
    public let scope: String?
    /// Set when the case's integrity check found problems and the team wrote it anyway.
    public var unverifiedWarning: String?
}

/// The executive summary's figures.
public struct DossierSummary: Codable, Sendable, Equatable {
    public let incidents: Int
    /// Victims as recorded; `victimsEstimated` says whether any figure is an estimate.
    public let victims: Int
    public let victimsEstimated: Bool
    public let crimes: [CrimeCount]
    public let actors: Int
    /// The earliest and latest day of the incidents covered.
    public let periodStart: String?
    public let periodEnd: String?
    public let places: [String]
    public let countries: [String]
}

/// One crime category and how many incidents and victims are alleged under it.
public struct CrimeCount: Codable, Sendable, Equatable {
    public let key: String
    public let name: String
    public let article: String
    public let allegations: Int
    public let incidents: Int
    public let victims: Int
}

/// How the information was gathered and kept.
public struct DossierMethodology: Codable, Sendable, Equatable {
    public let testimonies: Int
    public let witnesses: Int
    public let interviewsByYear: [YearCount]
    public let evidenceByKind: [KindCount]
    public let evidenceItems: Int
    /// The newest event of the custody log that records evidence, custody or consent (documents
    /// and checks written since do not move it, so the same case gives the same dossier).
    public let custodyHeadSequence: Int64
    public let custodyHeadHash: String?
    /// The day `verify` last found everything intact, on or before the dossier's date, if ever.
    public let lastVerified: String?
    /// The standard of proof the elements are weighed against, and where they stand.
    public var weighing: ElementWeighing? = nil
}

public struct YearCount: Codable, Sendable, Equatable {
    public let year: String
    public let count: Int
}

public struct KindCount: Codable, Sendable, Equatable {
    public let kind: String
    public let count: Int
}

/// A footnote: one source as the dossier cites it, with its pinpoint.
public struct DossierCitation: Codable, Sendable, Equatable, Hashable {
    public let source: RecordID
    /// e.g. "T-12 (W-7, interview 2019-05-02), para. 14" or "E-31 (satellite image, SHA-256 3f2a…9c1d)".
    public let text: String
    /// The interview's transcript, named in the same footnote: one source, never two.
    public var transcript: RecordID? = nil

    /// The sources the footnote names: the source, and the transcript beside its interview.
    public var sources: [RecordID] { [source] + (transcript.map { [$0] } ?? []) }
}

/// One legal element and what proves it.
public struct DossierElement: Codable, Sendable, Equatable {
    public let number: Int
    /// The element, paraphrased, with its citation to the Elements of Crimes.
    public let text: String
    public let citation: String
    public let isContextual: Bool
    /// The incidents in which this element is supported by at least one source.
    public let incidents: [RecordID]
    public let citations: [DossierCitation]
    /// Testimonies that support the element but whose witnesses did not consent to ICC use.
    public let withheld: Int
    /// Allegations in which the element has no source yet and no argument (empty when every one has a source).
    public let gaps: [RecordID]
    /// The team's arguments for the element (`argue`): per allegation for a crime's element, or the
    /// record's own (no allegation) for an attack's or an attribution's.
    public var arguments: [DossierArgument] = []
    /// Allegations in which the element has no source but is argued: alleged by inference.
    public var inferred: [RecordID] = []
    /// Why the element need not be proved, when that is so (e.g. the result of an attempt).
    public let notRequired: String?
    public var isProved: Bool { gaps.isEmpty }
    /// How the element's sources weigh, incident by incident (or for the one record of an attack
    /// or an attribution), against the case's standard of proof; gaps are in `gaps`.
    public var weighings: [DossierWeighing] = []
}

/// The team's argument for an element, as the dossier prints it.
public struct DossierArgument: Codable, Sendable, Equatable {
    /// The allegation it is made in, for an element gathered over several allegations.
    public let allegation: RecordID?
    public let text: String
}

/// One element's sources, for one incident, weighed against the standard of proof.
public struct DossierWeighing: Codable, Sendable, Equatable {
    /// The incident, nil for an attack's element.
    public let incident: RecordID?
    public let corroboration: Corroboration
}

/// The attack record and the figures a lawyer may use to argue "widespread or systematic".
public struct DossierContext: Codable, Sendable, Equatable {
    public let attacks: [DossierAttack]
    /// Counted from the allegations linked to an attack whose incident falls within its period.
    public let statistics: AttackStatistics
    /// Allegations linked to an attack, and those not yet linked to any.
    public let linkedAllegations: [RecordID]
    public let unlinkedAllegations: [RecordID]
    /// Allegations linked to an attack whose period does not cover their incident: not counted in it.
    public var outsideAttackPeriod: [RecordID] = []
}

public struct DossierAttack: Codable, Sendable, Equatable {
    public let id: RecordID
    public let title: String
    public let period: String?
    public let population: String?
    public let policy: String?
    public let widespread: String?
    public let systematic: String?
    public let description: String?
    public let elements: [DossierElement]
}

/// Counted, never weighed: the material for the lawyer's argument on scale and pattern.
public struct AttackStatistics: Codable, Sendable, Equatable {
    public let incidents: Int
    public let victims: Int
    public let victimsEstimated: Bool
    public let firstYear: Int?
    public let lastYear: Int?
    public let places: Int
    public let countries: Int
    public let patterns: [RecurringPattern]
}

/// The same crime attributed to the same actor in several places or years.
public struct RecurringPattern: Codable, Sendable, Equatable {
    public let crime: String
    public let crimeName: String
    public let actor: RecordID
    public let actorName: String
    public let incidents: [RecordID]
    public let places: [String]
    public let years: [Int]
}

/// One crime category: its article, its elements and the incidents alleged under it.
public struct DossierCrime: Codable, Sendable, Equatable {
    public let key: String
    public let name: String
    public let article: String
    public let elementsHeading: String
    public let allegations: [DossierAllegation]
    public let elements: [DossierElement]
}

/// An allegation as the crimes section lists it: the incident, with date, place, victims and who is alleged responsible.
public struct DossierAllegation: Codable, Sendable, Equatable {
    public let id: RecordID
    public let incident: RecordID
    public let incidentTitle: String
    public let date: String
    public let place: String?
    public let country: String?
    public let victims: Int?
    public let victimsEstimated: Bool
    public let actors: [String]
    /// Sources cited for the allegation as a whole rather than for one element.
    public let general: [DossierCitation]
    public let cautions: [String]
    /// For an attempt (art. 25(3)(f)), the element keys it replaces (the crime's result); empty otherwise.
    public var attemptReplaces: [String] = []
}

/// One alleged perpetrator, with position, hierarchy and each attribution by mode of liability.
public struct DossierPerpetrator: Codable, Sendable, Equatable {
    public let id: RecordID
    public let name: String
    public let kind: ActorKind
    public let position: String?
    public let nationality: String?
    public let superiors: [SuperiorLink]
    public let subordinates: [String]
    public let attributions: [DossierAttribution]
}

public struct DossierAttribution: Codable, Sendable, Equatable {
    public let allegation: RecordID
    public let crimeName: String
    public let incident: RecordID
    public let incidentTitle: String
    /// Each mode as "Ordering (art. 25(3)(b))".
    public let modes: [String]
    /// Evidence linking this actor to the conduct.
    public let linkage: [DossierCitation]
    public let withheldLinkage: Int
    /// The modes' elements, then the actor's knowledge and intent, each proved or open.
    public let elements: [DossierElement]
    public let cautions: [String]
}

/// Complementarity and gravity: the team's notes, and gravity figures counted from the case.
public struct DossierAdmissibility: Codable, Sendable, Equatable {
    public let complementarity: String?
    /// Every State with jurisdiction over an incident, by territory or by the nationality of an
    /// alleged perpetrator: the States whose proceedings art. 17 asks about.
    public var states: [StateWithJurisdiction] = []
    /// The incidents the gravity figures count (`--scope`).
    public var scope: DossierScope = .all
    /// With the proprio motu scope, the incidents left out of the gravity figures, each with its route.
    public var outsideScope: [IncidentRoute] = []
    public let gravityNotes: String?
    /// Scale: incidents, victims, time span, places.
    public let scale: [String]
    /// Nature: the crime categories alleged, with counts.
    public let nature: [String]
    /// Manner: institutions and persons alleged, recurring patterns, attempts.
    public let manner: [String]
    /// Impact: the victim groups recorded.
    public let impact: [String]
}

/// What protects the witnesses: counts only, never who they are.
public struct DossierProtection: Codable, Sendable, Equatable {
    public let witnesses: Int
    public let witnessesCited: Int
    public let testimoniesCited: Int
    public let testimoniesWithheld: Int
}

public struct DossierAnnexes: Codable, Sendable, Equatable {
    public let evidence: [EvidenceIndexEntry]
    public let witnesses: [WitnessIndexEntry]
    /// The interviews cited, each summarised: what an analyst reads before the footnotes.
    public var testimonies: [TestimonyIndexEntry] = []
    public let incidents: [DossierAllegationIncident]
    public let crimeGlossary: [GlossaryEntry]
    public let modeGlossary: [GlossaryEntry]
}

/// One row of the evidence index: enough for anyone to check the file with `sha256sum`.
public struct EvidenceIndexEntry: Codable, Sendable, Equatable {
    public let id: RecordID
    public let description: String
    public let kind: String?
    public let size: Int64
    public let sha256: String
    public let acquired: String
    public let lastCustodyEvent: String
    /// The day it was acquired, if recorded (YYYY-MM-DD or as precise as recorded).
    public var acquiredOn: String? = nil
    /// The day it entered the case and was hashed (YYYY-MM-DD).
    public var enteredOn: String = ""
    /// Hashed on a later day than it was acquired: its custody in between rests on other records.
    public var hashedAfterAcquisition: Bool {
        guard let acquiredOn, acquiredOn.count >= 4 else { return false }
        return enteredOn > PartialDateText.latestDay(acquiredOn)
    }
}

/// One cited interview as the annex summarises it: by pseudonym, never by name.
public struct TestimonyIndexEntry: Codable, Sendable, Equatable {
    public let id: RecordID
    public let witness: RecordID
    public let pseudonym: String
    public let date: String
    public let place: String?
    public let language: String?
    public let summary: String?
    /// How the witness knows what the cited passages say, over every citation of the interview.
    public let bases: [String]
    /// The source's reliability grade (A to F), if graded.
    public let reliability: SourceReliability?
    /// Given as information only (art. 54(3)(e)): summarised here, never annexed.
    public var leadOnly = false
    /// The witness agreed that the Office may ask to meet them, through the sender.
    public var contact = false
}

/// A witness as the annex lists them: pseudonym only.
public struct WitnessIndexEntry: Codable, Sendable, Equatable {
    public let id: RecordID
    public let pseudonym: String
    public let testimoniesCited: Int
}

public struct DossierAllegationIncident: Codable, Sendable, Equatable {
    public let id: RecordID
    public let title: String
    public let date: String
    public let place: String?
    public let country: String?
    public let victims: Int?
    public let victimsEstimated: Bool
    public let crimes: [String]
}

public struct GlossaryEntry: Codable, Sendable, Equatable {
    public let key: String
    public let name: String
    public let article: String
}

/// A State with jurisdiction over some of the incidents, and on what ground.
public struct StateWithJurisdiction: Codable, Sendable, Equatable {
    /// ISO 3166-1 alpha-2 code.
    public let code: String
    /// The incidents on its territory (or with a part on it).
    public let territory: [RecordID]
    /// The incidents attributed to one of its nationals.
    public let nationality: [RecordID]
}

/// The last day a recorded date (`2013`, `2013-07`, `2013-07-04`) could mean, for comparisons
/// with a day; the text itself when it is not a date.
enum PartialDateText {
    static func latestDay(_ text: String) -> String {
        (try? PartialDate(parsing: String(text.prefix(10))))?.latestDay ?? text
    }
}

/// An incident and the one route by which the Court could come to it.
public struct IncidentRoute: Codable, Sendable, Equatable {
    public let incident: RecordID
    public let title: String
    public let date: String
    public let route: JurisdictionRoute
}

/// The terms on which a dossier submits the witnesses' accounts to the Office of the Prosecutor:
/// what each witness agreed to (information only, evidence, contact), how the Office may reach
/// those who agreed to meet it, and the victims' wish to be heard.
public struct DossierTerms: Codable, Sendable, Equatable {
    /// Interviews cited as information only (art. 54(3)(e)).
    public var leadOnly = 0
    /// Interviews cited that may be used as evidence.
    public var evidence = 0
    /// Witnesses cited who agreed that the Office may ask to meet them.
    public var contactable = 0
    /// How the Office may reach those witnesses (`case set contact-channel`).
    public var contactChannel: String?
    /// The cover gives the sender's contact point.
    public var senderContact = false
    /// The victims' wish to make representations (`case set victims-views`).
    public var victimsViews: String?

    public init() {}
}
