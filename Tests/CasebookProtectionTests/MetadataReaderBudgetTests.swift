import Foundation
import Testing

@testable import CasebookProtection

/// The metadata reader on files crafted to make it work for a long time: many entries pointing at
/// one large value, thousands of references, thousands of text chunks, a huge XMP packet. Each is
/// read within the reader's caps, and the reading says when a cap cut it short.
@Suite("MetadataReader within its budget")
struct MetadataReaderBudgetTests {
    static let budgetNote = MetadataReading.budgetNote
    static let fieldNote = MetadataReading.fieldLimitNote

    /// A little-endian TIFF: 15 EXIF directories and the first directory each hold `comments`
    /// user comments pointing at the same 1 MB value, and the first directory `artists` artists
    /// pointing at overlapping 512 kB windows of it.
    static func tiffBomb(comments: Int, artists: Int) -> [UInt8] {
        let directories = 16
        let blobSize = 1 << 20
        let pointers = directories - 1
        let firstSize = 2 + (pointers + comments + artists) * 12 + 4
        let otherSize = 2 + comments * 12 + 4
        let blobAt = 8 + firstSize + pointers * otherSize
        var bytes: [UInt8] = [0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0]
        func u16(_ value: Int) { bytes += [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)] }
        func u32(_ value: Int) { bytes += (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
        func entry(_ tag: Int, _ type: Int, _ count: Int, _ value: Int) {
            u16(tag)
            u16(type)
            u32(count)
            u32(value)
        }
        u16(pointers + comments + artists)
        for index in 0..<pointers { entry(0x8769, 4, 1, 8 + firstSize + index * otherSize) }
        for _ in 0..<comments { entry(0x9286, 7, blobSize, blobAt) }
        for index in 0..<artists { entry(0x013B, 2, blobSize / 2, blobAt + 8 + index * 1024) }
        u32(0)
        for _ in 0..<pointers {
            u16(comments)
            for _ in 0..<comments { entry(0x9286, 7, blobSize, blobAt) }
            u32(0)
        }
        #expect(bytes.count == blobAt)
        bytes += Array("ASCII\0\0\0".utf8)
        bytes += (0..<(blobSize - 8)).map { UInt8(0x61 + $0 % 26) }
        return bytes
    }

    /// A PNG holding the given chunks.
    static func png(_ chunks: [(type: String, data: [UInt8])]) -> [UInt8] {
        var bytes = PNGMetadata.signature
        for chunk in chunks + [("IEND", [])] {
            let length = chunk.data.count
            bytes += (0..<4).map { UInt8((length >> (8 * (3 - $0))) & 0xFF) }
            bytes += Array(chunk.type.utf8) + chunk.data + [0, 0, 0, 0]
        }
        return bytes
    }

    static func xmpChunk(_ packet: String) -> (type: String, data: [UInt8]) {
        ("iTXt", Array("XML:com.adobe.xmp".utf8) + [0, 0, 0, 0, 0] + Array(packet.utf8))
    }

    @Test func manyEntriesOnOneLargeValueAreReadOnceAndWithinTheBudget() {
        let reading = MetadataReader.read(Data(Self.tiffBomb(comments: 200, artists: 40)))
        #expect(reading.format == "TIFF image")
        #expect(reading.fields.filter { $0.key == "exif.usercomment" }.count == 1)
        let artists = reading.fields.filter { $0.key == "exif.artist" }
        #expect(!artists.isEmpty)
        // Each artist decodes 512 kB: the 4 MB budget (less the 1 MB comment) stops them early.
        #expect(artists.count < 8)
        #expect(reading.notes.contains(Self.budgetNote))
    }

    @Test func manyEntriesOnOneValueWithinTheBudgetLeaveNoNote() {
        let reading = MetadataReader.read(Data(Self.tiffBomb(comments: 300, artists: 0)))
        // The one 1 MB comment, read once, in parts of 64 kB each (so none of it escapes the scan).
        #expect(reading.fields.first?.key == "exif.usercomment")
        #expect(reading.fields.allSatisfy { $0.key.hasPrefix("exif.usercomment") })
        #expect(reading.fields.count == Set(reading.fields.map(\.key)).count)
        #expect(reading.notes.isEmpty)
    }

    @Test func thousandsOfReferencesAreLookedUpNotSearched() {
        var pdf = "%PDF-1.7\n"
        for number in 1...20_000 { pdf += "\(number) 0 obj (old \(number)) endobj\n" }
        for _ in 0..<20_000 { pdf += "1 0 obj (repeated) endobj\n" }
        pdf += "1 0 obj (the last one) endobj\n"
        pdf += "99999 0 obj << /Author 1 0 R"
        for number in 2...20_000 { pdf += " /K\(number) \(number) 0 R" }
        pdf += " >> endobj\ntrailer << /Info 99999 0 R >>\n%%EOF\n"
        let reading = MetadataReader.read(Data(pdf.utf8))
        #expect(reading.format == "PDF document")
        #expect(reading.fields.first { $0.key == "pdf.author" }?.value == "the last one")
        // The first 200 entries of the dictionary are read.
        #expect(reading.fields.count == 200)
        #expect(reading.fields.contains { $0.value == "K200: old 200" })
        #expect(reading.notes.isEmpty)
    }

    @Test func thousandsOfTextChunksStopAtTheFieldLimit() {
        let chunks = (0..<1000).map { ("tEXt", Array("Note \($0)\0value \($0)".utf8)) }
        let reading = MetadataReader.read(Data(Self.png(chunks)))
        #expect(reading.fields.count == MetadataReading.fieldLimit)
        #expect(reading.notes.contains(Self.fieldNote))
    }

    @Test func thousandsOfRepeatedSmallChunksStopAtTheValueCount() {
        let chunks = (0..<12_000).map { ("tEXt", Array("Note \($0 % 7)\0same".utf8)) }
        let reading = MetadataReader.read(Data(Self.png(chunks)))
        #expect(reading.fields.count == 7)
        #expect(reading.notes == [MetadataReading.valueCountNote])
    }

    @Test func thousandsOfXMPChunksStopAtTheBudget() {
        let filler = String(repeating: "word ", count: 400)
        let chunks = (0..<5000).map { Self.xmpChunk("<x:xmpmeta><dc:title>\($0) \(filler)</dc:title></x:xmpmeta>") }
        let reading = MetadataReader.read(Data(Self.png(chunks)))
        #expect(reading.fields.count <= MetadataReading.fieldLimit)
        #expect(reading.fields.contains { $0.key == "xmp.title" })
        #expect(reading.notes.contains(Self.budgetNote) || reading.notes.contains(Self.fieldNote))
    }

    @Test func aLargeXMPPacketWithUnclosedElementsIsReadInOnePass() {
        var packet = "<x:xmpmeta><rdf:Description dc:creator=\"Ana\" photoshop:City='Lima'>"
        packet += "<dc:title>Open"
        for index in 0..<60_000 { packet += "<rdf:li>w\(index)</rdf:li><dc:subject " }
        let reading = MetadataReader.read(Data(Self.png([Self.xmpChunk(packet)])))
        #expect(reading.fields.first { $0.key == "xmp.creator" }?.value == "Ana")
        #expect(reading.fields.first { $0.key == "xmp.city" }?.value == "Lima")
        #expect(reading.fields.first { $0.key == "xmp.title" }?.value.hasPrefix("Open; w0; w1") == true)
        #expect(reading.fields.count <= MetadataReading.fieldLimit)
    }

    @Test func aSmallXMPPacketReadsAsBefore() {
        let packet = """
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description rdf:about="" tiff:Make="Canon"
             xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>Ana P&amp;rez</rdf:li>
            <rdf:li>Luis</rdf:li></rdf:Seq></dc:creator><dc:title><rdf:Alt><rdf:li xml:lang="x-default">Río</rdf:li>
            </rdf:Alt></dc:title><exif:GPSLatitude>38,7.5N</exif:GPSLatitude><exif:GPSLongitude>9,8W</exif:GPSLongitude>
            <dc:subject/><xmp:Label>Kept &#x41;</xmp:Label></rdf:Description></rdf:RDF></x:xmpmeta>
            """
        let reading = MetadataReader.read(Data(Self.png([Self.xmpChunk(packet)])))
        let values = Dictionary(reading.fields.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        #expect(values["xmp.creator"] == "Ana P&rez; Luis")
        #expect(values["xmp.title"] == "Río")
        #expect(values["xmp.make"] == "Canon")
        #expect(values["xmp.gps"] == "latitude 38.125000, longitude -9.133333")
        #expect(values["xmp.other"]?.hasSuffix("Kept A") == true)
        #expect(reading.notes.isEmpty)
    }
}
