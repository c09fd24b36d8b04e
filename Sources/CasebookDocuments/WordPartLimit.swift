import Foundation
import ZIPFoundation

/// How far one part of a Word file may inflate when it is read. A .docx is a zip, and a small
/// zip can hold gigabytes of repeated bytes (a "zip bomb"): a 2 MB file once made `upr count`
/// take 8 GB of memory. Real document parts are a few megabytes and pack about 5 to 20 times.
enum WordPartLimit {
    /// The most bytes one part may unpack to.
    static let maximumBytes = 64 << 20
    /// Past `ratioCheckedAbove` bytes, a part may unpack to at most this many times its packed size.
    static let maximumRatio = 100
    /// Parts smaller than this are never too compressed to read (short XML packs very well).
    static let ratioCheckedAbove = 1 << 20

    /// A part that went past a limit, declared or while being unpacked.
    struct Exceeded: Error {
        let part: String
    }

    /// Whether `inflated` bytes from `packed` bytes are past either limit.
    static func exceeds(inflated: UInt64, packed: UInt64) -> Bool {
        inflated > UInt64(maximumBytes)
            || (inflated > UInt64(ratioCheckedAbove) && inflated > UInt64(maximumRatio) &* max(packed, 1))
    }

    /// The unpacked bytes of `entry`, refused by its declared size first and then, since a header
    /// can lie, counted as they come and stopped as soon as they pass a limit.
    static func extract(_ entry: Entry, from archive: Archive) throws -> Data {
        let packed = entry.compressedSize
        if exceeds(inflated: entry.uncompressedSize, packed: packed) { throw Exceeded(part: entry.path) }
        var data = Data()
        _ = try archive.extract(entry, skipCRC32: false) { chunk in
            data.append(chunk)
            if exceeds(inflated: UInt64(data.count), packed: packed) { throw Exceeded(part: entry.path) }
        }
        return data
    }
}
