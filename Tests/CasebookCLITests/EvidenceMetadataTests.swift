import Foundation
import Testing

/// What `evidence show` and `evidence list` say of a file's metadata, the warning at export,
/// and hostile files that must not crash ingest.
@Suite("evidence metadata: show, list, warnings")
struct EvidenceMetadataTests {
    func plainCase() throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        return cli
    }

    @Test func showListsTheFieldsAndJSONCarriesThem() throws {
        let cli = try plainCase()
        let photo = try cli.makeMetadataFile(
            "jpeg", "IMG_2001.jpg",
            [
                "artist": "Field Team 3", "description": "Gate of camp 15", "gps": "39.5,127.25", "creator": "Hong Gil-dong",
                "city": "Yodok", "byline": "Reporter Lee", "caption": "Taken at dawn", "comment": "copy two",
                "usercomment": "hidden \u{1B}[2J note",
            ])
        #expect(try cli.run(["evidence", "add", photo]).status == 0)
        let shown = try cli.run(["evidence", "show", "E-1"])
        #expect(shown.status == 0)
        for line in [
            "Artist (EXIF):", "Field Team 3", "Image description (EXIF):", "Gate of camp 15",
            "GPS position (EXIF):", "latitude 39.500000, longitude 127.250000", "Creator (XMP):", "Hong Gil-dong",
            "City (XMP):", "Yodok", "By-line (IPTC):", "Reporter Lee", "Caption (IPTC):", "Comment (JPEG):", "copy two",
            "hidden \\x1b[2J note",
        ] {
            #expect(shown.stdout.contains(line), "\(line)")
        }
        #expect(!shown.stdout.contains("\u{1B}"))
        let json = try cli.run(["evidence", "show", "E-1", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let fields = try #require(object["metadata"] as? [[String: String]])
        #expect(fields.contains { $0["name"] == "Artist (EXIF)" && $0["value"] == "Field Team 3" && $0["category"] == "person" })
        #expect(fields.contains { $0["key"] == "exif.gps" && $0["category"] == "place" })
    }

    @Test func listFlagsGPSAndPersonFields() throws {
        let cli = try plainCase()
        try cli.makeMetadataFile("jpeg", "in/gps.jpg", ["gps": "38.0,126.5"])
        try cli.makeMetadataFile("docx", "in/memo.docx", ["creator": "Someone"])
        try cli.makeMetadataFile("jpeg", "in/plain.jpg")
        #expect(try cli.run(["evidence", "add", "--recursive", cli.folder.appendingPathComponent("in").path]).status == 0)
        let list = try cli.run(["evidence", "list"])
        let rows = list.stdout.split(separator: "\n").map(String.init)
        #expect(rows[0].hasSuffix("Metadata"))
        #expect(rows.first { $0.contains("gps.jpg") }?.hasSuffix("GPS") == true)
        #expect(rows.first { $0.contains("memo.docx") }?.hasSuffix("person") == true)
        #expect(rows.first { $0.contains("plain.jpg") }?.trimmingCharacters(in: .whitespaces).hasSuffix("…") == true)
        #expect(list.stdout.contains("GPS = the file's metadata gives where it was made"))
        let json = try cli.run(["evidence", "list", "--json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let flags = Dictionary(
            uniqueKeysWithValues: items.map { ($0["originalName"] as? String ?? "", $0["metadataFlags"] as? [String] ?? []) })
        #expect(flags == ["gps.jpg": ["gps"], "memo.docx": ["person"], "plain.jpg": []])
        let help = try cli.run(["evidence", "list", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("GPS when its metadata gives where it was made, person when it names a person"))
    }

    @Test func anExportOfAnItemWithGPSWarns() throws {
        let cli = try plainCase()
        #expect(try cli.run(["evidence", "add", try cli.makeMetadataFile("png", "where.png", ["gps": "41.8,129.7"])]).status == 0)
        let bag = cli.folder.appendingPathComponent("bag")
        let exported = try cli.run(["export", "bagit", bag.path])
        #expect(exported.status == 0)
        #expect(
            exported.stderr.contains(
                "warning: E-1 (where.png) went into the bag with its metadata, which gives a GPS position (GPS position (EXIF)). To share it without, run 'casebook evidence strip-metadata E-1' and export the copy instead."
            ))
        let json = try cli.run(["export", "json", cli.folder.appendingPathComponent("case.json").path])
        #expect(json.status == 0)
        #expect(json.stderr.contains("warning: E-1 (where.png) went into the JSON export with its metadata"))
        let written = try String(contentsOf: cli.folder.appendingPathComponent("case.json"), encoding: .utf8)
        #expect(written.contains("GPS position (EXIF)"))
        // A format Casebook cannot strip says so instead of suggesting it.
        #expect(try cli.run(["evidence", "add", try cli.makeMetadataFile("pdf", "r.pdf", ["author": "Someone"])]).status == 0)
        let second = try cli.run(["export", "bagit", cli.folder.appendingPathComponent("bag2").path, "--evidence", "E-2"])
        #expect(second.stderr.contains("Casebook cannot remove metadata from this format yet"))
    }

    @Test func aPDFWhoseInformationIsCompressedSaysSo() throws {
        let cli = try plainCase()
        #expect(try cli.run(["evidence", "add", try cli.makeMetadataFile("pdf-objstm", "packed.pdf")]).status == 0)
        let shown = try cli.run(["evidence", "show", "E-1"])
        #expect(shown.stdout.contains("Not fully read: the PDF's document information is stored compressed"))
    }

    /// Truncated directories, offsets that loop, huge counts and lengths, a compression bomb,
    /// unbalanced PDF strings and a cut zip: each is added, shown, listed and exported.
    @Test func hostileMetadataDoesNotCrashIngest() throws {
        let cli = try plainCase()
        for format in ["tiff-loop", "jpeg-hostile", "png-hostile", "pdf-hostile", "docx-hostile", "zip-truncated"] {
            try cli.makeMetadataFile(format, "hostile/\(format).bin")
        }
        let added = try cli.run(["evidence", "add", "--recursive", cli.folder.appendingPathComponent("hostile").path])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.components(separatedBy: "Added E-").count == 7)
        for id in 1...6 { #expect(try cli.run(["evidence", "show", "E-\(id)"]).status == 0) }
        #expect(try cli.run(["evidence", "list"]).status == 0)
        // A damaged file is refused by strip-metadata, never half rewritten.
        for id in 1...6 {
            let stripped = try cli.run([
                "evidence", "strip-metadata", "E-\(id)", "--out", cli.folder.appendingPathComponent("s\(id)").path,
            ])
            #expect(stripped.status == 2, "E-\(id): \(stripped.stderr)")
        }
        #expect(try cli.run(["export", "bagit", cli.folder.appendingPathComponent("bag").path]).status == 0)
        #expect(try cli.run(["verify"]).status == 0)
    }
}
