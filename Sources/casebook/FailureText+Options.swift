import CasebookCore
import CasebookInterchange
import CasebookModel
import CasebookProtection
import CasebookStore

/// The core's errors, one type at a time, with the option to give or the command to run: the
/// core says what is wrong, and here it is said as the person at the terminal has always read it.
/// A case that is not listed keeps the core's own sentence.
extension FailureText {
    static func lawWords(_ error: LawError) -> String {
        switch error {
        case .unknownCrime:
            "\(error.description) Run 'casebook crimes' for the list."
        case .unknownElement:
            "\(error.description) Run 'casebook crimes CRIME' to see a crime's elements."
        case .noConductMatch(let query):
            "No conduct in the index matches '\(query)'. Try a shorter word (for example starvation, forced labour, abduction), or run 'casebook crimes' for the full list."
        case .modeElementAsKey(let key, let mode):
            "'\(key)' is an element of the mode of liability \(mode); run 'casebook crimes \(mode)' to see it with the mode's other elements."
        case .emptyConductQuery:
            "Give words for the conduct to look up, for example --find \"forced abortion\"."
        case .liabilityElementNeedsActor(let key):
            "The element '\(key)' belongs to a mode of liability; name the actor it concerns with --actor A-n."
        case .keyAndFind:
            "Give either a crime or mode key, or --find WORDS, not both."
        case .conductQueryTooShort(let query):
            "'\(query)' is too short to look up; give at least 3 letters, for example --find starvation."
        default:
            error.description
        }
    }

    static func integrityWords(_ error: IntegrityError) -> String {
        switch error {
        case .noKey(let handler):
            "\(handler) has no signing key in this case; create one with 'casebook key generate --handler \(handler)'."
        case .storedKeyAltered(let handler):
            "The signing key cannot be used: the public key stored for \(handler) is not the key its fingerprint names; run 'casebook verify'."
        case .badExpectedHead(let value):
            "'\(value)' is not a valid --expect-head; give the 64-hex-digit hash 'casebook custody head' or 'verify' printed."
        default:
            error.description
        }
    }

    static func workspaceWords(_ error: WorkspaceError) -> String {
        switch error {
        case .outsideWorkspace(let path):
            "\(path) is not inside a Casebook workspace. Create one with 'casebook init DIR --title TITLE', or name one with -C DIR or $CASEBOOK_WORKSPACE."
        case .notAWorkspace(let path, .named):
            "\(path) (from -C/--workspace) is not a Casebook workspace: it holds no \(Workspace.databaseFileName)."
        case .noSuchFolder(let path, .named):
            "There is no folder \(path) (from -C/--workspace); name the folder of a case, made by 'casebook init DIR' or 'casebook demo --out DIR'."
        default:
            error.description
        }
    }

