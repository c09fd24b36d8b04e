import CasebookCore
import CasebookModel
import CasebookStore
import Foundation

/// Everything a court needs to check a bag's chain of custody without Casebook: every event's
/// canonical bytes and signature, the public keys, the timestamp replies, and `VERIFY.txt`
/// with the plain `sha256sum`, `grep` and `openssl` commands that check them.
struct BagProof {
    let events: [CustodyEventRecord]
    let keys: [HandlerKeyRecord]
    let anchors: [AnchorRecord]
    /// Each payload file's SHA-256 and its path in the bag.
    let payload: [(sha256: String, path: String)]

    /// Writes the proof files under `custody/` and `VERIFY.txt`; returns the tag files written,
    /// relative to the bag, for the tag manifest.
    func write(into root: URL) throws -> [String] {
        let fileManager = FileManager.default
        var written: [String] = []
        func put(_ data: Data, _ name: String) throws {
            let url = root.appendingPathComponent(name)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
            written.append(name)
        }
        // Every name, path, hash and fingerprint put into a command goes through this one quoting.
        let q = ShellQuoting.quoted
        let keysByFingerprint = Dictionary(keys.map { ($0.fingerprint, $0) }, uniquingKeysWith: { first, _ in first })
        var hashes = ""
        var chainChecks = ""
        var signatureChecks = ""
        var keyChecks = ""
        var previous = CustodyEventRecord.genesisHash
        var keysWritten: Set<String> = []
        for event in events {
            let name = String(format: "custody/chain/event-%06lld", event.sequence)
            try put(Data(event.canonicalBytes), name + ".bin")
            hashes += "\(event.eventHash)  \(name).bin\n"
            chainChecks += "grep -qxF \(q("previous: \(previous)")) \(q(name + ".bin"))\n"
            previous = event.eventHash
            if let signature = event.signature, let fingerprint = event.keyFingerprint, let key = keysByFingerprint[fingerprint] {
                try put(signature, name + ".sig")
                let keyFile = "custody/keys/\(Case.safeFileName(key.handler)).pem"
                if !keysWritten.contains(key.handler) {
                    try put(Data(key.publicKeyPEM.utf8), keyFile)
                    keysWritten.insert(key.handler)
                    keyChecks +=
                        "openssl pkey -pubin -in \(q(keyFile)) -outform DER | sha256sum | grep -q \(q("^\(fingerprint) "))\n"
                }
                signatureChecks +=
                    "openssl pkeyutl -verify -pubin -inkey \(q(keyFile)) -rawin -in \(q(name + ".bin")) -sigfile \(q(name + ".sig"))\n"
            }
        }
        try put(Data(hashes.utf8), "custody/chain/event-hashes.sha256")
        try put(Data(try JSONOutput.encode(events.map(CustodyEntry.init)).utf8 + [UInt8(ascii: "\n")]), "custody/complete-log.json")
        var payloadChecks = ""
        for (sha256, path) in payload {
            if let ingested = events.first(where: { $0.objectSha256 == sha256 && $0.action == CustodyAction.ingested.rawValue }) {
                let name = String(format: "custody/chain/event-%06lld", ingested.sequence)
                payloadChecks +=
                    "grep -qxF \(q("object-sha256: \(sha256)")) \(q(name + ".bin")) && sha256sum < \(q(path)) | grep -q \(q("^\(sha256) "))\n"
            }
        }
        var anchorLines = ""
        for anchor in anchors {
            let name = "custody/anchors/anchor-\(anchor.id ?? 0).tsr"
            try put(anchor.response, name)
            anchorLines +=
                "#   openssl ts -verify -digest \(q(anchor.headHash)) -in \(q(name)) -CAfile AUTHORITY.pem   (covers event \(anchor.sequence))\n"
        }
        let last = events.last.map { String(format: "custody/chain/event-%06lld.bin", $0.sequence) } ?? "-"
        var text = """
            # How to check this bag without Casebook.
            # Run each line that does not start with '#' in this folder, with the standard sha256sum,
            # sha512sum, grep and openssl (3.0 or later) commands, and python3 for the last check;
            # every one must succeed (exit 0).

            # 1. The payload and tag files are those the manifests name (what bagit.py --validate checks).
            sha256sum -c manifest-sha256.txt
            sha512sum -c manifest-sha512.txt
            sha256sum -c tagmanifest-sha256.txt
            # The payload folder holds exactly those files: none added, none missing.
            \(Self.payloadListCheck(payload.map(\.path)))

            # 2. Every custody event is the bytes its hash names (the encoding is in the Casebook README).
            sha256sum -c custody/chain/event-hashes.sha256

            # 3. Each event names the hash of the one before it: the chain is whole, from event 1 to \(last).
            \(chainChecks)
            # 4. Each public key is the key its fingerprint (the 'key:' line of an event) names.
            \(keyChecks)
            # 5. Each signed event is signed by its handler's key.
            \(signatureChecks)
            # 6. Each payload file is the content its 'ingested' event records.
            \(payloadChecks)
            """
        text += """

            # 7. The readable copies (custody/complete-log.json, and each item's custody-log.csv and
            #    custody-log.json) are copies only: the evidence is custody/chain/*.bin. This checks
            #    that the complete log says what the .bin files say, event by event.
            \(Self.completeLogCheck)

            """
        if !anchorLines.isEmpty {
            text += """

                # 8. Timestamps: with the authority's certificate, obtained from the authority itself
                #    (not from this bag), each reply proves the log up to its event existed at its time:
                \(anchorLines)
                """
        }
        // Written last and not part of the chain, so it is listed in the tag manifest too.
        try put(Data(text.utf8), "VERIFY.txt")
        return written
    }

    /// A VERIFY.txt line: the files under `data/` are exactly `paths`. The manifests check only
    /// the files they name, so without this a file slipped into `data/` would pass every other
    /// line. Both lists are sorted alike (byte order) and compared as one string each; every name
    /// is single-quoted (`ShellQuoting`), and bag names never hold a line break.
    static func payloadListCheck(_ paths: [String]) -> String {
        let expected = paths.map(ShellQuoting.quoted).joined(separator: " ")
        return #"test "$(find data ! -type d -print | LC_ALL=C sort)" = "$(printf '%s\n' "#
            + expected + #" | LC_ALL=C sort)""#
    }

    /// A VERIFY.txt line: every event of `custody/complete-log.json` has the hash of its `.bin`
    /// file, and its action, handler, time and note are the lines of that file.
    static let completeLogCheck = #"""
        python3 -c 'import json,hashlib,sys; esc=lambda v: "-" if v is None else v.replace("\\","\\\\").replace("\n","\\n").replace("\r","\\r"); bad=[e["sequence"] for e in json.load(open("custody/complete-log.json")) for b in [open("custody/chain/event-%06d.bin" % e["sequence"],"rb").read()] if hashlib.sha256(b).hexdigest()!=e["hash"] or any(("\n%s: %s\n" % (k,esc(e.get(k)))).encode() not in b for k in ["action","handler","time","note"])]; sys.exit("events that differ from their .bin files: %s" % bad if bad else 0)'
        """#
}
