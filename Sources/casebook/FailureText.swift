import ArgumentParser
import CasebookCore
import CasebookInterchange
import CasebookModel
import CasebookProtection
import CasebookStore

/// The command line's words for the core's errors, in one place (as ArgumentParser's `Usage/`).
///
/// The core says what is wrong with typed errors (ids, values, limits) and never names an option
/// or a command, so it can serve other front ends; here each error is switched on by its type and
/// case, each thing becomes the option that sets it and each error gets the command to try, so
/// the person at the terminal reads one sentence naming the thing and what to do. The exit status
/// is the error's category (design §9): `FailureCategory.exitStatus`.
enum FailureText {
    /// The sentence to print for `failure`, raised while running `command`.
    static func message(for failure: any CasebookFailure, in command: (any ParsableCommand.Type)?) -> String {
        switch failure {
        case let error as RecordError: recordWords(error, in: command)
        case let error as AllegationError: allegationWords(error)
        case let error as LawError: lawWords(error)
        case let error as IntegrityError: integrityWords(error)
        case let error as WorkspaceError: workspaceWords(error)
        case let error as ProtectionError: protectionWords(error)
        case let error as EvidenceError: evidenceWords(error)
        case let error as ImportError: importWords(error)
        case let error as ImportRowError: rowWords(error) ?? error.description
        case let error as CaseFactError: caseFactWords(error)
        case let error as UPRSubmissionError: submissionWords(error)
        case let error as DossierError: dossierWords(error)
        case let error as DemoError: demoWords(error)
        case PublicationError.exists(let path):
            "\(path) already exists; nothing was written (to replace it, add --force)."
        case let error as MetadataError: MetadataWords.failure(error) ?? error.description
        case let error as RecommendationError: recommendationWords(error)
        case let error as ProgressReportError: progressWords(error)
        case let error as StoredDateError: storedDateWords(error)
        case let error as StoreError: storeWords(error)
        default: failure.description
        }
    }

    /// The words for an error met on a row of an import file, when the command line words it
    /// differently from the core; nil keeps the core's sentence.
    static func rowWords(_ failure: any CasebookFailure) -> String? {
        switch failure {
        case ImportRowError.testimonyHasTranscript(let testimony, let transcript):
            "\(testimony) already has its transcript \(transcript); clear it first (\(clearTranscript(testimony)))"
        case RecordError.transcriptOfAnother(let evidence, let testimony):
            "\(evidence) is already the transcript of \(testimony); an evidence item is the transcript of one testimony only. Clear it there first (\(clearTranscript(testimony))). Nothing was changed."
        case RecordError.birthDateNotOneDay(let field, true):
            "The \(field) given is a range, but a date of birth is one exact day: write it as YYYY-MM-DD (for example 1975-03-02), and an uncertain year with --birth-year alone. It is sealed, so it is not repeated here."
        case RecommendationError.noStateUnderReview(let source):
            "The register needs the State each recommendation was made to, and \(source) is not a review Casebook knows: fill in the state_under_review column, or give it for the whole file with --state-under-review KP"
        case RecommendationError.noDateMade(let source):
            "Casebook does not know when the recommendations of \(source) were made: fill in the date_made column (YYYY-MM-DD), the Working Group report's adoption or the report's own date"
        case RecommendationError.olderThanRecommendation(let citation, let madeOn, let sources):
            "\(citation) was made on \(madeOn), but \(sources.map { "\($0.id) (\($0.dated))" }.joined(separator: ", ")) \(sources.count == 1 ? "speaks" : "speak") only of what came before: move \(sources.count == 1 ? "it" : "them") to the context column (background), or cite sources of later events"
        case RecordError.birthDateNotOneDay(let field, false):
            "The \(field) given lacks the day; a date of birth is one exact day, YYYY-MM-DD, and a year alone goes in --birth-year. It is sealed, so it is not repeated here."
        default:
            nil
        }
    }

    private static func clearTranscript(_ testimony: RecordID) -> String {
        "casebook testimony update \(testimony) --transcript \"\""
    }

    /// A record error with the option or command that gave the value.
    private static func recordWords(_ error: RecordError, in command: (any ParsableCommand.Type)?) -> String {
        if let row = rowWords(error) { return row }
        switch error {
        case .wrongKind(let id, let expected, let role):
            return wrongKind(id, expected: expected, given: words(for: role, in: command))
        case .notFound(let id):
            return "\(error.description) Run '\(listCommand(id.kind))' to see them."
        case .detailNotForCrime(let detail, let allegation, let crime, let applies):
            return "--\(detail) applies to \(applies) only, but \(allegation) is alleged as \(crime); nothing was changed."
        case .actorNotAttributed(let actor, let allegation):
            return
                "\(allegation) is not attributed to \(actor); attribute it first with 'casebook attribute --allegation \(allegation) --actor \(actor) --mode MODE'."
        case .valuesTogether(let first, let second):
            return "\(option(for: first)) and \(option(for: second)) must be given together."
        case .nothingToChange(let id):
            let update = "casebook \(id.kind == .evidence ? "evidence" : id.kind.noun) update"
            return
                "Nothing to change: give '\(update) \(id)' at least one option to change (see '\(update) --help'). \(id) was left as it was."
        case .estimateWithoutVictims(let id, let estimated):
            return
                "\(estimated ? "--estimated" : "--no-estimated") says whether the number of victims is an estimate, but \(id) has no number of victims; give --victims N too."
        case .tenureWithoutSuperior(let value):
            return "'\(value)' is not a valid tenure; --from and --to give the period under a superior, so they need --superior."
        case .notASuperior(let actor, let superior):
            return "'\(superior)' is not a valid --remove-superior; \(actor) does not answer to \(superior)."
        case .noRecipient:
            return "The recipient (--to) must not be empty."
        default:
            return error.description
        }
    }

