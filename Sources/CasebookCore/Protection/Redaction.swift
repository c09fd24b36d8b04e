import CasebookCrypto
import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

/// What `evidence redact` produced.
public struct RedactionSummary: Codable, Sendable, Equatable {
    public let original: RecordID
    public let copy: RecordID
    public let file: String
    public let passagesReplaced: Int
}

extension Case {
    /// The extra terms a team always wants redacted, one per line in `redaction-terms.txt` in the
    /// workspace (lines starting with # are comments).
    func configuredRedactionTerms() -> [String] {
        let path = workspace.root.appendingPathComponent(Workspace.redactionTermsFileName).path
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// Writes a copy of a text transcript with every protected identity and every extra term
    /// replaced by `[REDACTED]`, checks it, and ingests it as a new item linked to the original.
    public func redact(
        _ original: RecordID, to path: String, extraTerms: [String], passphrase: PassphraseSource, handler: Handler
    ) throws -> RedactionSummary {
        guard original.kind == .evidence else { throw RecordError.wrongKind(original, expected: [.evidence], role: .subject) }
        try PosixFile.refuseExisting(path)
        try refuseCaseFile(path)
        try requireUsableKey(for: handler)
        let item = try database.readTransaction { tx in
            guard let item = try tx.fetchOne(EvidenceItemRecord.self, key: original.number) else {
                throw RecordError.notFound(original)
            }
            return item
        }
        var identities: [ProtectedIdentity] = []
        try requireLoggedSealingIntact()
        if try database.hasProtectedIdentities() {
            guard let passphrase = try passphrase.passphrase() else {
                throw ProtectionError.passphraseNeeded("Redacting a transcript")
            }
            identities = try database.protectedIdentities(passphrase)
        }
        let bytes = try PosixFile.readAll(objects.objectPath(item.sha256))
        guard try Digest.of(bytes, using: .sha256).hex == item.sha256 else { throw EvidenceError.storeDamaged(original) }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw EvidenceError.notText(original) }

        let scanner = LeakScanner(identities: identities)
        let terms = extraTerms.compactMap(Validate.optional) + configuredRedactionTerms()
        // Found as stored, and as decoded (an HTML entity, a JSON escape, a base64 e-mail body),
        // each decoded hit replaced where it is in the stored bytes.
        var found = scanner.byteRanges(in: text, extraTerms: terms)
        let decoded = TextDecoding.decode(bytes, mediaType: item.mediaType, name: item.originalName, keepingOrigins: true)
        if let decoded {
            found += scanner.byteRanges(in: decoded.text, extraTerms: terms).compactMap(decoded.sourceRange(of:))
        }
        let ranges = LeakScanner.merged(found)
        guard !ranges.isEmpty else {
            // The bag's leak guard reads more than this finds (misread bytes, escapes): a name it
            // sees must not be called absent, or the team is told to bag what the bag refuses.
            let leakGuard = LeakGuard(scanner: scanner)
            do {
                try leakGuard.check(text, place: "")
                if let decoded { try leakGuard.check(decoded.text, place: "") }
            } catch ProtectionError.leak(let witness, let field, _) {
                throw ProtectionError.unredactable(original, witness: witness, field: field)
            }
            throw ProtectionError.nothingToRedact(original)
        }
        let isRTF = RTFDecoder.isRTF(bytes)
        var redactedBytes = bytes
        for range in ranges.reversed() {
            let replacement =
                decoded?.base64Blocks.contains(range) == true
                ? Array(Data("[REDACTED]\r\n".utf8).base64EncodedString().utf8)
                : Self.replacement(for: bytes[range], keepingBraces: isRTF)
            redactedBytes.replaceSubrange(range, with: replacement)
        }
        let redacted = String(decoding: redactedBytes, as: UTF8.self)
        let check = LeakGuard(scanner: scanner)
        try check.check(redacted, place: "the redacted copy")
        if let again = TextDecoding.decode(redactedBytes, mediaType: item.mediaType, name: item.originalName, keepingOrigins: false)
        {
            try check.check(again.text, place: "the redacted copy")
            // Text a reader does not see (an RTF comment's author) has no map to redact by: a name
            // left there stops the copy rather than passing into it.
            if !again.hidden.isEmpty { try check.check(again.hidden, place: "the redacted copy") }
        }
        // The copy's bytes as any file leaving the case is read: UTF-16 and code page 949 too.
        try RawTextScan.check(redactedBytes, name: "the redacted copy", guard: check)

        try PosixFile.writeNew(path, contents: redactedBytes, mode: 0o600)
        var request = IngestRequest(
            paths: [RawPath(path)], kind: item.kind ?? "transcript",
            description: "Redacted copy of \(original) (\(item.originalName))",
            source: "\(original)", handler: handler, jobs: 1)
        request.noteCheck = .checkedAlready
        let report = try ingest(request)
        guard let copy = report.items.first?.id else {
            throw EvidenceError.cannotUse(path, reason: report.failed.first?.reason ?? "it could not be stored")
        }
        try database.writeTransaction { tx in
            try tx.markRedactedCopy(copy.number, of: original.number)
            try appendCustody(
                [
                    NewCustodyEvent(
                        evidenceId: copy.number, action: .redactedCopy, handler: handler, objectSha256: report.items.first?.sha256,
                        note: "redacted copy of \(original): \(ranges.count) passage(s) replaced")
                ],
                in: tx)
        }
        return RedactionSummary(original: original, copy: copy, file: path, passagesReplaced: ranges.count)
    }

    /// `[REDACTED]`, and in RTF the group braces of the passage replaced, so that the document's
    /// groups still close (`Kim} Chol-su` inside `{\b Kim} Chol-su`).
    static func replacement(for removed: ArraySlice<UInt8>, keepingBraces: Bool) -> [UInt8] {
        var result = Array("[REDACTED]".utf8)
        guard keepingBraces else { return result }
        var escaped = false
        for byte in removed {
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") {
                result.append(byte)
            }
        }
        return result
    }
}