    static func protectionWords(_ error: ProtectionError) -> String {
        switch error {
        case .leak(let witness, let field, let place) where ProtectionError.isCustodyLog(place):
            "Stopped: the protected \(field.label) of \(witness) \(field.verb) found in \(place). Nothing was written. The custody log cannot be changed; if this export must carry it (a bag for a court under seal), add --allow \(witness):\(field.rawValue), which is recorded in the custody log."
        case .leak(let witness, let field, let place):
            "Stopped: the protected \(field.label) of \(witness) \(field.verb) found in \(place). Nothing was written. Correct that record (or redact the source) and try again; if it is a different name that only looks the same, add --allow \(witness):\(field.rawValue), which is recorded in the custody log."
        case .leakIntoCustodyLog(let witness, let field, let place):
            "Stopped: the protected \(field.label) of \(witness) \(field.verb) found in \(place), which the custody log would keep for good and carry into every bag. Nothing was added. Refer to the witness by pseudonym or id instead; if it is a different name that only looks the same, add --allow \(witness):\(field.rawValue), which is recorded in the custody log."
        case .leakInEvidence(let item, let name, let witness, let field):
            "Stopped: evidence item \(item) (\(name)) contains the protected \(field.label) of \(witness). Nothing was written. Put its redacted copy in the bag instead ('casebook evidence redact \(item) --out FILE'), or, for a bag meant for a court under seal, add --include-identifying \(item), which is recorded in the custody log."
        case .unredactable(let item, let witness, let field):
            "\(item) holds the protected \(field.label) of \(witness) only in a form that cannot be replaced in place (bytes in another character set, or escaped), so no redacted copy was made. Nothing was written. Leave \(item) out of the bag, or, for a bag meant for a court under seal, add --include-identifying \(item), which is recorded in the custody log."
        case .scanUnavailable(let what):
            "\(what) must first be checked for witness identities, which needs the case passphrase: set $CASEBOOK_PASSPHRASE, run it at a terminal, or add --no-leak-scan to write it unchecked (this is logged)."
        case .sealedIdentityGone(let witness, let fields):
            "Stopped: the custody log records the sealed \(fields.joined(separator: ", ")) of \(witness), but the case no longer holds \(fields.count == 1 ? "it" : "them") as logged (deleted or replaced outside Casebook), so the leak scan cannot look for \(fields.count == 1 ? "it" : "them"). Nothing was written. Restore the case from a backup; 'casebook verify' lists every such field."
        case .custodyLogBroken(let event):
            "Stopped: the custody log was changed outside Casebook at event \(event) (events deleted, edited or cut off), so it can no longer show which witness identities the leak scan must look for. Nothing was written. Run 'casebook verify' to see what changed, and restore the case from a backup."
        default:
            error.description
        }
    }

    static func evidenceWords(_ error: EvidenceError) -> String {
        switch error {
        case .folderNotRecursive(let path):
            "\(path) cannot be added as evidence: it is a folder; add --recursive to ingest the files inside it. Nothing was added."
        case .storeDamaged(let id):
            "The stored copy of \(id) is missing or no longer matches its recorded hash, so it was not exported; run 'casebook verify' and resolve the problem first."
        default:
            error.description
        }
    }

    static func importWords(_ error: ImportError) -> String {
        switch error {
        case .wrongJSONShape(let file, let reason):
            "\(file) is not a JSON file Casebook can import: \(reason). Give the file 'casebook export json' writes, or an array of records with --kind. Nothing was imported."
        case .unknownKind(let file):
            "Casebook cannot tell what \(file) holds; name the kind with --kind witnesses, testimonies, incidents, actors, links, evidence, attacks, recommendations, assessments or our-recommendations (or name the file after it, for example incidents.csv). Nothing was imported."
        case .problems(let problems, let total):
            (problems.map(problemLine) + [ImportError.closing(total: total, listed: problems.count)]).joined(separator: "\n")
        default:
            error.description
        }
    }

    /// `FILE:LINE: column: what is wrong`, in the command line's words where they differ.
    static func problemLine(_ problem: ImportProblem) -> String {
        "\(problem.file):\(problem.line): \(problem.column): \(problem.failure.flatMap(rowWords) ?? problem.message)"
    }

    static func caseFactWords(_ error: CaseFactError) -> String {
        switch error {
        case .unknownField(let name, let suggestions):
            "\(CaseFactError.notAFact(name, suggestions: suggestions)); see 'casebook case set --help'."
        case .valueOrFile(let fact):
            "Give the \(fact.label) either as a value ('casebook case set \(fact.key) \"...\"') or with --file PATH, not both and not neither. Nothing was changed."
        default:
            error.description
        }
    }

    static func submissionWords(_ error: UPRSubmissionError) -> String {
        switch error {
        case .badCycle(let cycle):
            "The review cycle must be 1 or more, not \(cycle); the fourth cycle is --cycle 4."
        case .partnersNeedJoint:
            "Partners are named only for a joint submission: add --joint, or leave out --partners."
        case .jointNeedsPartners:
            "A joint submission lists every organisation submitting it: name the partners with --partners \"A, B\"."
        case .nothingToSubmit(let state, let from, let to):
            "There is nothing to submit about \(state): the case records no incident there between \(from) and \(to), and no recommendation about it (neither in the register nor of ours). Choose another State or window (--from, --to), or record the incidents and recommendations first."
        case .overWordLimit(let words, let limit, let sections):
            "\(UPRSubmissionError.overLimit(words: words, limit: limit, sections: sections)). Shorten the longest sections, or write a draft anyway with --draft (its first page is then stamped)."
        default:
            error.description
        }
    }