    /// An allegation error with the options that set what it speaks of.
    private static func allegationWords(_ error: AllegationError) -> String {
        switch error {
        case .abandonmentNeedsAttempt(let id):
            "--abandoned needs --attempt: abandonment concerns an attempt, and \(id) is not marked attempted; add --attempt (art. 25(3)(f)). Nothing was changed."
        case .abandonmentNeedsActor(let id):
            "--abandoned needs --actor A-n: abandonment frees only the person who abandoned (art. 25(3)(f)), so name that person, attributed to \(id). Nothing was changed."
        case .actorNeedsAbandonment:
            "--actor on 'allegation update' names the person who abandoned the attempt; give --abandoned TEXT with it. Nothing was changed."
        case .attemptContradiction:
            "--attempt and --no-attempt contradict each other; give one. Nothing was changed."
        case .reviewNeedsDestination(let id):
            "--reviewed confirms \(id) as deportation, which needs the State of destination: add --destination CC (or --destination unknown if it is not known yet), or re-key it with --crime forcible-transfer. Nothing was changed."
        case .emptyGround(let text):
            "'\(text)' has an empty ground of persecution; write the grounds separated by commas, for example political,religious, or --grounds \"\" to clear them. Nothing was changed."
        case .attemptElementNeedsAttempt(let element, let allegation):
            "The element '\(element)' concerns an attempt, and \(allegation) is not marked attempted; run 'casebook allegation update \(allegation) --attempt' first."
        case .knowledgeOfSuperior(let actor, let allegation, let modes):
            "\(actor) is attributed to \(allegation) under art. 28 only (\(modes.joined(separator: ", "))): the crime's context.knowledge is the physical perpetrators' knowledge (cite it without --actor), and \(actor)'s own knowledge is proved with --element \(modes.map { "\($0).knowledge" }.joined(separator: " or "))."
        case .nothingToChange(let id):
            "Nothing to change for \(id): give at least one of \(id.kind == .attack ? attackUpdateOptions : allegationUpdateOptions)."
        case .institutionAttributed(let actor, _, let heads):
            error.description
                + (heads.isEmpty
                    ? " Record the office holder with: casebook actor add --name \"…\" --kind person --position \"…\" --superior \(actor)"
                    : "")
        case .rekeyClash, .connectedCycle, .attributedPersonToInstitution:
            error.description
        }
    }

    /// The options `allegation update` accepts, for the message when none is given.
    private static let allegationUpdateOptions =
        "--attack, --attempt, --no-attempt, --abandoned with --actor, --destination, --limb, --grounds, --group, --connected, --crime, --reviewed"
    /// The options `attack update` accepts.
    private static let attackUpdateOptions = "--title, --period, --population, --policy, --widespread, --systematic, --description"

    /// "--source needs a testimony (T-n) or an evidence item (E-n), but A-1 is an actor."
    static func wrongKind(_ id: RecordID, expected: [RecordKind], given: String) -> String {
        "\(given) needs \(expected.map { "\($0.nounWithArticle) (\($0.prefix)-n)" }.joined(separator: " or ")), but \(id) is \(id.kind.nounWithArticle)."
    }

    /// The option or command a role was given through.
    private static func words(for role: RecordRole, in command: (any ParsableCommand.Type)?) -> String {
        switch role {
        case .part(let name): "--\(name)"
        case .column(let name): name
        case .subject: command.map(commandWords) ?? "The record"
        }
    }

    /// A value in the users' words as the option that sets it.
    private static func option(for value: String) -> String {
        switch value {
        case "latitude": "--lat"
        case "longitude": "--lon"
        case "mode of liability": "--mode"
        default: "--\(value)"
        }
    }

    /// How the command was typed: `witness update`, or `casebook history` for a top-level command.
    private static func commandWords(_ command: any ParsableCommand.Type) -> String {
        guard let path = path(to: command, from: Casebook.self) else { return "casebook \(command._commandName)" }
        return path.count == 1 ? "casebook \(path[0])" : path.joined(separator: " ")
    }

    private static func path(to command: any ParsableCommand.Type, from root: any ParsableCommand.Type) -> [String]? {
        for child in root.configuration.subcommands {
            if child == command { return [child._commandName] }
            if let rest = path(to: command, from: child) { return [child._commandName] + rest }
        }
        return nil
    }

    private static func listCommand(_ kind: RecordKind) -> String {
        switch kind {
        case .witness: "casebook witness list"
        case .testimony: "casebook testimony list"
        case .incident: "casebook incident list"
        case .actor: "casebook actor list"
        case .evidence: "casebook evidence list"
        case .allegation: "casebook matrix"
        case .recommendation: "casebook recommendation list"
        case .attack: "casebook attack list"
        }
    }
}

/// A record id given on the command line that names the wrong kind of record, worded with the
/// option or command it was given to.
struct WrongKindOfRecord: CasebookFailure {
    let id: RecordID
    let expected: [RecordKind]
    let given: String

    var category: FailureCategory { .badInput }
    var description: String { FailureText.wrongKind(id, expected: expected, given: given) }
}
