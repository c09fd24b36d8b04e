import Foundation

/// Reads a JPEG's metadata segments: APP1 EXIF and XMP, APP13 Photoshop IPTC, and comments.
enum JPEGMetadata {
    static let xmpSignature = Array("http://ns.adobe.com/xap/1.0/\u{0}".utf8)
    static let extendedXMPSignature = Array("http://ns.adobe.com/xmp/extension/\u{0}".utf8)
    static let exifSignature: [UInt8] = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00]
    static let photoshopSignature = Array("Photoshop 3.0\u{0}".utf8)
    /// The most segments read; a real JPEG has a few dozen.
    static let segmentLimit = 4096

    /// One segment: its marker and where its payload lies (`start..<end` in the file).
    struct Segment {
        let marker: UInt8
        let start: Int
        let end: Int
    }

    /// The segments from the start of the file to the start of scan, or nil when not a JPEG.
    static func segments(_ view: ByteView) -> (segments: [Segment], scanStart: Int?)? {
        guard view.starts(with: [0xFF, 0xD8]) else { return nil }
        var result: [Segment] = []
        var offset = 2
        while result.count < segmentLimit {
            guard view.u8(offset) == 0xFF else { return (result, nil) }
            var markerAt = offset + 1
            while view.u8(markerAt) == 0xFF { markerAt += 1 }
            guard let marker = view.u8(markerAt) else { return (result, nil) }
            if marker == 0xD9 { return (result, nil) }
            if (0xD0...0xD7).contains(marker) || marker == 0x01 {
                offset = markerAt + 1
                continue
            }
            guard let length = view.u16(markerAt + 1, bigEndian: true), length >= 2, view.has(markerAt + 1, Int(length)) else {
                return (result, nil)
            }
            let segment = Segment(marker: marker, start: markerAt + 3, end: markerAt + 1 + Int(length))
            if marker == 0xDA { return (result, offset) }
            result.append(segment)
            offset = segment.end
        }
        return (result, nil)
    }

    /// Reads the segments; `depth` is 1 for a thumbnail inside another JPEG's EXIF.
    static func read(_ view: ByteView, depth: Int = 0) -> MetadataReading {
        var reading = MetadataReading(format: "JPEG image")
        guard let (segments, scanStart) = segments(view) else { return reading }
        var extended: [UInt8] = []
        for segment in segments {
            if reading.exhausted {
                // Full: the segments left are not read, and the reading says so.
                _ = reading.spend(1)
                break
            }
            guard let payload = view.slice(segment.start, segment.end - segment.start) else { continue }
            switch segment.marker {
            case 0xE1 where payload.starts(with: exifSignature):
                if let tiff = payload.slice(6, payload.count - 6) { TIFFMetadata.read(tiff, reading: &reading, depth: depth) }
            case 0xE1 where payload.starts(with: xmpSignature):
                let xml = payload.bytes(xmpSignature.count, payload.count)
                XMPMetadata.read(XMPMetadata.text(of: xml), into: &reading)
            case 0xE1 where payload.starts(with: extendedXMPSignature):
                // GUID (32), full length (4), offset (4), then a part of the packet.
                let start = extendedXMPSignature.count + 40
                if extended.count < 4 << 20 { extended += payload.bytes(start, payload.count) }
            case 0xED where payload.starts(with: photoshopSignature):
                if let resources = payload.slice(photoshopSignature.count, payload.count - photoshopSignature.count) {
                    IPTCMetadata.readPhotoshop(resources, reading: &reading)
                }
            case 0xEB:
                HiddenData.read(
                    view, from: segment.start, to: segment.end, key: "jpeg.jumbf", name: "JUMBF or C2PA data (JPEG APP11)",
                    note: HiddenData.jumbfNote, noteAlways: true, into: &reading)
            case 0xFE:
                let allowed = reading.spend(payload.count)
                guard allowed > 0 else { continue }
                reading.add("jpeg.comment", "Comment (JPEG)", MetadataText.declaredLatin1(payload.bytes(0, allowed)), .text)
            default:
                continue
            }
        }
        if !extended.isEmpty { XMPMetadata.read(XMPMetadata.text(of: extended), into: &reading) }
        // The image data holds no FF D9 but its own end (an FF in it is followed by 00 or a restart marker).
        if depth == 0, let scanStart, let end = view.find([0xFF, 0xD9], from: scanStart) {
            HiddenData.read(
                view, from: end + 2, to: view.count, key: "jpeg.trailing", name: "Data after the image (JPEG)",
                note: HiddenData.trailingNote, noteAlways: true, into: &reading)
        }
        return reading
    }
}