    static func dossierWords(_ error: DossierError) -> String {
        switch error {
        case .badDate(let bound, let value):
            "The \(bound == .start ? "--from" : "--to") date \"\(value)\" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD."
        default:
            error.description
        }
    }

    static func demoWords(_ error: DemoError) -> String {
        switch error {
        case .sampleNotFound(let search):
            "The sample case was not found (\(sampleSearch(search))); run the demo from the Casebook repository, or point at the sample with --sample PATH/TO/casebook/evidence/sample."
        case .folderNotEmpty(let folder):
            "\(folder) already exists and is not an empty folder; the demo builds a fresh case, so give another folder with --out DIR or remove that one."
        }
    }

    private static func sampleSearch(_ search: SampleSearch) -> String {
        switch search {
        case .given: search.where
        case .searched(let folder): "no evidence/sample in \(folder), in the folder of the casebook program, or their parents"
        }
    }

    static func recommendationWords(_ error: RecommendationError) -> String {
        switch error {
        case .notInRegister(let source, let number):
            "There is no recommendation \(number) of \(source) in the register; run 'casebook recommendation list' to see them."
        case .noStateUnderReview(let source):
            "The register needs the State each recommendation was made to, and \(source) is not a review Casebook knows: give it with --state-under-review KP (or a state_under_review column)."
        case .noDateMade(let source):
            "Casebook does not know when the recommendations of \(source) were made: give the date with --date-made YYYY-MM-DD (or a date_made column), the Working Group report's adoption or the report's own date. Evidence older than a recommendation says nothing about its implementation."
        case .olderThanRecommendation(let citation, let madeOn, let sources):
            "\(citation) was made on \(madeOn), but \(sources.map { "\($0.id) (\($0.dated))" }.joined(separator: ", ")) \(sources.count == 1 ? "speaks" : "speak") only of what came before, so cannot show how it was implemented; give \(sources.count == 1 ? "it" : "them") with --context (background) instead, or cite sources of later events. Nothing was written."
        default:
            error.description
        }
    }

    static func progressWords(_ error: ProgressReportError) -> String {
        switch error {
        case .emptyRegister(nil, _):
            "The register holds no recommendation yet: add them with 'casebook recommendation add' or 'casebook recommendation import'."
        default:
            error.description
        }
    }

    static func storedDateWords(_ error: StoredDateError) -> String {
        switch error {
        case .unreadable(let record, let value):
            "The date stored for \(record), \"\(value)\", is not a date Casebook wrote: the record was changed outside Casebook. "
                + "Correct it with 'casebook \(record.kind == .incident ? "incident" : "testimony") update \(record) --date YYYY-MM-DD', and run 'casebook verify'."
        case .unreadableEnd(let record, let value):
            "The end stored for \(record), \"\(value)\", is neither a date nor 'ongoing': the record was changed outside Casebook. "
                + "Correct it with 'casebook incident update \(record) --end DATE' (or '--end ongoing'), and run 'casebook verify'."
        case .endBeforeStart(let record, let end, let start):
            "The end stored for \(record), \(end), is before its start, \(start): the record was changed outside Casebook. "
                + "Correct it with 'casebook incident update \(record) --end DATE', and run 'casebook verify'."
        case .unreadablePart(let record, let value):
            "The place of a part stored for \(record), \"\(value)\", is not a country code with an optional date: the record was changed outside Casebook. "
                + "Record every part again with 'casebook incident update \(record) --also-in CC[:DATE]' (repeated for each part), and run 'casebook verify'."
        }
    }

    static func storeWords(_ error: StoreError) -> String {
        switch error {
        case .busy(let doing):
            "Casebook could not \(doing): another casebook command kept the case database busy for over 30 seconds. Try again when it has finished."
        default:
            error.description
        }
    }
}
