import Foundation
import Testing

@Suite("evidence add")
struct EvidenceIngestTests {
    func newCase() throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        return cli
    }

    /// Database rows and stored files, to prove a refused command changed nothing.
    func state(_ cli: CLI) throws -> String {
        try cli.databaseDump() + (try cli.storedObjects()).joined(separator: "\n")
    }

    @Test func storesReadOnlyCopiesNamedByHashAndLogsThem() throws {
        let cli = try newCase()
        let path = try cli.makeRandomFile("camp.jpg", size: 200_000)
        let result = try cli.run([
            "evidence", "add", path, "--kind", "photo", "--acquired-by", "Field team", "--acquired-at", "2024-03-01",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let sha256 = try cli.tool("sh", ["-c", "sha256sum '\(path)' | cut -d' ' -f1"]).output.trimmingCharacters(
            in: .whitespacesAndNewlines)
        let sha512 = try cli.tool("sh", ["-c", "sha512sum '\(path)' | cut -d' ' -f1"]).output.trimmingCharacters(
            in: .whitespacesAndNewlines)
        #expect(result.stdout.contains("Added E-1 camp.jpg"))
        #expect(
            try cli.sqlite("SELECT sha256, sha512, size, kind, acquiredBy, acquiredAt FROM evidence_item")
                == "\(sha256)|\(sha512)|200000|photo|Field team|2024-03-01\n")
        let stored = cli.objectPath(sha256)
        #expect(try cli.tool("cmp", [path, stored]).status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: stored)[.posixPermissions] as? Int == 0o400)
        #expect(
            try cli.sqlite("SELECT sequence, evidenceId, action, handler, objectSha256 FROM custody_event")
                == "1|1|ingested|kim|\(sha256)\n")
        let show = try cli.run(["evidence", "show", "E-1"])
        for expected in [sha256, sha512, "Custody history:", "ingested E-1  by kim", "Field team"] {
            #expect(show.stdout.contains(expected), "missing \(expected)")
        }
    }

    @Test func theSameContentTwiceIsOneObjectWithAFurtherAcquisition() throws {
        let cli = try newCase()
        let first = try cli.makeRandomFile("a/clip.mp4", size: 50_000, seed: 3)
        let second = try cli.makeRandomFile("b/clip-copy.mp4", size: 50_000, seed: 3)
        #expect(try cli.run(["evidence", "add", first]).status == 0)
        let again = try cli.run(["evidence", "add", second, "--source", "second phone"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("clip-copy.mp4: same content as E-1; recorded as a further acquisition of E-1."))
        #expect(try cli.sqlite("SELECT COUNT(*) FROM evidence_item") == "1\n")
        #expect(try cli.storedObjects().count == 1)
        #expect(try cli.sqlite("SELECT action, evidenceId FROM custody_event ORDER BY sequence") == "ingested|1\nacquired|1\n")
    }

    @Test func anEmptyFileIsValidEvidence() throws {
        let cli = try newCase()
        let path = try cli.makeFile("empty.txt", [])
        let result = try cli.run(["evidence", "add", path])
        #expect(result.status == 0)
        #expect(
            try cli.sqlite("SELECT size, sha256 FROM evidence_item")
                == "0|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n")
        #expect(try cli.run(["verify"]).status == 0)
    }

    @Test func refusedPathsWriteNothing() throws {
        let cli = try newCase()
        let good = try cli.makeFile("good.txt", Array("fine".utf8))
        try FileManager.default.createDirectory(at: cli.folder.appendingPathComponent("folder"), withIntermediateDirectories: true)
        try cli.makeFile("folder/inside.txt", Array("x".utf8))
        #expect(try cli.tool("mkfifo", [cli.folder.appendingPathComponent("pipe").path]).status == 0)
        let cases: [([String], String)] = [
            (
                [good, cli.folder.appendingPathComponent("missing.txt").path],
                "missing.txt cannot be added as evidence: it does not exist"
            ),
            ([good, cli.folder.appendingPathComponent("folder").path], "it is a folder; add --recursive"),
            ([good, cli.folder.appendingPathComponent("pipe").path], "it is a named pipe (FIFO), not a regular file"),
            ([good, "/dev/null"], "it is a character device, not a regular file"),
        ]
        let before = try state(cli)
        for (paths, message) in cases {
            let result = try cli.run(["evidence", "add"] + paths)
            #expect(result.status == 2)
            #expect(result.errorLines.count == 1)
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(try state(cli) == before)
        }
    }

    @Test func aSymbolicLinkIsIngestedByItsTargetAndRecordedAsALink() throws {
        let cli = try newCase()
        let target = try cli.makeFile("real.txt", Array("real content".utf8))
        let link = cli.folder.appendingPathComponent("link.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let result = try cli.run(["evidence", "add", link])
        #expect(result.status == 0)
        #expect(result.stdout.contains("(read through a symbolic link)"))
        #expect(try cli.sqlite("SELECT originalName, wasSymlink, size FROM evidence_item") == "link.txt|1|12\n")
        #expect(try cli.sqlite("SELECT note FROM custody_event").contains("read through a symbolic link at \(link)"))
    }

    @Test func recursiveIngestNeverFollowsLinksOutOfTheTree() throws {
        let cli = try newCase()
        let outside = try cli.makeFile("secret/outside.txt", Array("outside".utf8))
        try cli.makeFile("tree/a.txt", Array("a".utf8))
        try cli.makeFile("tree/sub/b.txt", Array("b".utf8))
        let tree = cli.folder.appendingPathComponent("tree")
        try FileManager.default.createSymbolicLink(
            atPath: tree.appendingPathComponent("escape.txt").path, withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(
            atPath: tree.appendingPathComponent("inside-link.txt").path, withDestinationPath: "sub/b.txt")
        let result = try cli.run(["evidence", "add", "--recursive", tree.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("escape.txt: a symbolic link that points outside the folder; not followed"))
        // Files are taken in name order: the link inside the tree comes before sub/b.txt.
        #expect(try cli.sqlite("SELECT originalName, wasSymlink FROM evidence_item ORDER BY id") == "a.txt|0\ninside-link.txt|1\n")
        #expect(result.stdout.contains("b.txt: same content as E-2"))
        #expect(!(try cli.sqlite("SELECT group_concat(note) FROM custody_event")).contains("outside"))
    }

    @Test func aFileThatChangesWhileReadIsRefusedAndTheOthersKept() throws {
        let cli = try newCase()
        let good = try cli.makeFile("good.txt", Array("steady".utf8))
        // /proc files report a size of 0 but read as text: the size read differs from the size stat gave.
        let result = try cli.run(["evidence", "add", good, "/proc/self/status"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("not added: /proc/self/status: /proc/self/status changed while it was being read"))
        #expect(result.stdout.contains("Added E-1 good.txt"))
        #expect(try cli.sqlite("SELECT originalName FROM evidence_item") == "good.txt\n")
        #expect(try cli.storedObjects().count == 1)
        #expect(try cli.run(["verify"]).status == 0)
    }

    @Test func aFileGrowingDuringTheReadIsRefused() throws {
        let cli = try newCase()
        let growing = try cli.makeRandomFile("growing.log", size: 40_000_000)
        let writer = Appender(path: growing)
        writer.start()
        defer { writer.stop() }
        let result = try cli.run(["evidence", "add", growing, "--jobs", "1"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("changed while it was being read"))
        #expect(try cli.sqlite("SELECT COUNT(*) FROM evidence_item") == "0\n")
        #expect(try cli.storedObjects().isEmpty)
    }

    @Test func aFileNameThatIsNotUTF8() throws {
        let cli = try newCase()
        let folder = cli.folder.appendingPathComponent("latin1")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // "café.txt" in Latin-1: the é is the single byte 0xE9.
        #expect(try cli.tool("sh", ["-c", "printf 'bonjour' > \"$(printf 'latin1/caf\\351.txt')\""]).status == 0)
        let direct = try cli.tool(
            "bash",
            [
                "-c",
                "'\(CLI.binary.path)' -C '\(cli.workspace.path)' evidence add --handler kim \"$(printf 'latin1/caf\\351.txt')\"",
            ])
        #expect(direct.status == 0, "\(direct.output)")
        #expect(direct.output.contains("Added E-1 caf\\xE9.txt"))
        #expect(try cli.sqlite("SELECT originalName, size FROM evidence_item") == "caf\\xE9.txt|7\n")
        let recursive = try cli.run(["evidence", "add", "--recursive", folder.path])
        #expect(recursive.stdout.contains("caf\\xE9.txt: same content as E-1"))
    }

    @Test func anUnreadableFileIsRefused() throws {
        var cli = try newCase()
        let path = try cli.makeFile("locked.txt", Array("private".utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        if getuid() == 0 {
            // root reads anything: run the workspace and the command as an ordinary user.
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: cli.folder.path)
            // The build folder may sit where an ordinary user cannot reach it: run a copy of the binary.
            let binary = cli.folder.appendingPathComponent("casebook-copy")
            try FileManager.default.copyItem(at: CLI.binary, to: binary)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: binary.path)
            cli.prefix = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", binary.path]
            let userCase = cli.folder.appendingPathComponent("user-case")
            #expect(try cli.run(["init", userCase.path, "--title", "T"], cwd: cli.folder).status == 0)
            let result = try cli.run(["evidence", "add", path], cwd: userCase)
            #expect(result.status == 2)
            #expect(result.stderr.contains("you do not have permission to read it"))
        } else {
            let result = try cli.run(["evidence", "add", path])
            #expect(result.status == 2)
            #expect(result.stderr.contains("you do not have permission to read it"))
            #expect(try cli.sqlite("SELECT COUNT(*) FROM evidence_item") == "0\n")
        }
    }

    @Test func aFullDiskLeavesNoPartialObjectAndNoRow() throws {
        let cli = try newCase()
        let small = try cli.makeFile("small.txt", Array("fits".utf8))
        let large = try cli.makeRandomFile("large.bin", size: 6_000_000)
        // The shell's file-size limit makes writes past 2 MiB fail, as a full disk would.
        let result = try cli.tool(
            "bash",
            [
                "-c",
                "ulimit -f 2048; '\(CLI.binary.path)' -C '\(cli.workspace.path)' evidence add --handler kim '\(small)' '\(large)'",
            ])
        #expect(result.status == 3, "\(result.output)")
        #expect(result.output.contains("not added: \(large): The disk holding the evidence store is full"))
        #expect(try cli.sqlite("SELECT originalName FROM evidence_item") == "small.txt\n")
        #expect(try cli.storedObjects().count == 1)
        let incoming =
            (try? FileManager.default.contentsOfDirectory(
                atPath: cli.workspace.appendingPathComponent("evidence/objects/.incoming").path)) ?? []
        #expect(incoming.isEmpty)
        #expect(try cli.run(["verify"]).status == 0)
        #expect(try cli.run(["evidence", "add", large]).status == 0)
    }
}

/// Appends to a file from a background thread until stopped, to make a file grow while it is read.
final class Appender: @unchecked Sendable {
    private let path: String
    private let lock = NSLock()
    private var running = true
    private let finished = DispatchSemaphore(value: 0)

    init(path: String) {
        self.path = path
    }

    func start() {
        Thread.detachNewThread {
            defer { self.finished.signal() }
            guard let handle = FileHandle(forWritingAtPath: self.path) else { return }
            handle.seekToEndOfFile()
            while self.isRunning {
                handle.write(Data(repeating: 0x41, count: 512))
                usleep(200)
            }
            try? handle.close()
        }
        Thread.sleep(forTimeInterval: 0.1)
    }

    var isRunning: Bool {
        lock.lock()
        defer { lock.unlock() }
        return running
    }

    func stop() {
        lock.lock()
        running = false
        lock.unlock()
        finished.wait()
    }
}
