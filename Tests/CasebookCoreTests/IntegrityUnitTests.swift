import Foundation
import Testing

@testable import CasebookCore
@testable import CasebookCrypto
@testable import CasebookStore

@Suite("custody encoding, signatures and names")
struct IntegrityUnitTests {
    func event(note: String?) -> CustodyEventRecord {
        CustodyEventRecord(
            sequence: 7, evidenceId: 3, action: "ingested", handler: "kim", occurredAt: "2026-11-29T01:26:45Z",
            objectSha256: String(repeating: "a", count: 64), note: note, previousHash: CustodyEventRecord.genesisHash,
            eventHash: "", signature: nil, keyFingerprint: nil)
    }

    @Test func canonicalEncodingIsTheDocumentedText() throws {
        let record = event(note: "line one\nback\\slash")
        let expected = """
            casebook-custody-event/1
            sequence: 7
            evidence: E-3
            action: ingested
            handler: kim
            time: 2026-11-29T01:26:45Z
            object-sha256: \(String(repeating: "a", count: 64))
            key: -
            note: line one\\nback\\\\slash
            previous: \(CustodyEventRecord.genesisHash)

            """
        #expect(String(decoding: record.canonicalBytes, as: UTF8.self) == expected)
        #expect(try record.computedHash() == (try Digest.of(Array(expected.utf8), using: .sha256)).hex)
        #expect(String(decoding: event(note: nil).canonicalBytes, as: UTF8.self).contains("note: -\n"))
    }

    @Test func anyChangeToAnEventChangesItsHash() throws {
        let base = event(note: "x")
        var changed = base
        changed.handler = "lee"
        #expect(try base.computedHash() != (try changed.computedHash()))
        changed = base
        changed.sequence = 8
        #expect(try base.computedHash() != (try changed.computedHash()))
    }

    @Test func ed25519SignsAndVerifies() throws {
        let (privatePEM, publicPEM) = try Ed25519.generate()
        #expect(privatePEM.hasPrefix("-----BEGIN PRIVATE KEY-----"))
        #expect(publicPEM.hasPrefix("-----BEGIN PUBLIC KEY-----"))
        let message = Array("casebook".utf8)
        let signature = try Ed25519.sign(message, privatePEM: privatePEM)
        #expect(signature.count == 64)
        #expect(try Ed25519.verify(signature, of: message, publicPEM: publicPEM))
        #expect(!(try Ed25519.verify(signature, of: Array("casebooK".utf8), publicPEM: publicPEM)))
        let other = try Ed25519.generate()
        #expect(!(try Ed25519.verify(signature, of: message, publicPEM: other.publicPEM)))
        #expect(try Ed25519.fingerprint(publicPEM: publicPEM).count == 64)
        #expect(throws: CryptoError.badKey("the private key is not a readable Ed25519 PEM key")) {
            try Ed25519.sign(message, privatePEM: "not a key")
        }
    }

    @Test func timestampRequestCarriesTheDigest() throws {
        let digest = [UInt8](repeating: 0xAB, count: 32)
        let der = try TimestampToken.request(sha256: digest)
        #expect(der.first == 0x30)
        // The digest appears as an OCTET STRING of 32 bytes.
        let needle: [UInt8] = [0x04, 0x20] + digest
        #expect((0...(der.count - needle.count)).contains { Array(der[$0..<($0 + needle.count)]) == needle })
        #expect(throws: CryptoError.badTimestamp("the file is not an RFC 3161 timestamp reply (.tsr)")) {
            try TimestampToken.readReply(der)
        }
    }

    @Test func handlerNamesAreSafeFileNames() throws {
        #expect(try Handler("kim.investigator").name == "kim.investigator")
        #expect(try Handler("team-b@example.org").name == "team-b@example.org")
        for bad in ["", "../kim", "kim/../x", ".hidden", "-rf", "Kim Investigator", String(repeating: "a", count: 65)] {
            #expect(throws: IntegrityError.badHandler(bad)) { try Handler(bad) }
        }
    }

    @Test func namesThatAreNotUTF8AreShownWithEscapes() {
        let latin1 = RawPath(bytes: Array("caf".utf8) + [0xE9] + Array(".txt".utf8))
        #expect(latin1.description == "caf\\xE9.txt")
        #expect(!latin1.isValidUTF8)
        #expect(RawPath("dir/photo.jpg").lastComponent == "photo.jpg")
    }

    @Test func mediaTypesFromContentThenName() {
        #expect(MediaType.guess(head: [0xFF, 0xD8, 0xFF, 0xE0], name: "IMG_0001") == "image/jpeg")
        #expect(MediaType.guess(head: Array("%PDF-1.7".utf8), name: "x.bin") == "application/pdf")
        #expect(MediaType.guess(head: [0, 0, 0, 0x18] + Array("ftypmp42".utf8), name: "clip") == "video/mp4")
        #expect(MediaType.guess(head: Array("hello".utf8), name: "notes.txt") == "text/plain")
        #expect(MediaType.guess(head: [1, 2, 3], name: "blob") == "application/octet-stream")
    }

    @Test func hasherStreamsAFileInChunksAndCopiesIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hasher-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let bytes = (0..<(5 * FileHasher.chunkSize + 123)).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let source = folder.appendingPathComponent("in.bin")
        try Data(bytes).write(to: source)
        let store = ObjectStore(root: folder.appendingPathComponent("objects"))
        for parallel in [false, true] {
            let temporary = try store.makeTemporary()
            let input = open(source.path, O_RDONLY)
            let hasher = try FileHasher()
            let content = try hasher.hash(
                input: input, inputPath: source.path, output: temporary, algorithms: [.sha256, .sha512], parallel: parallel,
                progress: { _ in })
            close(input)
            temporary.release()
            let path = temporary.path
            #expect(content.size == Int64(bytes.count))
            #expect(content.sha256 == (try Digest.of(bytes, using: .sha256)))
            #expect(content.sha512 == (try Digest.of(bytes, using: .sha512)))
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(bytes))
        }
    }
}

@Suite("who is acting")
struct HandlerResolutionTests {
    @Test func withoutAnyNameTheAccountsLoginNameIsUsed() throws {
        let handler = try Handler.resolve(nil, environment: [:])
        #expect(handler.name != "unknown")
        #expect(handler == (try Handler(Handler.loginName() ?? "")))
        #expect(try Handler.resolve(nil, environment: ["USER": "lee"]).name == "lee")
        #expect(try Handler.resolve("kim", environment: ["USER": "lee"]).name == "kim")
    }
}
