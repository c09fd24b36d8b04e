import Foundation
import Testing

/// A photo whose XMP holds a witness's date of birth (digits only), or her name in a UTF-16
/// packet: the bag is refused. An item read by an older metadata reader is read again.
@Suite("XMP dates and UTF-16 packets are scanned at export")
struct MetadataXMPLeakTests {
    /// A JPEG with one APP1 XMP segment holding `xml` in `encoding`.
    static func jpeg(xmp xml: String, _ encoding: String.Encoding = .utf8) -> Data {
        let payload = Array("http://ns.adobe.com/xap/1.0/\u{0}".utf8) + [UInt8](xml.data(using: encoding) ?? Data())
        let length = payload.count + 2
        return Data([0xFF, 0xD8, 0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + payload + [0xFF, 0xD9])
    }

    static func packet(_ body: String) -> String {
        #"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description xmlns:ex="http://example.org/ex/" xmlns:dc="http://purl.org/dc/elements/1.1/">"#
            + body + "</rdf:Description></rdf:RDF></x:xmpmeta>"
    }

    func expectBagRefused(_ identity: [String], _ photo: Data, field: String) throws {
        let cli = try CLI.protectedCase(identity)
        let file = cli.folder.appendingPathComponent("photo.jpg")
        try photo.write(to: file)
        #expect(try cli.run(["evidence", "add", file.path]).status == 0)
        let bag = cli.folder.appendingPathComponent("bag")
        let result = try cli.run(["export", "bagit", bag.path], environment: CLI.testPassphrase)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("the protected \(field) of W-1"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: bag.path))
    }

    @Test func aDateOfBirthInXMPIsFound() throws {
        try expectBagRefused(
            ["--born", "1975-03-02"], Self.jpeg(xmp: Self.packet("<ex:birthDate>1975-03-02</ex:birthDate>")),
            field: "exact date of birth")
    }

    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian])
    func aNameInAUTF16PacketIsFound(_ encoding: String.Encoding) throws {
        let xml = Self.packet("<dc:creator><rdf:Seq><rdf:li>Kim Chol-su</rdf:li></rdf:Seq></dc:creator>")
        try expectBagRefused(["--name", "김철수"], Self.jpeg(xmp: xml, encoding), field: "real name")
    }

    @Test func anItemReadByAnOlderReaderIsReadAgain() throws {
        let cli = try CLI.protectedCase(["--born", "1975-03-02"])
        let file = cli.folder.appendingPathComponent("photo.jpg")
        try Self.jpeg(xmp: Self.packet("<ex:birthDate>1975-03-02</ex:birthDate>")).write(to: file)
        #expect(try cli.run(["evidence", "add", file.path]).status == 0)
        // What version 1 stored: nothing for a value without letters.
        try cli.sqlite("DELETE FROM evidence_metadata; UPDATE evidence_inspection SET readerVersion = 1;")
        let result = try cli.run(
            ["export", "bagit", cli.folder.appendingPathComponent("bag").path], environment: CLI.testPassphrase)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(try cli.sqlite("SELECT readerVersion FROM evidence_inspection WHERE evidenceId = 1") == "3\n")
    }
}
