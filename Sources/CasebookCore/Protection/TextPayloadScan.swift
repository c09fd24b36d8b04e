import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

extension Case {
    /// The largest text item read whole for the scan (a transcript, not a database dump).
    static let largestScannedText: Int64 = 256 << 20

    /// Checks the text of every text evidence item about to leave the case (a transcript in a
    /// bag), unless the user named it in `--include-identifying` for a bag meant for a court under
    /// seal; each such inclusion is recorded in the custody log. A hit names the item and suggests
    /// its redacted copy. The text is checked as stored and as decoded (HTML, JSON, RTF, e-mail),
    /// so an encoded name cannot pass. Returns a warning for each item whose text could not be
    /// fully read (a PDF, an office file, an e-mail's attachment): those are not silently passed.
    @discardableResult
    package func checkTextPayloads(
        _ items: [EvidenceItemRecord], guard leakGuard: LeakGuard, options: LeakScanOptions, handler: Handler, what: String
    ) throws -> [String] {
        let included = Set(options.includeIdentifying)
        var warnings: [String] = []
        if leakGuard.isActive {
            for item in items where !included.contains(RecordID(.evidence, item.id ?? 0)) {
                let id = RecordID(.evidence, item.id ?? 0)
                let unread = { (reason: String) in
                    warnings.append(
                        "warning: \(id) (\(item.originalName)) could not be fully checked for witness identities: \(reason).")
                }
                // A transcript behind a JPEG header or a .pdf name is read as the text it is.
                let reason = TextDecoding.unreadableReason(mediaType: item.mediaType)
                if reason == nil, try isBinaryData(item) {
                    // Its text is read by the raw-text pass (`checkRawText`), chunk by chunk.
                    unread("it does not look like text, and only the text in it was read")
                    continue
                }
                let plain = reason == nil ? try readText(of: item) : nil
                guard let (text, bytes) = try plain ?? readDisguisedText(of: item) else {
                    if let reason {
                        unread(reason)
                    } else if item.size > Self.largestScannedText {
                        unread("it is larger than \(Self.largestScannedText >> 20) MB")
                    }
                    continue
                }
                do {
                    try leakGuard.check(text, place: "evidence item")
                    let utf16 = UTF16Text.isMarked(bytes)
                    var readings = [utf16 ? Array(text.utf8) : bytes]
                    // UTF-16 without a byte-order mark is read as such too; as stored it is read
                    // as well, in case its NUL bytes only pretend to be UTF-16.
                    let unmarked = UTF16Text.unmarkedByteOrder(bytes)
                    var readAsText = false
                    if let unmarked {
                        let reading = UTF16Text.decode(bytes, order: unmarked)
                        readAsText = UTF16Text.isText(reading)
                        try leakGuard.check(reading, place: "evidence item")
                        readings.append(Array(reading.utf8))
                        // The same text one byte further on (after a one-byte header) pairs its
                        // bytes the other way: for Hangul, only this reading is right.
                        let shifted = UTF16Text.decode(
                            bytes, order: unmarked == .littleEndian ? .bigEndian : .littleEndian, from: 1)
                        try leakGuard.check(shifted, place: "evidence item")
                    } else if !utf16, bytes.contains(0) {
                        // UTF-16 embedded in other bytes: a fragment, a string table.
                        try leakGuard.check(UTF16Text.embeddedText(bytes), place: "evidence item")
                    }
                    var parts: [String] = []
                    for (index, reading) in readings.enumerated() {
                        let decoded = TextDecoding.decode(
                            reading, mediaType: item.mediaType, name: item.originalName, keepingOrigins: false)
                        guard let decoded else { continue }
                        try leakGuard.check(decoded.text, place: "evidence item")
                        if !decoded.hidden.isEmpty { try leakGuard.check(decoded.hidden, place: "evidence item") }
                        // UTF-16 is not UTF-8: its reading as stored is not expected to be.
                        let expected = unmarked != nil && index == 0 ? [LegacyText.unnamedEncoding] : []
                        parts += decoded.unread.filter { !parts.contains($0) && !expected.contains($0) }
                    }
                    for part in parts { unread("Casebook does not read \(part)") }
                    if !utf16, !readAsText, bytes.contains(0) {
                        unread("it does not look like text, and only the text in it was read")
                    }
                } catch ProtectionError.leak(let witness, let field, _) {
                    throw ProtectionError.leakInEvidence(
                        item: RecordID(.evidence, item.id ?? 0), name: item.originalName, witness: witness, field: field)
                }
            }
        }
        let logged = items.compactMap { $0.id }.map { RecordID(.evidence, $0) }.filter(included.contains)
        guard !logged.isEmpty else { return warnings }
        _ = try database.writeTransaction { tx in
            try appendCustody(
                logged.map { id in
                    NewCustodyEvent(
                        evidenceId: id.number, action: .leakScanWaived, handler: handler,
                        note:
                            "\(what): \(id) included without checking its text and metadata for witness identities (--include-identifying)"
                    )
                }, in: tx)
        }
        return warnings
    }

    /// The text of every item that is not a known binary kind (an image, audio, video, PDF or an
    /// office or archive file): a `.log`, `.srt`, `.vcf` or an unnamed file is read too. UTF-16
    /// with a byte-order mark is decoded as such; anything else as UTF-8, with any byte that is not
    /// UTF-8 (a Windows curly quote) replaced, so one stray byte cannot hide the rest.
    private func readText(of item: EvidenceItemRecord) throws -> (String, [UInt8])? {
        guard !Self.isBinaryKind(item) else { return nil }
        guard item.size <= Self.largestScannedText else { return nil }
        let bytes = Array(try PosixFile.readAll(objects.objectPath(item.sha256)).prefix(Int(item.size)))
        return (Self.scannedText(of: bytes), bytes)
    }

    /// Whether the item is of a known binary kind (an image, audio, video, PDF or an office or
    /// archive file), whose text only its readers per format and the raw-text pass read.
    private static func isBinaryKind(_ item: EvidenceItemRecord) -> Bool {
        let binary = ["image/", "audio/", "video/", "application/pdf", "application/zip", "application/vnd.", "application/msword"]
        guard let type = item.mediaType else { return false }
        return binary.contains(where: type.hasPrefix) && !type.hasSuffix("+xml")
    }

    /// Whether an item of no known binary kind holds binary data (`BinaryBytes`), told by its
    /// first bytes without reading the rest: an unnamed recording or disk image is not read whole.
    private func isBinaryData(_ item: EvidenceItemRecord) throws -> Bool {
        guard !Self.isBinaryKind(item) else { return false }
        let limit = Int(min(item.size, Int64(BinaryBytes.sampleSize)))
        return BinaryBytes.look(try PosixFile.readAll(objects.objectPath(item.sha256), limit: limit))
    }

    /// An item's bytes as the scan reads them: UTF-16 with a byte-order mark as such, to the end
    /// (a NUL character does not end it), anything else as UTF-8 with stray bytes replaced.
    static func scannedText(of bytes: [UInt8]) -> String {
        guard UTF16Text.isMarked(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        return UTF16Text.decode(bytes, order: bytes[0] == 0xFE ? .bigEndian : .littleEndian, from: 2)
    }
}
