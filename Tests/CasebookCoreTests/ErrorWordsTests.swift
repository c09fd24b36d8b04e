import Testing

@testable import CasebookCore
@testable import CasebookModel
@testable import CasebookProtection
@testable import CasebookStore

/// The core's record errors name things, never an option or a command: the command line adds
/// those when it prints (issue 8 §3).
@Suite("core errors speak of things, not options")
struct ErrorWordsTests {
    static let errors: [RecordError] = [
        .wrongKind(RecordID(.actor, 1), expected: [.testimony, .evidence], role: .part("source")),
        .wrongKind(RecordID(.testimony, 1), expected: [.witness], role: .subject),
        .notFound(RecordID(.witness, 9)),
        .detailNotForCrime(
            detail: "limb", allegation: RecordID(.allegation, 1), crime: "torture", applies: "enforced disappearance"),
        .actorNotAttributed(actor: RecordID(.actor, 2), allegation: RecordID(.allegation, 1)),
        .valuesTogether("latitude", "longitude"),
        .nothingToChange(RecordID(.incident, 1)),
        .estimateWithoutVictims(RecordID(.incident, 1), estimated: true),
    ]

    @Test(arguments: errors)
    func noOptionOrCommandInTheSentence(_ error: RecordError) {
        #expect(!error.description.contains("--"), "\(error.description)")
        #expect(!error.description.contains("casebook "), "\(error.description)")
        #expect(error.description.hasSuffix("."), "\(error.description)")
    }

    static let allegationErrors: [AllegationError] = [
        .abandonmentNeedsAttempt(RecordID(.allegation, 1)),
        .abandonmentNeedsActor(RecordID(.allegation, 1)),
        .actorNeedsAbandonment,
        .attemptContradiction,
        .reviewNeedsDestination(RecordID(.allegation, 1)),
        .emptyGround(",,"),
        .attemptElementNeedsAttempt(element: "attempt.substantial-step", allegation: RecordID(.allegation, 1)),
        .knowledgeOfSuperior(actor: RecordID(.actor, 3), allegation: RecordID(.allegation, 1), modes: ["superior"]),
        .nothingToChange(RecordID(.attack, 1)),
    ]

    @Test(arguments: allegationErrors)
    func noOptionOrCommandInAnAllegationError(_ error: AllegationError) {
        #expect(!error.description.contains("--"), "\(error.description)")
        #expect(!error.description.contains("casebook "), "\(error.description)")
    }

    static let hintedFailures: [any CasebookFailure] = [
        LawError.unknownCrime("murdr", suggestions: ["murder"]), LawError.unknownElement("torture.9", suggestions: []),
        LawError.noConductMatch("xyzzy"), LawError.modeElementAsKey("superior.knowledge", mode: "superior"),
        IntegrityError.noKey("kim"), WorkspaceError.outsideWorkspace("/tmp"),
    ]

    @Test func hintsOfWhatToRunAreLeftToTheCommandLine() {
        for failure in Self.hintedFailures {
            #expect(!failure.description.contains("casebook "), "\(failure.description)")
            #expect(!failure.description.contains("--"), "\(failure.description)")
        }
    }

