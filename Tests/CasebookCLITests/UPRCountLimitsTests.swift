import Foundation
import Testing

/// `upr count` reads a .docx that someone else sent: a small file that unpacks to gigabytes (a
/// zip bomb) must be refused quickly, with its name, rather than fill the memory.
@Suite("upr count refuses a Word file that unpacks too far")
struct UPRCountLimitsTests {
    /// Writes a .docx whose word/document.xml is a valid start followed by `megabytes` MB of
    /// spaces, streamed so that neither Python nor the test holds it in memory. With
    /// `lyingHeader`, the sizes in the zip's headers claim the part is 4 KB.
    func bomb(_ cli: CLI, _ name: String, megabytes: Int, lyingHeader: Bool = false) throws -> String {
        let path = cli.folder.appendingPathComponent(name).path
        let script = """
            import struct, sys, zipfile
            path, megabytes, lying = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
            head = b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'
            tail = b'</w:t></w:r></w:p></w:body></w:document>'
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
                with z.open("word/document.xml", "w", force_zip64=not lying) as part:
                    part.write(head)
                    block = b" " * (1 << 20)
                    for _ in range(megabytes):
                        part.write(block)
                    part.write(tail)
            if lying:
                data = bytearray(open(path, "rb").read())
                name = b"word/document.xml"
                local = data.find(b"PK\\x03\\x04", 1)
                struct.pack_into("<I", data, local + 22, 4096)
                central = data.find(b"PK\\x01\\x02", 0)
                while data[central + 46:central + 46 + len(name)] != name:
                    central = data.find(b"PK\\x01\\x02", central + 1)
                struct.pack_into("<I", data, central + 24, 4096)
                open(path, "wb").write(bytes(data))
            """
        let made = try cli.tool("python3", ["-c", script, path, String(megabytes), lyingHeader ? "1" : "0"])
        #expect(made.status == 0, "\(made.output)")
        return path
    }

    @Test(arguments: [false, true])
    func aZipBombIsRefusedQuickly(lyingHeader: Bool) throws {
        let cli = try CLI()
        let path = try bomb(cli, "submission bomb.docx", megabytes: lyingHeader ? 20 : 200, lyingHeader: lyingHeader)
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        #expect(size < 2_000_000, "the bomb is small: \(size) bytes")
        let started = Date()
        let result = try cli.run(["upr", "count", path])
        let seconds = Date().timeIntervalSince(started)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.errorLines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(path) && result.stderr.contains("word/document.xml"), "\(result.stderr)")
        #expect(result.stderr.contains("zip bomb"), "\(result.stderr)")
        #expect(seconds < 10, "took \(seconds) s")
    }

    @Test func anOrdinaryWordFileStillCounts() throws {
        let cli = try CLI()
        // 2 MB of real-looking text packs far less than 100 to 1, and is counted.
        let path = cli.folder.appendingPathComponent("long.docx").path
        let script = """
            import random, sys, zipfile
            random.seed(4)
            words = ["witness", "detention", "camp", "guard", "transfer", "record", "family", "border", "report", "night"]
            paragraphs = "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % " ".join(random.choice(words) + str(random.randint(0, 999)) for _ in range(40)) for _ in range(6000))
            body = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Findings</w:t></w:r></w:p>' + paragraphs + '</w:body></w:document>'
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("word/document.xml", body)
            """
        #expect(try cli.tool("python3", ["-c", script, path]).status == 0)
        let result = try cli.run(["upr", "count", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("240001 words"), "\(result.stdout)")
    }
}
