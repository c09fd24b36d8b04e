/// Bytes a format lets a file carry where no reader here looks for metadata: data after a JPEG's
/// end-of-image marker or a PNG's IEND chunk, a PNG's private chunks, a JPEG's APP11 segments
/// (JUMBF boxes, which hold C2PA content credentials with their authors' names). A name or a
/// date hidden there travelled with the photo unscanned. Their printable text is read into a
/// field, so the leak scan sees it, and the reading notes that the rest (compressed or in another
/// encoding) was not checked: every export then warns that the item could not be fully checked.
package enum HiddenData {
    static let trailingNote = "data after the end of the image was checked only for plain text"
    static let privateChunkNote = "a private PNG chunk was checked only for plain text"
    static let jumbfNote = "a JUMBF (C2PA) segment was checked only for plain text"
    static let notes = [trailingNote, privateChunkNote, jumbfNote]

    /// The shortest run of printable characters kept: shorter ones are noise in binary data.
    static let shortestRun = 4

    /// Reads `view[from..<to]` for plain text into the field `key`, within the reading's byte
    /// budget. Padding alone (zeros or 0xFF bytes) is nothing. With `noteAlways`, the note is
    /// made even when no text was found (trailing data may be a compressed file); otherwise only
    /// when some was.
    static func read(
        _ view: ByteView, from: Int, to: Int, key: String, name: String, note: String, noteAlways: Bool,
        into reading: inout MetadataReading
    ) {
        guard to > from, view.has(from, to - from) else { return }
        let allowed = reading.spend(to - from)
        guard allowed > 0 else { return }
        let bytes = view.bytes(from, allowed)
        guard bytes.contains(where: { $0 != 0 && $0 != 0xFF }) else { return }
        let text = printableText(bytes)
        if !text.isEmpty { reading.add(key, name, text, .other) }
        if noteAlways || !text.isEmpty { reading.note(note) }
    }

    /// The runs of `shortestRun` or more printable UTF-8 characters that hold a letter or digit,
    /// joined with "; ". A run that is not UTF-8 but converts whole from code page 949 to Hangul
    /// (a Korean note appended by a Windows program) is kept as that text.
    static func printableText(_ bytes: [UInt8]) -> String {
        var runs: [String] = []
        var run: [UInt8] = []
        func flush() {
            defer { run.removeAll(keepingCapacity: true) }
            if String(validating: run, as: UTF8.self) == nil, let korean = MetadataText.strictCP949(run),
                korean.unicodeScalars.contains(where: { (0xAC00...0xD7A3).contains($0.value) })
            {
                runs.append(korean)
                return
            }
            // Bytes that are not UTF-8 end a run, as control bytes do.
            for piece in String(decoding: run, as: UTF8.self).split(separator: "\u{FFFD}")
            where piece.count >= shortestRun && piece.contains(where: { $0.isLetter || $0.isNumber }) {
                runs.append(String(piece))
            }
        }
        for byte in bytes {
            if byte >= 0x20 && byte != 0x7F || byte == 0x09 {
                run.append(byte)
            } else {
                flush()
            }
        }
        flush()
        return runs.joined(separator: "; ")
    }
}
