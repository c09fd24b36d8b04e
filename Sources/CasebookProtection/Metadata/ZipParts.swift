import Foundation

/// A small, bounds-checked reader of a zip's central directory and of single parts, used to read
/// Office document properties safely: every offset is checked, and each part is inflated by
/// `Inflate`, which caps its output and never reads past the compressed data.
struct ZipParts {
    struct Part {
        let name: String
        let method: UInt16
        let compressedSize: Int
        let localHeader: Int
    }

    let parts: [Part]

    /// The central directory of the zip in `view`, or nil when there is none to trust.
    init?(_ view: ByteView) {
        let signature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
        guard let end = view.findLastOf(signature, from: max(0, view.count - 65_557)),
            let count = view.u16(end + 10, bigEndian: false), let size = view.u32(end + 12, bigEndian: false),
            let start = view.u32(end + 16, bigEndian: false), view.has(Int(start), Int(size))
        else { return nil }
        var parts: [Part] = []
        var offset = Int(start)
        for _ in 0..<min(Int(count), 100_000) {
            guard view.starts(with: [0x50, 0x4B, 0x01, 0x02], at: offset), let method = view.u16(offset + 10, bigEndian: false),
                let compressed = view.u32(offset + 20, bigEndian: false), let nameLength = view.u16(offset + 28, bigEndian: false),
                let extraLength = view.u16(offset + 30, bigEndian: false),
                let commentLength = view.u16(offset + 32, bigEndian: false),
                let local = view.u32(offset + 42, bigEndian: false)
            else { return nil }
            let name = String(decoding: view.bytes(offset + 46, Int(nameLength)), as: UTF8.self)
            parts.append(Part(name: name, method: method, compressedSize: Int(compressed), localHeader: Int(local)))
            offset += 46 + Int(nameLength) + Int(extraLength) + Int(commentLength)
        }
        self.parts = parts
    }

    /// The bytes of one part, or nil when it is damaged, compressed in a way not read, or larger than `limit`.
    func contents(of part: Part, in view: ByteView, limit: Int) -> [UInt8]? {
        guard view.starts(with: [0x50, 0x4B, 0x03, 0x04], at: part.localHeader),
            let nameLength = view.u16(part.localHeader + 26, bigEndian: false),
            let extraLength = view.u16(part.localHeader + 28, bigEndian: false),
            let data = view.slice(part.localHeader + 30 + Int(nameLength) + Int(extraLength), part.compressedSize)
        else { return nil }
        switch part.method {
        case 0: return data.count <= limit ? data.bytes(0, data.count) : nil
        case 8: return Inflate.deflate(Data(data.bytes(0, data.count)), limit: limit)
        default: return nil
        }
    }
}
