import Foundation
import Testing

@testable import CasebookCore
@testable import CasebookCrypto
@testable import CasebookModel
@testable import CasebookProtection
@testable import CasebookStore

@Suite("sealing identities, the leak scan and consent")
struct ProtectionUnitTests {
    let parameters = ScryptParameters(log2N: 10, r: 8, p: 1)

    @Test func sealedFieldsOpenOnlyWithTheirKeyAndPlace() throws {
        let salt = try IdentityCipher.randomBytes(16)
        let key = try IdentityCipher.deriveKey(passphrase: "correct horse", salt: salt, parameters: parameters)
        let here = Array("casebook/witness/W-1/name".utf8)
        let sealed = try IdentityCipher.seal(Array("Kim Chol-su".utf8), key: key, associated: here)
        #expect(sealed.count == 12 + 11 + 16)
        #expect(IdentityCipher.open(sealed, key: key, associated: here) == Array("Kim Chol-su".utf8))
        // Moved to another witness or field: the associated data differs.
        #expect(IdentityCipher.open(sealed, key: key, associated: Array("casebook/witness/W-2/name".utf8)) == nil)
        // Truncated, or one bit flipped.
        #expect(IdentityCipher.open(Array(sealed.dropLast()), key: key, associated: here) == nil)
        var flipped = sealed
        flipped[14] ^= 1
        #expect(IdentityCipher.open(flipped, key: key, associated: here) == nil)
        // Another passphrase gives another key.
        let other = try IdentityCipher.deriveKey(passphrase: "wrong horse", salt: salt, parameters: parameters)
        #expect(IdentityCipher.open(sealed, key: other, associated: here) == nil)
        // Two seals of the same text differ (a fresh nonce each time).
        #expect(try IdentityCipher.seal(Array("Kim Chol-su".utf8), key: key, associated: here) != sealed)
    }

    @Test func passphrasesMustNotBeEmpty() {
        #expect(throws: ProtectionError.emptyPassphrase) { try Passphrase("") }
    }

    func scanner(_ values: [(IdentityField, String)]) -> LeakScanner {
        LeakScanner(identities: values.map { ProtectedIdentity(witness: RecordID(.witness, 3), field: $0.0, value: $0.1) })
    }

    @Test(arguments: [
        "Kim Chol-su", "KIM Cholsu", "Kim Chol Su", "kim-chol-su", "Mr. KIM CHOL SU said", "ＫＩＭ Ｃｈｏｌ－ｓｕ",
    ])
    func findsANameHoweverWritten(_ text: String) {
        let hit = scanner([(.name, "Kim Chol-su")]).firstHit(in: "Report: \(text).")
        #expect(hit?.witness == RecordID(.witness, 3))
        #expect(hit?.field == .name)
    }

    @Test func findsHangulComposedOrDecomposed() {
        let scan = scanner([(.otherNames, "Chol-su Kim; 김철수")])
        #expect(scan.firstHit(in: "증인 김철수 씨") != nil)
        #expect(scan.firstHit(in: "증인 " + "김철수".decomposedStringWithCanonicalMapping) != nil)
        #expect(scan.firstHit(in: "chol su kim") != nil)
        #expect(scan.firstHit(in: "Kim Chol") == nil)
    }

    @Test func shortStringsMatchWholeWordsOnly() {
        let scan = scanner([(.otherNames, "Lee")])
        #expect(scan.firstHit(in: "He moved to Leeds.") == nil)
        #expect(scan.firstHit(in: "Mr. LEE was there.") != nil)
    }

    @Test func contactDetailsMatchWithoutTheirPunctuation() {
        let scan = scanner([(.contact, "+82 10 1234 5678")])
        #expect(scan.firstHit(in: "call 82-10-1234-5678") != nil)
        #expect(scan.firstHit(in: "call 82-10-1234-0000") == nil)
    }

    @Test func redactionRangesCoverTheOriginalSpelling() {
        let scan = scanner([(.name, "Kim Chol-su")])
        let text = "Witness KIM Chol Su, from Camp 15."
        var redacted = text
        for range in LeakScanner.merged(scan.ranges(in: text, extraTerms: ["camp 15"])).reversed() {
            redacted.replaceSubrange(range, with: "[REDACTED]")
        }
        #expect(redacted == "Witness [REDACTED], from [REDACTED].")
    }

    @Test func consentDecidesWhatEachDocumentMayCite() throws {
        let db = try AppDatabase.makeEmptyTestDatabase()
        _ = try db.addWitness(NewWitness(pseudonym: "A", consent: [.iccEvidence]))
        _ = try db.addWitness(NewWitness(pseudonym: "B", consent: [.iccEvidence, .upr]))
        _ = try db.addWitness(NewWitness(pseudonym: "C", consent: [.public]))
        _ = try db.addWitness(NewWitness(pseudonym: "D"))
        for witness in 1...4 { _ = try db.addTestimony(NewTestimony(witness: RecordID(.witness, Int64(witness)), date: "2020")) }
        let sources = (1...4).map { RecordID(.testimony, Int64($0)) }
        let icc = try db.consentDecision(for: .iccDossier, sources: sources)
        #expect(icc.citable == [RecordID(.testimony, 1), RecordID(.testimony, 2)])
        #expect(icc.withheld.count == 2)
        #expect(icc.withheldSentence == "a further 2 testimonies support this, not cited for the witnesses' protection")
        let upr = try db.consentDecision(for: .uprSubmission, sources: sources)
        #expect(upr.citable == [RecordID(.testimony, 2), RecordID(.testimony, 3)])
        let publicReport = try db.consentDecision(for: .publicReport, sources: sources + [RecordID(.evidence, 1)])
        #expect(publicReport.citable == [RecordID(.testimony, 3), RecordID(.evidence, 1)])
        #expect(publicReport.withheld.count == 3)
    }
}
