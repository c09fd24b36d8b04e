/// Binary data, told from text of any encoding by its first bytes: NUL bytes where no UTF-16 puts
/// them. Such a file is not read whole as text: a recording or a disk image read as one string,
/// with every reading the leak guard makes of it, costs hundreds of bytes of memory per byte of
/// file, and its noise, read as Korean, spells short names by chance. The raw-text pass
/// (`RawTextScan`) reads the text in it instead, chunk by chunk.
package enum BinaryBytes {
    /// How many bytes are looked at: as many as `UTF16Text.unmarkedByteOrder` looks at.
    package static let sampleSize = 1 << 16

    /// Whether `sample`, the first bytes of a file, are binary data: NUL bytes in bytes that are
    /// neither marked nor unmarked UTF-16.
    package static func look(_ sample: [UInt8]) -> Bool {
        !UTF16Text.isMarked(sample) && sample.contains(0) && UTF16Text.unmarkedByteOrder(sample) == nil
    }
}
