import Foundation

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

    /// Reads the document properties of the zip at `path` (mapped, not loaded).
    static func read(path: String) -> MetadataReading {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            return MetadataReading()
        }
        return data.withUnsafeBytes { raw in read(ByteView(raw)) }
    }

    static func read(_ view: ByteView) -> MetadataReading {
        var reading = MetadataReading(format: "Office document")
        guard let zip = ZipParts(view) else {
            reading.note("the file looks like a zip archive but could not be opened as one")
            return reading
        }
        var found = false
        for name in parts {
            guard let part = zip.parts.first(where: { $0.name == name }) else { continue }
            found = true
            guard let bytes = zip.contents(of: part, in: view, limit: partLimit) else {
                reading.note("\(name) is damaged or too large and was not read")
                continue
            }
            fields(of: name, xml: String(decoding: bytes, as: UTF8.self), into: &reading)
        }
        if !found { reading.format = nil }
        return reading
    }

    static func fields(of part: String, xml: String, into reading: inout MetadataReading) {
        switch part {
        case "docProps/core.xml", "docProps/app.xml":
            // The part is indexed once, and each property looked up in the index.
            XMPMetadata.withIndex(xml) { index in
                for property in part == "docProps/core.xml" ? core : app {
                    let values = index.elementContents(named: property.qname)
                    reading.add(property.key, property.name, values.joined(separator: "; "), property.category)
                }
            }
        default:
            // <property name="Interviewee"><vt:lpwstr>…</vt:lpwstr></property>
            Array(xml.utf8).withUnsafeBytes { raw in
                let view = ByteView(raw)
                let open = Array("<property".utf8)
                let closing = Array("</property>".utf8)
                var search = 0
                var count = 0
                while count < 1000, let found = view.find(open, from: search) {
                    count += 1
                    let after = found + open.count
                    guard let close = view.find([0x3E], from: after) else { break }
                    let name = XMPMetadata.attributePairs(in: view, after, close).first { $0.name == "name" }?.value
                    let end = view.find(closing, from: close) ?? view.count
                    var steps = Int.max
                    let value = XMPMetadata.allText(in: view, close + 1, end, steps: &steps).joined(separator: "; ")
                    reading.add("office.custom", "Custom property (document properties)", "\(name ?? "?"): \(value)", .text)
                    search = end
                }
            }
        }
    }
}