    /// One value of every case of every error the core and the layers below it throw.
    static let everyCoreError: [any CasebookFailure] = {
        let w = RecordID(.witness, 1)
        let t = RecordID(.testimony, 1)
        let e = RecordID(.evidence, 1)
        let al = RecordID(.allegation, 1)
        let a = RecordID(.actor, 1)
        let i = RecordID(.incident, 1)
        let at = RecordID(.attack, 1)
        let record: [any CasebookFailure] = [
            RecordError.malformedID("X-1"), RecordError.wrongKind(a, expected: [.witness], role: .column("source")),
            RecordError.emptyField("title"), RecordError.invalidValue(field: "date", value: "soon", accepted: "write YYYY-MM-DD"),
            RecordError.duplicateAllegation(existing: al, incident: i, crime: "murder"),
            RecordError.duplicateAttribution(allegation: al, actor: a, mode: "ordering"),
            RecordError.duplicateCitation(allegation: al, source: t, element: nil),
            RecordError.duplicateAttackCitation(attack: at, source: t, element: "context.widespread"),
            RecordError.superiorCycle(actor: a, superior: RecordID(.actor, 2), path: [a, RecordID(.actor, 2)]),
            RecordError.duplicatePseudonym("Witness A", existing: w),
            RecordError.invalidSealedValue(field: "date of birth", problem: "is not a date"),
        ]
        let law: [any CasebookFailure] = [
            LawError.crimeGroup(
                "sexual-violence", group: "sexual-violence", article: "art. 7(1)(g)", members: ["rape", "sexual-slavery"]),
            LawError.elementOfOtherCrime("torture.1", crime: "murder", valid: ["murder.1"]),
            LawError.unknownMode("orderr", suggestions: ["ordering"]), LawError.emptyConductQuery,
            LawError.liabilityElementNeedsActor("ordering.1"), LawError.notAnAttackElement("murder.1"), LawError.keyAndFind,
            LawError.conductQueryTooShort("ab"),
            LawError.liabilityElementOfOtherMode("ordering.1", actor: "A-1", valid: ["superior.1"]),
            DateError.malformed("soon"), DateError.impossible("2024-02-30", reason: "February has 29 days"),
            DateError.reversedRange("2024/2023"),
        ]
        let protection: [any CasebookFailure] = [
            ProtectionError.passphraseNeeded("Reveal"), ProtectionError.emptyPassphrase, ProtectionError.wrongPassphrase,
            ProtectionError.tampered(witness: w, field: "real name"),
            ProtectionError.leak(witness: w, field: .name, place: "custody event 3"),
            ProtectionError.leak(witness: w, field: .name, place: "the export of T-1"),
            ProtectionError.leakInEvidence(item: e, name: "note.txt", witness: w, field: .name),
            ProtectionError.nothingToRedact(e), ProtectionError.unredactable(e, witness: w, field: .name),
            ProtectionError.scanUnavailable("The bag"), ProtectionError.passphraseMismatch,
            ProtectionError.badWaiver("W-1"), ProtectionError.sealedIdentityGone(witness: w, fields: ["real name"]),
            ProtectionError.weakPassphrase, ProtectionError.newPassphraseNeeded, ProtectionError.custodyLogBroken(event: 3),
        ]
        let files: [any CasebookFailure] = [
            WorkspaceError.notAWorkspace("/tmp", via: .named), WorkspaceError.notAWorkspace("/tmp", via: .environment),
            WorkspaceError.noSuchFolder("/tmp/x", via: .named), WorkspaceError.noSuchFolder("/tmp/x", via: .environment),
            WorkspaceError.alreadyAWorkspace("/tmp"), WorkspaceError.notAFolder("/tmp/x"),
            WorkspaceError.cannotCreate("/tmp/x", detail: "read-only"), WorkspaceError.ownedByAnother("/tmp/x"),
            EvidenceError.noFiles, EvidenceError.cannotUse("x", reason: "it does not exist"),
            EvidenceError.changedWhileReading("x"),
            EvidenceError.outputNotEmpty("out"), EvidenceError.outputExists("out.txt"), EvidenceError.badAcquisitionTime("soon"),
            EvidenceError.notText(e), EvidenceError.noEvidenceToExport, EvidenceError.storeDamaged(e),
            IntegrityError.openSSL(operation: "sign", detail: "x"), IntegrityError.badKey("not PEM"),
            IntegrityError.fileFailure(path: "x", operation: "write", reason: "I/O error"), IntegrityError.storeFull("x"),
            IntegrityError.badTimestamp("no reply"), IntegrityError.unreadableTimestampReply(path: "x", reason: "missing"),
            IntegrityError.badHandler("a b"), IntegrityError.keyExists("kim", path: "x"),
            IntegrityError.keyFileMissing("kim", path: "x"),
            IntegrityError.keyPermissions(path: "x", mode: 0o644), IntegrityError.keyMismatch("kim", path: "x"),
            IntegrityError.unusableTrustFile("x", reason: "empty"), IntegrityError.storedKeyAltered("kim"),
            StoreError.databaseFailure(doing: "read the case", detail: "disk I/O error"), StoreError.busy(doing: "write the case"),
            StoredDateError.unreadable(record: i, value: "soon"), StoredDateError.unreadable(record: t, value: "soon"),
            StoredDateError.unreadableEnd(record: i, value: "soon"),
            StoredDateError.endBeforeStart(record: i, end: "1990", start: "2000"),
            StoredDateError.unreadablePart(record: i, value: "JP:banana"),
        ]
        let facts: [any CasebookFailure] = [
            CaseFactError.unknownField("titel", suggestions: ["title"]), CaseFactError.unknownField("zzz", suggestions: []),
            CaseFactError.valueOrFile(.title), CaseFactError.fileUnreadable(path: "x", reason: "missing"),
            CaseFactError.fileNotUTF8(path: "x"),
            RecommendationError.unknownResponse("yes", suggestions: []),
            RecommendationError.unknownStatus("done", suggestions: ["implemented"]),
            RecommendationError.textTooLong(characters: 6_000), RecommendationError.notAnAssessmentSource(a),
            RecommendationError.notInRegister(source: "A/HRC/27/10", number: "124.1"),
        ]
        let filings: [any CasebookFailure] = [
            DossierError.noAllegations, DossierError.nothingMatches("incidents from 2014."),
            DossierError.reversedPeriod(from: "2025", to: "2024"), DossierError.badDate(field: .start, value: "May"),
            DossierError.unverified(problems: 2, first: "E-1 is missing"),
            PublicationError.folderMissing("x"), PublicationError.exists("x"), PublicationError.isFolder("x"),
            PublicationError.caseFile("x"), PublicationError.notAFile("x"),
            ProgressReportError.emptyRegister(source: nil, known: []),
            ProgressReportError.emptyRegister(source: "UPR", known: ["A/HRC/27/10"]),
            UPRSubmissionError.unknownState("KX", suggestions: ["KP"]), UPRSubmissionError.badCycle(0),
            UPRSubmissionError.partnersNeedJoint, UPRSubmissionError.jointNeedsPartners,
            UPRSubmissionError.nothingToSubmit(state: "KP", from: "2020", to: "2024"), UPRSubmissionError.badWordLimit(0),
            UPRSubmissionError.overWordLimit(words: 3_000, limit: 2_815, sections: [SectionWords(title: "Torture", words: 900)]),
        ]
        return errors + allegationErrors + record + law + protection + files + facts + filings
    }()

