import Foundation
import Testing

/// A bag's VERIFY.txt is run by a court, line by line, in a shell: evidence file names chosen by
/// whoever supplied the evidence must reach each command as plain words, never as shell syntax.
@Suite("VERIFY.txt quotes every file name it puts into a command")
struct BagVerifyQuotingTests {
    /// Names that a shell would run, split, or misread if pasted unquoted, and one that a reader
    /// would misread (the right-to-left override).
    static let hostileNames = [
        "photo$(touch PWNED).txt", "clip`touch PWNED2`.txt", "a;touch PWNED3;.txt", "IMG 0001.jpg",
        "it's \"quoted\".txt", "two\nlines.txt", "-rf.txt", "invoice\u{202E}gpj.exe", "tab\there & | > x.txt",
    ]

    /// A case whose evidence files have hostile names, exported to a bag copied into an empty folder.
    func hostileBag() throws -> (CLI, URL) {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        #expect(try cli.run(["key", "generate", "--handler", "kim"]).status == 0)
        var paths: [String] = []
        for (index, name) in Self.hostileNames.enumerated() {
            paths.append(try cli.makeRandomFile("in/\(name)", size: 1000 + index, seed: UInt64(index + 1)))
        }
        let added = try cli.run(["evidence", "add"] + paths + ["--source", "field team"])
        #expect(added.status == 0, "\(added.stderr)")
        let exported = try cli.run(["export", "bagit", cli.folder.appendingPathComponent("bag").path])
        #expect(exported.status == 0, "\(exported.stderr)")
        // The court runs it somewhere else: an empty folder of its own.
        let court = cli.folder.appendingPathComponent("court")
        try FileManager.default.createDirectory(at: court, withIntermediateDirectories: true)
        let bag = court.appendingPathComponent("bag")
        try FileManager.default.copyItem(at: cli.folder.appendingPathComponent("bag"), to: bag)
        return (cli, bag)
    }

    /// Every file under `folder` whose name starts with PWNED.
    func planted(under folder: URL) -> [String] {
        let walker = FileManager.default.enumerator(atPath: folder.path)
        var found: [String] = []
        while let path = walker?.nextObject() as? String {
            if (path as NSString).lastPathComponent.hasPrefix("PWNED") { found.append(path) }
        }
        return found
    }

    @Test func hostileNamesAreCheckedAndNeverRun() throws {
        let (cli, bag) = try hostileBag()
        let verify = try String(contentsOf: bag.appendingPathComponent("VERIFY.txt"), encoding: .utf8)
        let payloadChecks = verify.split(separator: "\n").filter { $0.contains("sha256sum <") }
        #expect(payloadChecks.count == Self.hostileNames.count, "one payload check per file: \(payloadChecks)")

        let result = try cli.tool("sh", ["-e", "VERIFY.txt"], cwd: bag)
        #expect(result.status == 0, "\(result.output)")
        #expect(planted(under: cli.folder).isEmpty, "a file name was run as a command: \(planted(under: cli.folder))")
        #expect(!FileManager.default.fileExists(atPath: "/PWNED") && !FileManager.default.fileExists(atPath: "/tmp/PWNED"))
        #expect(try cli.tool("python3", ["-m", "bagit", "--validate", bag.path]).status == 0)

        let payload = try FileManager.default.contentsOfDirectory(atPath: bag.appendingPathComponent("data").path)
        #expect(payload.count == Self.hostileNames.count)
        for name in payload {
            #expect(!name.unicodeScalars.contains { $0.properties.generalCategory == .format }, "\(name.debugDescription)")
            #expect(!name.contains("\n") && !name.contains("\t"), "\(name.debugDescription)")
        }
        #expect(payload.contains("E-4_IMG 0001.jpg"), "a name with a space keeps its space: \(payload)")
    }

    @Test func aChangedPayloadByteStillFailsTheCheck() throws {
        let (cli, bag) = try hostileBag()
        let data = bag.appendingPathComponent("data")
        let target = try #require(
            try FileManager.default.contentsOfDirectory(atPath: data.path).first { $0.contains("touch PWNED") })
        let file = data.appendingPathComponent(target)
        var bytes = try Data(contentsOf: file)
        bytes[10] ^= 0x01
        try bytes.write(to: file)
        let result = try cli.tool("sh", ["-e", "VERIFY.txt"], cwd: bag)
        #expect(result.status != 0, "VERIFY.txt passed a changed file")
        // Its own line fails too, not only the manifest check.
        let verify = try String(contentsOf: bag.appendingPathComponent("VERIFY.txt"), encoding: .utf8)
        let line = try #require(verify.split(separator: "\n").first { $0.contains("sha256sum <") && $0.contains(target) })
        #expect(try cli.tool("sh", ["-c", String(line)], cwd: bag).status != 0, "\(line)")
        #expect(planted(under: cli.folder).isEmpty)
    }

    /// The line of VERIFY.txt that compares the files under data/ with the payload list.
    func payloadListLine(_ bag: URL) throws -> String {
        let verify = try String(contentsOf: bag.appendingPathComponent("VERIFY.txt"), encoding: .utf8)
        return String(try #require(verify.split(separator: "\n").first { $0.hasPrefix("test \"$(find data") }))
    }

    @Test func anExtraOrMissingPayloadFileFailsTheCheck() throws {
        let (cli, bag) = try hostileBag()
        let line = try payloadListLine(bag)
        #expect(try cli.tool("sh", ["-e", "-c", line], cwd: bag).status == 0, "\(line)")

        let extra = bag.appendingPathComponent("data/E-99_added later.txt")
        try Data("planted".utf8).write(to: extra)
        #expect(try cli.tool("sh", ["-e", "VERIFY.txt"], cwd: bag).status != 0, "VERIFY.txt passed an extra payload file")
        #expect(try cli.tool("sh", ["-e", "-c", line], cwd: bag).status != 0)
        try FileManager.default.removeItem(at: extra)

        let nested = bag.appendingPathComponent("data/sub")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try Data("planted".utf8).write(to: nested.appendingPathComponent("x.txt"))
        #expect(try cli.tool("sh", ["-e", "-c", line], cwd: bag).status != 0, "a file in a subfolder passed")
        try FileManager.default.removeItem(at: nested)

        let first = try #require(try FileManager.default.contentsOfDirectory(atPath: bag.appendingPathComponent("data").path).first)
        try FileManager.default.removeItem(at: bag.appendingPathComponent("data").appendingPathComponent(first))
        #expect(try cli.tool("sh", ["-e", "-c", line], cwd: bag).status != 0, "a missing payload file passed")
        #expect(planted(under: cli.folder).isEmpty)
    }
}
