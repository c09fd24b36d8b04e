import CasebookCore
import CasebookModel
import CasebookStore

/// The sentences of the core's errors that name an option or a command to run: the core says
/// what is wrong, and here it is said as the person at the terminal has always read it.
extension FailureText {
    /// `failure` in the command line's words, or nil when its own sentence is already the one to print.
    static func withOptions(_ failure: any CasebookFailure) -> String? {
        switch failure {
        case let error as LawError: lawWords(error)
        case let error as ProtectionError: protectionWords(error)
        case let error as WorkspaceError: workspaceWords(error)
        case let error as ImportError: importWords(error)
        case let error as CaseFactError: caseFactWords(error)
        case let error as UPRSubmissionError: submissionWords(error)
        case let error as DemoError: demoWords(error)
        case let error as MetadataError: MetadataWords.failure(error)
        case EvidenceError.storeDamaged(let id):
            "The stored copy of \(id) is missing or no longer matches its recorded hash, so it was not exported; run 'casebook verify' and resolve the problem first."
        case IntegrityError.storedKeyAltered(let handler):
            "The signing key cannot be used: the public key stored for \(handler) is not the key its fingerprint names; run 'casebook verify'."
        case RecommendationError.notInRegister(let source, let number):
            "There is no recommendation \(number) of \(source) in the register; run 'casebook recommendation list' to see them."
        case ProgressReportError.emptyRegister(nil, _):
            "The register holds no recommendation yet: add them with 'casebook recommendation add' or 'casebook recommendation import'."
        case StoredDateError.unreadable(let record, let value):
            "The date stored for \(record), \"\(value)\", is not a date Casebook wrote: the record was changed outside Casebook. "
                + "Correct it with 'casebook \(record.kind == .incident ? "incident" : "testimony") update \(record) --date YYYY-MM-DD', and run 'casebook verify'."
        case DossierError.badDate(let field, let value):
            "The \(field == "start" ? "--from" : "--to") date \"\(value)\" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD."
        case StoreError.busy(let doing):
            "Casebook could not \(doing): another casebook command kept the case database busy for over 30 seconds. Try again when it has finished."
        default:
            nil
        }
    }

    private static func lawWords(_ error: LawError) -> String? {
        switch error {
        case .emptyConductQuery:
            "Give words for the conduct to look up, for example --find \"forced abortion\"."
        case .liabilityElementNeedsActor(let key):
            "The element '\(key)' belongs to a mode of liability; name the actor it concerns with --actor A-n."
        case .keyAndFind:
            "Give either a crime or mode key, or --find WORDS, not both."
        case .conductQueryTooShort(let query):
            "'\(query)' is too short to look up; give at least 3 letters, for example --find starvation."
        default:
            nil
        }
    }

    private static func protectionWords(_ error: ProtectionError) -> String? {
        switch error {
        case .leak(let witness, let field, let place) where place.hasPrefix("custody event") || place.hasPrefix("the custody"):
            "Stopped: the protected \(field.label) of \(witness) \(field.verb) found in \(place). Nothing was written. The custody log cannot be changed; if this export must carry it (a bag for a court under seal), add --allow \(witness):\(field.rawValue), which is recorded in the custody log."
        case .leak(let witness, let field, let place):
            "Stopped: the protected \(field.label) of \(witness) \(field.verb) found in \(place). Nothing was written. Correct that record (or redact the source) and try again; if it is a different name that only looks the same, add --allow \(witness):\(field.rawValue), which is recorded in the custody log."
        case .leakInEvidence(let item, let name, let witness, let field):
            "Stopped: evidence item \(item) (\(name)) contains the protected \(field.label) of \(witness). Nothing was written. Put its redacted copy in the bag instead ('casebook evidence redact \(item) --out FILE'), or, for a bag meant for a court under seal, add --include-identifying \(item), which is recorded in the custody log."
        case .scanUnavailable(let what):
            "\(what) must first be checked for witness identities, which needs the case passphrase: set $CASEBOOK_PASSPHRASE, run it at a terminal, or add --no-leak-scan to write it unchecked (this is logged)."
        case .sealedIdentityGone(let witness, let fields):
            "Stopped: the custody log records the sealed \(fields.joined(separator: ", ")) of \(witness), but the case no longer holds \(fields.count == 1 ? "it" : "them") as logged (deleted or replaced outside Casebook), so the leak scan cannot look for \(fields.count == 1 ? "it" : "them"). Nothing was written. Restore the case from a backup; 'casebook verify' lists every such field."
        case .custodyLogBroken(let event):
            "Stopped: the custody log was changed outside Casebook at event \(event) (events deleted, edited or cut off), so it can no longer show which witness identities the leak scan must look for. Nothing was written. Run 'casebook verify' to see what changed, and restore the case from a backup."
        default:
            nil
        }
    }

    private static func workspaceWords(_ error: WorkspaceError) -> String? {
        guard case .notAWorkspace(let path, .named) = error else { return nil }
        return "\(path) (from -C/--workspace) is not a Casebook workspace: it holds no \(Workspace.databaseFileName)."
    }

    private static func importWords(_ error: ImportError) -> String? {
        switch error {
        case .wrongJSONShape(let file, let reason):
            "\(file) is not a JSON file Casebook can import: \(reason). Give the file 'casebook export json' writes, or an array of records with --kind. Nothing was imported."
        case .unknownKind(let file):
            "Casebook cannot tell what \(file) holds; name the kind with --kind witnesses, testimonies, incidents, actors, links, evidence, attacks, recommendations, assessments or our-recommendations (or name the file after it, for example incidents.csv). Nothing was imported."
        default:
            nil
        }
    }

    private static func caseFactWords(_ error: CaseFactError) -> String? {
        switch error {
        case .unknownField:
            "\(error.description.dropLast()); see 'casebook case set --help'."
        case .valueOrFile(let fact):
            "Give the \(fact.label) either as a value ('casebook case set \(fact.key) \"...\"') or with --file PATH, not both and not neither. Nothing was changed."
        default:
            nil
        }
    }

    private static func submissionWords(_ error: UPRSubmissionError) -> String? {
        switch error {
        case .badCycle(let cycle):
            "The review cycle must be 1 or more, not \(cycle); the fourth cycle is --cycle 4."
        case .partnersNeedJoint:
            "Partners are named only for a joint submission: add --joint, or leave out --partners."
        case .jointNeedsPartners:
            "A joint submission lists every organisation submitting it: name the partners with --partners \"A, B\"."
        case .nothingToSubmit(let state, let from, let to):
            "There is nothing to submit about \(state): the case records no incident there between \(from) and \(to), and no recommendation about it (neither in the register nor of ours). Choose another State or window (--from, --to), or record the incidents and recommendations first."
        case .overWordLimit:
            "\(error.description.dropLast(" (its first page is then stamped).".count)) with --draft (its first page is then stamped)."
        default:
            nil
        }
    }

    private static func demoWords(_ error: DemoError) -> String {
        switch error {
        case .sampleNotFound(let looked):
            "The sample case was not found (\(looked)); run the demo from the Casebook repository, or point at the sample with --sample PATH/TO/casebook/evidence/sample."
        case .folderNotEmpty(let folder):
            "\(folder) already exists and is not an empty folder; the demo builds a fresh case, so give another folder with --out DIR or remove that one."
        }
    }
}