    @Test func noCoreErrorNamesAnOptionOrACommand() {
        for failure in Self.everyCoreError + Self.hintedFailures {
            #expect(!failure.description.contains("--"), "\(failure.description)")
            #expect(!failure.description.contains("casebook "), "\(failure.description)")
            #expect(!failure.description.isEmpty)
        }
    }

    @Test func valuesTheCoreRefusesAreNamedInItsOwnWords() {
        let head = #expect(throws: IntegrityError.badExpectedHead("abc")) { try Case.parseHead("abc") }
        #expect(head?.description.contains("--") == false, "\(String(describing: head))")
        #expect(head?.description.contains("casebook ") == false, "\(String(describing: head))")
    }

    @Test func theSentencesSayWhatIsWrongAndWhatToDo() {
        #expect(LawError.keyAndFind.description == "Give either a crime or mode key, or words for the conduct to find, not both.")
        #expect(
            EvidenceError.storeDamaged(RecordID(.evidence, 2)).description
                == "The stored copy of E-2 is missing or no longer matches its recorded hash, so it was not exported; verify the case and resolve the problem first."
        )
        #expect(
            WorkspaceError.notAWorkspace("/tmp/x", via: .environment).description
                == "/tmp/x (from $CASEBOOK_WORKSPACE) is not a Casebook workspace: it holds no casebook.sqlite.")
        #expect(
            UPRSubmissionError.partnersNeedJoint.description
                == "Partners are named only for a joint submission: make it joint, or leave out the partners.")
    }

    @Test func theThingIsNamed() {
        #expect(
            RecordError.wrongKind(RecordID(.actor, 1), expected: [.testimony, .evidence], role: .part("source")).description
                == "The source needs a testimony (T-n) or an evidence item (E-n), but A-1 is an actor.")
        #expect(RecordError.notFound(RecordID(.witness, 9)).description == "There is no witness W-9 in this case.")
    }
}
