import Foundation
import ZIPFoundation

/// zlib streams (PNG zTXt and iTXt, PDF streams) inflated with a cap on the output, so a small
/// hostile stream cannot expand into gigabytes.
enum Inflate {
    /// The most bytes one stream may inflate to.
    static let outputLimit = 8 << 20

    private struct TooLarge: Error {}
    private struct Truncated: Error {}

    /// The inflated bytes of a zlib stream (2-byte header, deflate data), or nil when it is damaged
    /// or would inflate past `limit`.
    static func zlib(_ bytes: [UInt8], limit: Int = outputLimit) -> [UInt8]? {
        guard bytes.count > 2, bytes[0] & 0x0F == 8 else { return nil }
        return deflate(Data(bytes[2...]), limit: limit)
    }

    /// Raw deflate data inflated, with the same cap.
    static func deflate(_ input: Data, limit: Int = outputLimit) -> [UInt8]? {
        var output: [UInt8] = []
        do {
            _ = try Data.decompress(
                size: Int64(input.count), bufferSize: 64 << 10, skipCRC32: true,
                provider: { position, size in
                    // No more input means a truncated stream: stop rather than wait for more.
                    guard position < Int64(input.count) else { throw Truncated() }
                    let start = input.startIndex + Int(position)
                    var chunk = input.subdata(in: start..<min(start + size, input.endIndex))
                    // The decoder takes every chunk to be `size` bytes long: a short last chunk is
                    // padded, so a cut stream is never read past its end.
                    if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
                    return chunk
                },
                consumer: { chunk in
                    guard output.count + chunk.count <= limit else { throw TooLarge() }
                    output += chunk
                })
        } catch {
            return nil
        }
        return output
    }
}
