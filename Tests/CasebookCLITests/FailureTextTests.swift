import CasebookCore
import CasebookInterchange
import CasebookModel
import CasebookProtection
import CasebookStore
import Testing

@testable import casebook

/// The command line's words for the core's typed errors (Sources/casebook/FailureText.swift):
/// one line each, a sentence that names no Swift type, and the same words as before the core's
/// errors became data.
@Suite("the command line's words for the core's errors")
struct FailureTextTests {
    let w1 = RecordID(.witness, 1), t2 = RecordID(.testimony, 2), e3 = RecordID(.evidence, 3), a4 = RecordID(.actor, 4)

    /// Errors whose sentence the command line words itself, one of each case this change typed.
    var failures: [any CasebookFailure] {
        [
            EvidenceError.folderNotRecursive("photos"), RecordError.birthDateNotOneDay(field: "exact date of birth", isRange: true),
            RecordError.birthDateNotOneDay(field: "exact date of birth", isRange: false),
            RecordError.transcriptOfAnother(e3, testimony: t2), RecordError.tenureWithoutSuperior("2001–2004"),
            RecordError.notASuperior(actor: a4, superior: RecordID(.actor, 1)), RecordError.noRecipient,
            IntegrityError.badExpectedHead("abc"), DossierError.badDate(field: .start, value: "May"),
            DossierError.badDate(field: .end, value: "June"), DemoError.sampleNotFound(.given("x")),
            DemoError.sampleNotFound(.searched(from: "/tmp")), CaseFactError.unknownField("situaton", suggestions: ["situation"]),
            UPRSubmissionError.overWordLimit(
                words: 5_700, limit: 5_630, sections: [SectionWords(title: "Introduction", words: 700)]),
            ProtectionError.leak(witness: w1, field: .name, place: "custody event 3"),
            ProtectionError.leak(witness: w1, field: .name, place: "T-2's summary"),
            ImportError.problems(
                [
                    ImportProblem(
                        file: "e.csv", line: 2, column: "transcript_of", message: "",
                        failure: ImportRowError.testimonyHasTranscript(t2, transcript: e3))
                ], total: 1),
        ]
    }

    @Test func everySentenceIsOneLineAndNamesNoSwiftType() {
        for failure in failures {
            let text = FailureText.message(for: failure, in: nil)
            let lines = text.split(separator: "\n")
            if case ImportError.problems = failure {
                #expect(lines.count == 2, "\(text)")
            } else {
                #expect(lines.count == 1, "\(text)")
                #expect(text.hasSuffix("."), "\(text)")
            }
            for word in ["Error", "Optional(", "RecordID(", "SampleSearch", "PeriodBound", ".start", ".given"] {
                #expect(!text.contains(word), "\(text)")
            }
            #expect(!failure.description.contains("--"), "\(failure.description)")
            #expect(!failure.description.contains("casebook "), "\(failure.description)")
        }
    }

    /// The sentences users read before the core's errors became data, word for word.
    @Test func theWordsAreTheOnesUsersRead() {
        func words(_ failure: any CasebookFailure) -> String { FailureText.message(for: failure, in: nil) }
        #expect(
            words(EvidenceError.folderNotRecursive("photos"))
                == "photos cannot be added as evidence: it is a folder; add --recursive to ingest the files inside it. Nothing was added."
        )
        #expect(
            words(RecordError.transcriptOfAnother(e3, testimony: t2))
                == "E-3 is already the transcript of T-2; an evidence item is the transcript of one testimony only. Clear it there first (casebook testimony update T-2 --transcript \"\"). Nothing was changed."
        )
        #expect(
            words(RecordError.birthDateNotOneDay(field: "exact date of birth", isRange: false))
                == "The exact date of birth given lacks the day; a date of birth is one exact day, YYYY-MM-DD, and a year alone goes in --birth-year. It is sealed, so it is not repeated here."
        )
        #expect(
            words(IntegrityError.badExpectedHead("abc"))
                == "'abc' is not a valid --expect-head; give the 64-hex-digit hash 'casebook custody head' or 'verify' printed.")
        #expect(words(RecordError.noRecipient) == "The recipient (--to) must not be empty.")
        #expect(
            words(PublicationError.exists("out/dossier.md"))
                == "out/dossier.md already exists; nothing was written (to replace it, add --force).")
        #expect(
            words(RecordError.notASuperior(actor: a4, superior: RecordID(.actor, 1)))
                == "'A-1' is not a valid --remove-superior; A-4 does not answer to A-1.")
        #expect(
            words(DossierError.badDate(field: .end, value: "June"))
                == "The --to date \"June\" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.")
        #expect(
            words(DemoError.sampleNotFound(.searched(from: "/tmp")))
                == "The sample case was not found (no evidence/sample in /tmp, in the folder of the casebook program, or their parents); run the demo from the Casebook repository, or point at the sample with --sample PATH/TO/casebook/evidence/sample."
        )
        #expect(
            words(CaseFactError.unknownField("situaton", suggestions: ["situation"])).hasSuffix(
                "period, complementarity, gravity, requests, confidentiality, standard, contact-channel, victims-views, upr-deadline, threshold.reasonable-basis, threshold.reasonable-grounds, threshold.substantial-grounds, threshold.beyond-reasonable-doubt; see 'casebook case set --help'."
            ))
        #expect(
            words(
                UPRSubmissionError.overWordLimit(
                    words: 5_700, limit: 5_630, sections: [SectionWords(title: "Introduction", words: 700)]))
                == "The submission has 5,700 words, over the limit of 5,630 by 70; nothing was written. Words per section, longest first: Introduction 700. Shorten the longest sections, or write a draft anyway with --draft (its first page is then stamped)."
        )
        #expect(
            FailureText.problemLine(
                ImportProblem(
                    file: "e.csv", line: 2, column: "transcript_of", message: "",
                    failure: ImportRowError.testimonyHasTranscript(t2, transcript: e3)))
                == "e.csv:2: transcript_of: T-2 already has its transcript E-3; clear it first (casebook testimony update T-2 --transcript \"\")"
        )
    }
}
