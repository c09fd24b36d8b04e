import CasebookCore
import CasebookCrypto
import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

/// What `custody export-signatures` wrote.
public struct SignatureExportSummary: Codable, Sendable, Equatable {
    public let folder: String
    public let events: Int
    public let handlers: [String]
    /// Warnings for the person exporting (a skipped leak scan).
    public let warnings: [String]
}

extension Case {
    /// Writes every signed custody event as its canonical bytes (`event-NNNNNN.bin`), its
    /// signature (`.sig`) and the signer's public key (`keys/HANDLER.pem`), so anyone can check
    /// each one with `openssl pkeyutl -verify -pubin -inkey keys/H.pem -rawin -in event.bin -sigfile event.sig`.
    public func exportSignatures(
        to folder: String, handler: Handler, leakScan: LeakScanOptions = LeakScanOptions()
    ) throws -> SignatureExportSummary {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        try Self.refuseNonEmptyFolder(root)
        let (leakGuard, warning) = try leakGuard(for: "The signature export", options: leakScan, handler: handler)
        let (events, keys) = try database.readTransaction { tx in
            (
                try tx.signedCustodyEvents(),
                try tx.handlerKeys()
            )
        }
        for event in events {
            // The canonical bytes escape line breaks, so the raw handler and note are scanned too.
            let raw = [String(decoding: event.canonicalBytes, as: UTF8.self), event.handler, event.note ?? ""]
            try leakGuard.check(raw.joined(separator: "\n"), place: "custody event \(event.sequence)")
        }
        // Names come from the database: a tampered one ("../../x") must not become a path, and is
        // refused before anything is written.
        for key in keys {
            guard let checked = try? Handler(key.handler), checked.name == key.handler else {
                throw IntegrityError.badHandler(key.handler)
            }
        }
        // A key is exported only if it is the key its fingerprint names: a swapped key is refused.
        for key in keys where (try? Ed25519.fingerprint(publicPEM: key.publicKeyPEM)) != key.fingerprint {
            throw IntegrityError.storedKeyAltered(key.handler)
        }
        try Self.prepareEmptyFolder(root)
        let keysByFingerprint = Dictionary(keys.map { ($0.fingerprint, $0) }, uniquingKeysWith: { a, _ in a })
        let keyFolder = root.appendingPathComponent("keys")
        try FileManager.default.createDirectory(at: keyFolder, withIntermediateDirectories: true)
        var manifest = "# Signed custody events of this case. Check one with:\n"
        manifest +=
            "#   openssl pkeyutl -verify -pubin -inkey keys/HANDLER.pem -rawin -in event-NNNNNN.bin -sigfile event-NNNNNN.sig\n"
        manifest += "# event\thandler\tkey file\tevent hash (SHA-256 of the .bin file)\n"
        var handlers: Set<String> = []
        for event in events {
            guard let signature = event.signature, let fingerprint = event.keyFingerprint,
                let key = keysByFingerprint[fingerprint]
            else { continue }
            let name = String(format: "event-%06lld", event.sequence)
            try Data(event.canonicalBytes).write(to: root.appendingPathComponent("\(name).bin"))
            try signature.write(to: root.appendingPathComponent("\(name).sig"))
            let keyFile = keyFolder.appendingPathComponent("\(key.handler).pem")
            if !handlers.contains(key.handler) {
                try Data(key.publicKeyPEM.utf8).write(to: keyFile)
                handlers.insert(key.handler)
            }
            manifest += "\(name)\t\(event.handler)\tkeys/\(key.handler).pem\t\(event.eventHash)\n"
        }
        try Data(manifest.utf8).write(to: root.appendingPathComponent("manifest.tsv"))
        try PosixFile.makePrivate(root)
        try logUsedWaivers(leakGuard, what: "The signature export", handler: handler)
        return SignatureExportSummary(
            folder: root.path, events: events.count, handlers: handlers.sorted(), warnings: warning.map { [$0] } ?? [])
    }

    /// Refuses a folder that exists and holds files (checked before any work is done).
    static func refuseNonEmptyFolder(_ folder: URL) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue, (try FileManager.default.contentsOfDirectory(atPath: folder.path)).isEmpty else {
            throw EvidenceError.outputNotEmpty(folder.path)
        }
    }

    /// Creates `folder`, or accepts it if it exists and is empty; refuses one that holds files.
    static func prepareEmptyFolder(_ folder: URL) throws {
        try refuseNonEmptyFolder(folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Only the exporter may open it: whatever is written inside is then private too.
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path)
    }
}
