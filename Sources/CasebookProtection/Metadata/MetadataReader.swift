import Foundation

/// Reads the metadata a file carries about itself, by what its first bytes say it is (never by
/// its name: a photo renamed `.txt` is still read as a photo). Never throws and never crashes on
/// a damaged or hostile file: what cannot be read is passed over or noted.
public enum MetadataReader {
    /// Reads the file at `path` (mapped, not loaded), or nil when it cannot be opened.
    public static func read(path: String) -> MetadataReading {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            return MetadataReading()
        }
        return read(data)
    }

    /// Reads bytes held in memory.
    public static func read(_ data: Data) -> MetadataReading {
        data.withUnsafeBytes { raw in read(ByteView(raw)) }
    }

    static func read(_ view: ByteView) -> MetadataReading {
        if view.starts(with: [0xFF, 0xD8, 0xFF]) { return JPEGMetadata.read(view) }
        if view.starts(with: PNGMetadata.signature) { return PNGMetadata.read(view) }
        if view.starts(with: [0x49, 0x49, 0x2A, 0x00]) || view.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) {
            var reading = MetadataReading(format: "TIFF image")
            TIFFMetadata.read(view, reading: &reading)
            return reading
        }
        if view.starts(with: Array("%PDF".utf8)) { return PDFMetadata.read(view) }
        if view.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return OfficeMetadata.read(view) }
        return MetadataReading()
    }
}
