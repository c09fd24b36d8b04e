import Foundation
import Testing

/// A bag carries the whole proof, and its own VERIFY.txt checks it with standard tools alone.
@Suite("a BagIt bag checks itself with its VERIFY.txt")
struct BagProofTests {
    /// The commands of VERIFY.txt: every line that is neither blank nor a comment.
    func commands(in bag: URL) throws -> [String] {
        try String(contentsOf: bag.appendingPathComponent("VERIFY.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    @Test func theBagsOwnCommandsCheckTheWholeChain() throws {
        var cli = try CLI()
        try cli.makeEvidenceCase()
        // Case-wide events (verified, anchored), an unsigned handler, and a timestamp.
        #expect(try cli.run(["custody", "transfer", "E-1", "--to", "OHCHR", "--by", "lee"]).status == 0)
        #expect(try cli.run(["verify"]).status == 0)
        let request = cli.folder.appendingPathComponent("head.tsq")
        #expect(try cli.run(["anchor", "request", request.path]).status == 0)
        let tsa = try cli.throwawayAuthority("tsa", answering: request)
        #expect(try cli.run(["anchor", "import", tsa.appendingPathComponent("reply.tsr").path]).status == 0)

        let bag = cli.folder.appendingPathComponent("bag")
        let exported = try cli.run(["export", "bagit", bag.path, "--evidence", "E-2"])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(try cli.tool("python3", ["-m", "bagit", "--validate", bag.path]).status == 0)
        let total = Int(try cli.sqlite("SELECT COUNT(*) FROM custody_event").trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        let chain = try FileManager.default.contentsOfDirectory(atPath: bag.appendingPathComponent("custody/chain").path)
        #expect(chain.filter { $0.hasSuffix(".bin") }.count == total, "every event of the case, case-wide ones included")
        #expect(chain.contains("event-000001.sig"))
        #expect(FileManager.default.fileExists(atPath: bag.appendingPathComponent("custody/keys/kim.pem").path))
        #expect(FileManager.default.fileExists(atPath: bag.appendingPathComponent("custody/anchors/anchor-1.tsr").path))
        let complete = try String(contentsOf: bag.appendingPathComponent("custody/complete-log.json"), encoding: .utf8)
        #expect(complete.contains("\"verified\"") && complete.contains("\"anchored\""))

        let lines = try commands(in: bag)
        #expect(lines.contains { $0.hasPrefix("openssl pkeyutl -verify") })
        #expect(lines.contains { $0.hasPrefix("sha256sum -c custody/chain/event-hashes.sha256") })
        for line in lines {
            let result = try cli.tool("sh", ["-c", line], cwd: bag)
            #expect(result.status == 0, "\(line): \(result.output)")
        }
        // The timestamp line, with the authority's certificate from the authority itself.
        let anchorLine = try String(contentsOf: bag.appendingPathComponent("VERIFY.txt"), encoding: .utf8)
            .split(separator: "\n").first { $0.contains("openssl ts -verify") }
        let tsCommand = try #require(anchorLine).dropFirst(4).components(separatedBy: "   (")[0]
            .replacingOccurrences(of: "AUTHORITY.pem", with: tsa.appendingPathComponent("tsa.crt").path)
        let checked = try cli.tool("sh", ["-c", tsCommand], cwd: bag)
        #expect(checked.status == 0 && checked.output.contains("Verification: OK"), "\(tsCommand): \(checked.output)")

        // One byte of one event changed in the bag: its own commands say so.
        let event = bag.appendingPathComponent("custody/chain/event-000002.bin")
        var bytes = try Data(contentsOf: event)
        bytes[bytes.count - 2] ^= 0x01
        try bytes.write(to: event)
        let failing = try lines.filter { try cli.tool("sh", ["-c", $0], cwd: bag).status != 0 }
        #expect(failing.contains("sha256sum -c custody/chain/event-hashes.sha256"), "\(failing)")
    }
}
