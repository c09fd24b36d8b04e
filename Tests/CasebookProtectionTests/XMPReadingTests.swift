import Foundation
import Testing

@testable import CasebookProtection

/// XMP the reader used to pass over: values of digits only (a date of birth, a telephone
/// number), packets in UTF-16 or UTF-32, and text past the first 64 KB of one value.
@Suite("XMP dates, UTF-16 packets and long packets are read")
struct XMPReadingTests {
    static func packet(_ body: String) -> String {
        #"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description xmlns:ex="http://example.org/ex/">"#
            + body + "</rdf:Description></rdf:RDF></x:xmpmeta>"
    }

    static func values(_ reading: MetadataReading) -> String { reading.fields.map(\.value).joined(separator: "\n") }

    @Test func aDateOrTelephoneNumberWithoutLettersIsKept() {
        var reading = MetadataReading()
        XMPMetadata.read(
            Self.packet(#"<ex:born>1975-03-02</ex:born><ex:tel>010-1234-5678</ex:tel><ex:n>2</ex:n>"#), into: &reading)
        let text = Self.values(reading)
        #expect(text.contains("1975-03-02"), "\(text)")
        #expect(text.contains("010-1234-5678"), "\(text)")
        #expect(!text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.contains("2"))
    }

    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian, .utf16, .utf32LittleEndian, .utf32BigEndian])
    func aPacketInUTF16OrUTF32IsRead(_ encoding: String.Encoding) throws {
        let xml =
            #"<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>"#
            + Self.packet(#"<dc:creator><rdf:Seq><rdf:li>Kim Chol-su</rdf:li></rdf:Seq></dc:creator>"#)
        let bytes = [UInt8](try #require(xml.data(using: encoding)))
        var reading = MetadataReading()
        XMPMetadata.read(XMPMetadata.text(of: bytes), into: &reading)
        #expect(reading.fields.contains { $0.key == "xmp.creator" && $0.value == "Kim Chol-su" }, "\(reading.fields)")
    }

    @Test func aUTF8PacketIsUnchanged() {
        let xml = Self.packet("<ex:a>김철수</ex:a>")
        #expect(XMPMetadata.text(of: Array(xml.utf8)) == xml)
    }

    @Test func textPastTheFirst64KBIsKeptInFurtherParts() {
        let filler = String(repeating: "harvest report ", count: 12_000)
        var reading = MetadataReading()
        XMPMetadata.read(Self.packet("<ex:note>\(filler)Kim Chol-su</ex:note>"), into: &reading)
        let text = Self.values(reading)
        #expect(text.contains("Kim Chol-su"))
        #expect(!text.contains("(cut)"))
        #expect(reading.fields.contains { $0.name.hasSuffix("(part 2)") }, "\(reading.fields.map(\.name))")
    }

    @Test func partsOverlapSoNoNameIsSplit() {
        let text =
            String(repeating: "a", count: MetadataReading.valueLimit - 5) + "Kim Chol-su" + String(repeating: "b", count: 100)
        let parts = MetadataReading.parts(of: text)
        #expect(parts.count == 2)
        #expect(parts.allSatisfy { $0.utf8.count <= MetadataReading.valueLimit })
        #expect(parts.contains { $0.contains("Kim Chol-su") })
        let multibyte = String(repeating: "김", count: MetadataReading.valueLimit / 3 + 10)
        #expect(MetadataReading.parts(of: multibyte).joined().count >= multibyte.count)
    }
}
