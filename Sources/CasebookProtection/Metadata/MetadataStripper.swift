import Foundation
import ZIPFoundation

/// Writes a copy of a file without its metadata: for a JPEG, without its EXIF, XMP, IPTC
/// (Photoshop) and comment segments, keeping the image data, JFIF, ICC colour profile and Adobe
/// segments; for a PNG, without its text, EXIF and time chunks; for an Office file, with its
/// document properties emptied and each JPEG or PNG inside it stripped. Anything after the
/// image's end is dropped too.
package enum MetadataStripper {
    package enum Outcome {
        case stripped([UInt8])
        /// Casebook does not rewrite this format.
        case unsupported
        /// The file is damaged where the copy would be cut.
        case damaged
    }

    package static func strip(path: String) -> Outcome {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return .damaged }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return office(path: path) }
        return data.withUnsafeBytes { raw in
            let view = ByteView(raw)
            if view.starts(with: [0xFF, 0xD8, 0xFF]) { return jpeg(view) }
            if view.starts(with: PNGMetadata.signature) { return png(view) }
            return .unsupported
        }
    }

    /// Whether a JPEG segment carries metadata: APP1 (EXIF, XMP), APP12, APP13 (IPTC), APP2
    /// other than an ICC profile (FlashPix, MPF previews), APP3–APP11 and APP15, and comments.
    static func isMetadata(marker: UInt8, payload: ByteView) -> Bool {
        switch marker {
        case 0xFE, 0xE1, 0xEC, 0xED, 0xEF: return true
        case 0xE2: return !payload.starts(with: Array("ICC_PROFILE\u{0}".utf8))
        case 0xE3...0xEB: return true
        default: return false
        }
    }

    static func jpeg(_ view: ByteView) -> Outcome {
        var out: [UInt8] = [0xFF, 0xD8]
        out.reserveCapacity(view.count)
        var offset = 2
        var segments = 0
        while segments < 100_000 {
            segments += 1
            guard view.u8(offset) == 0xFF else { return .damaged }
            var markerAt = offset + 1
            while view.u8(markerAt) == 0xFF { markerAt += 1 }
            guard let marker = view.u8(markerAt) else { return .damaged }
            if marker == 0xD9 {
                out += [0xFF, 0xD9]
                return .stripped(out)
            }
            if (0xD0...0xD7).contains(marker) || marker == 0x01 {
                out += [0xFF, marker]
                offset = markerAt + 1
                continue
            }
            guard let length = view.u16(markerAt + 1, bigEndian: true), length >= 2,
                let payload = view.slice(markerAt + 3, Int(length) - 2)
            else { return .damaged }
            let end = markerAt + 1 + Int(length)
            if !isMetadata(marker: marker, payload: payload) {
                out += [0xFF, marker] + view.bytes(markerAt + 1, Int(length))
            }
            offset = end
            guard marker == 0xDA else { continue }
            // Entropy-coded data: runs to the next marker that is not a stuffed byte or a restart.
            var index = offset
            while index < view.count {
                if view.base[index] == 0xFF, let next = view.u8(index + 1), next != 0x00, next != 0xFF,
                    !(0xD0...0xD7).contains(next)
                {
                    break
                }
                index += 1
            }
            out += view.bytes(offset, index - offset)
            if index >= view.count { return .stripped(out) }  // cut short: kept as it was, without an end
            offset = index
        }
        return .damaged
    }

    static func png(_ view: ByteView) -> Outcome {
        guard let (chunks, complete) = PNGMetadata.chunks(view), complete else { return .damaged }
        var out = PNGMetadata.signature
        out.reserveCapacity(view.count)
        for chunk in chunks where !PNGMetadata.metadataChunks.contains(chunk.type) {
            out += view.bytes(chunk.start, chunk.end - chunk.start)
        }
        return .stripped(out)
    }

    /// The largest Office file rewritten (every part is held in memory once).
    static let officeLimit = 1 << 30

    static func office(path: String) -> Outcome {
        // Every part must inflate cleanly within the limit before the zip library reads it: a
        // damaged or hostile stream is refused here, never fed to it.
        guard let mapped = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return .damaged }
        let sound = mapped.withUnsafeBytes { raw -> Bool in
            let view = ByteView(raw)
            guard let zip = ZipParts(view) else { return false }
            var total = 0
            for part in zip.parts where !part.name.hasSuffix("/") {
                guard let bytes = zip.contents(of: part, in: view, limit: officeLimit - total) else { return false }
                total += bytes.count
            }
            return true
        }
        guard sound, let source = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil) else {
            return .damaged
        }
        guard OfficeMetadata.parts.contains(where: { source[$0] != nil }) else { return .unsupported }
        do {
            let target = try Archive(data: Data(), accessMode: .create)
            var total = 0
            for entry in source {
                switch entry.type {
                case .directory:
                    try target.addEntry(
                        with: entry.path, type: .directory, uncompressedSize: Int64(0), provider: { _, _ in Data() })
                case .file:
                    var data = Data()
                    _ = try source.extract(entry, skipCRC32: false) { chunk in
                        total += chunk.count
                        guard total <= officeLimit else { throw CocoaError(.fileReadTooLarge) }
                        data.append(chunk)
                    }
                    if OfficeMetadata.parts.contains(entry.path) {
                        data = Data(emptied(entry.path, String(decoding: data, as: UTF8.self)).utf8)
                    } else if let media = embeddedMedia(data) {
                        guard case .stripped(let bytes) = media else { return .damaged }
                        data = Data(bytes)
                    }
                    let content = data
                    try target.addEntry(
                        with: entry.path, type: .file, uncompressedSize: Int64(content.count),
                        compressionMethod: .deflate,
                        provider: { position, size in
                            let start = Int(position)
                            return content.subdata(in: start..<min(start + size, content.count))
                        })
                case .symlink:
                    continue
                }
            }
            guard let written = target.data else { return .damaged }
            return .stripped([UInt8](written))
        } catch {
            return .damaged
        }
    }

    /// A photo inside an Office file (`word/media/image1.jpeg`, wherever the part lies), stripped as
    /// a photo on its own is: a photo pasted into a statement keeps its EXIF (the camera owner,
    /// where it was taken) otherwise. Nil for a part that is not a JPEG or PNG. A photo that cannot
    /// be rewritten makes the whole copy fail, rather than leave its metadata in a "stripped" file.
    static func embeddedMedia(_ data: Data) -> Outcome? {
        data.withUnsafeBytes { raw in
            let view = ByteView(raw)
            if view.starts(with: [0xFF, 0xD8, 0xFF]) { return jpeg(view) }
            if view.starts(with: PNGMetadata.signature) { return png(view) }
            return nil
        }
    }

    /// A document-properties part with its personal content removed: core.xml and custom.xml
    /// keep only their root element; app.xml loses Company, Manager and HyperlinkBase.
    static func emptied(_ part: String, _ xml: String) -> String {
        if part == "docProps/app.xml" {
            var result = xml
            for name in ["Company", "Manager", "HyperlinkBase"] { result = removingElements(named: name, from: result) }
            return result
        }
        // The root element: the first start tag that is not a declaration or comment.
        var search = xml.startIndex
        while let open = xml.range(of: "<", range: search..<xml.endIndex) {
            let next = xml.index(after: open.lowerBound)
            guard next < xml.endIndex else { break }
            if xml[next] == "?" || xml[next] == "!" {
                search = next
                continue
            }
            guard let close = xml[next...].firstIndex(of: ">") else { break }
            let name = xml[next..<close].split(whereSeparator: { $0.isWhitespace || $0 == "/" }).first.map(String.init) ?? ""
            if xml[xml.index(before: close)] == "/" { return xml }
            guard !name.isEmpty, let end = xml.range(of: "</" + name, options: .backwards) else { break }
            return String(xml[..<xml.index(after: close)]) + String(xml[end.lowerBound...])
        }
        return xml
    }

    /// `xml` without any `<name …>…</name>` or `<name …/>` element.
    static func removingElements(named name: String, from xml: String) -> String {
        var result = xml
        var search = result.startIndex
        while let open = result.range(of: "<" + name, range: search..<result.endIndex) {
            guard open.upperBound < result.endIndex else { break }
            let next = result[open.upperBound]
            guard next == ">" || next == "/" || next.isWhitespace else {
                search = open.upperBound
                continue
            }
            guard let close = result[open.upperBound...].firstIndex(of: ">") else { break }
            let end: String.Index
            if result[result.index(before: close)] == "/" {
                end = result.index(after: close)
            } else if let closing = result.range(of: "</" + name + ">", range: close..<result.endIndex) {
                end = closing.upperBound
            } else {
                break
            }
            let offset = result.distance(from: result.startIndex, to: open.lowerBound)
            result.removeSubrange(open.lowerBound..<end)
            search = result.index(result.startIndex, offsetBy: offset)
        }
        return result
    }
}
