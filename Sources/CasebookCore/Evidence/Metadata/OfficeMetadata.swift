import Foundation
import ZIPFoundation

/// Reads the document properties of an Office Open XML file (DOCX, XLSX, PPTX): docProps/core.xml
/// (creator, last modified by, title, subject, description, keywords), docProps/app.xml (company,
/// manager) and docProps/custom.xml (the team's own properties). Each part is inflated with a cap.
enum OfficeMetadata {
    /// The largest property part read.
    static let partLimit = 4 << 20
    static let parts = ["docProps/core.xml", "docProps/app.xml", "docProps/custom.xml"]

    private static let core: [(qname: String, key: String, name: String, category: MetadataCategory)] = [
        ("dc:creator", "office.creator", "Creator (document properties)", .person),
        ("cp:lastModifiedBy", "office.lastmodifiedby", "Last modified by (document properties)", .person),
        ("dc:title", "office.title", "Title (document properties)", .text),
        ("dc:subject", "office.subject", "Subject (document properties)", .text),
        ("dc:description", "office.description", "Description (document properties)", .text),
        ("cp:keywords", "office.keywords", "Keywords (document properties)", .text),
        ("cp:category", "office.category", "Category (document properties)", .text),
        ("cp:contentStatus", "office.status", "Content status (document properties)", .other),
        ("dc:identifier", "office.identifier", "Identifier (document properties)", .other),
        ("dc:language", "office.language", "Language (document properties)", .other),
        ("cp:revision", "office.revision", "Revision (document properties)", .other),
        ("dcterms:created", "office.created", "Created (document properties)", .other),
        ("dcterms:modified", "office.modified", "Modified (document properties)", .other),
        ("cp:lastPrinted", "office.printed", "Last printed (document properties)", .other),
    ]
    private static let app: [(qname: String, key: String, name: String, category: MetadataCategory)] = [
        ("Company", "office.company", "Company (document properties)", .other),
        ("Manager", "office.manager", "Manager (document properties)", .person),
        ("HyperlinkBase", "office.hyperlinkbase", "Hyperlink base (document properties)", .other),
    ]

    /// Whether the zip holds Office document properties.
    static func read(path: String) -> MetadataReading {
        var reading = MetadataReading(format: "Office document")
        guard let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil) else {
            reading.note("the file looks like a zip archive but could not be opened as one")
            return reading
        }
        var found = false
        for part in parts {
            guard let entry = archive[part] else { continue }
            found = true
            guard let xml = extract(entry, from: archive) else {
                reading.note("\(part) is damaged or too large and was not read")
                continue
            }
            fields(of: part, xml: xml, into: &reading)
        }
        if !found { reading.format = nil }
        return reading
    }

    /// One part's text, or nil when it is damaged or larger than `partLimit`.
    static func extract(_ entry: Entry, from archive: Archive) -> String? {
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= partLimit else { throw CocoaError(.fileReadTooLarge) }
                data.append(chunk)
            }
        } catch {
            return nil
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func fields(of part: String, xml: String, into reading: inout MetadataReading) {
        switch part {
        case "docProps/core.xml":
            for property in core {
                let values = XMPMetadata.elementContents(named: property.qname, in: xml)
                reading.add(property.key, property.name, values.joined(separator: "; "), property.category)
            }
        case "docProps/app.xml":
            for property in app {
                let values = XMPMetadata.elementContents(named: property.qname, in: xml)
                reading.add(property.key, property.name, values.joined(separator: "; "), property.category)
            }
        default:
            // <property name="Interviewee"><vt:lpwstr>…</vt:lpwstr></property>
            var search = xml.startIndex
            var count = 0
            while count < 1000, let found = xml.range(of: "<property", range: search..<xml.endIndex) {
                count += 1
                guard let close = xml[found.upperBound...].firstIndex(of: ">") else { break }
                let name = XMPMetadata.attributePairs(in: String(xml[found.upperBound..<close])).first { $0.name == "name" }?.value
                let end = xml.range(of: "</property>", range: close..<xml.endIndex)?.lowerBound ?? xml.endIndex
                let value = XMPMetadata.allText(in: String(xml[xml.index(after: close)..<end])).joined(separator: "; ")
                reading.add("office.custom", "Custom property (document properties)", "\(name ?? "?"): \(value)", .text)
                search = end
            }
        }
    }
}
