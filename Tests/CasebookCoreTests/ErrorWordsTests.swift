import Testing

@testable import CasebookCore
@testable import CasebookModel

/// The core's record errors name things, never an option or a command: the command line adds
/// those when it prints (issue 8 §3).
@Suite("record errors speak of things, not options")
struct ErrorWordsTests {
    static let errors: [RecordError] = [
        .wrongKind(RecordID(.actor, 1), expected: [.testimony, .evidence], role: .part("source")),
        .wrongKind(RecordID(.testimony, 1), expected: [.witness], role: .subject),
        .notFound(RecordID(.witness, 9)),
        .detailNotForCrime(detail: "limb", allegation: RecordID(.allegation, 1), crime: "torture", applies: "enforced disappearance"),
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

    @Test func hintsOfWhatToRunAreLeftToTheCommandLine() {
        let failures: [any CasebookFailure] = [
            LawError.unknownCrime("murdr", suggestions: ["murder"]), LawError.unknownElement("torture.9", suggestions: []),
            LawError.noConductMatch("xyzzy"), LawError.modeElementAsKey("superior.knowledge", mode: "superior"),
            IntegrityError.noKey("kim"), WorkspaceError.outsideWorkspace("/tmp"),
        ]
        for failure in failures {
            #expect(!failure.description.contains("casebook "), "\(failure.description)")
            #expect(!failure.description.contains("--"), "\(failure.description)")
        }
    }

    @Test func theThingIsNamed() {
        #expect(
            RecordError.wrongKind(RecordID(.actor, 1), expected: [.testimony, .evidence], role: .part("source")).description
                == "The source needs a testimony (T-n) or an evidence item (E-n), but A-1 is an actor.")
        #expect(RecordError.notFound(RecordID(.witness, 9)).description == "There is no witness W-9 in this case.")
    }
}
