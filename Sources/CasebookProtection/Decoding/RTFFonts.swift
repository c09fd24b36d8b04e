/// The code pages of an RTF document's fonts. Word writes Korean text as `\'hh` byte pairs under
/// a font whose `\fcharset129` says CP949, whatever the document's `\ansicpg` says, so each byte
/// must be read in the code page of the font in force, not the document's.
struct RTFFonts {
    /// Each font's number with its `\fcharset` value, read from the font table.
    private(set) var charsets: [Int: Int] = [:]
    /// Each font's code page from `\cpg` (`\cpg949`), which names it more exactly than `\fcharset`.
    private(set) var codePages: [Int: Int] = [:]
    /// The font being defined in the font table (`{\f1\fcharset129 Batang;}`).
    var defining: Int?

    /// The iconv name of the code page a `\fcharset` value stands for (the RTF specification's
    /// list), nil for one Casebook cannot read. 0 and 1 mean the document's own code page.
    static func codePage(ofCharset charset: Int, document: String) -> String? {
        switch charset {
        case 0, 1: return document
        case 77: return "MACINTOSH"
        case 128: return "CP932"
        case 129: return "CP949"
        case 130: return "CP1361"
        case 134: return "CP936"
        case 136: return "CP950"
        case 161: return "CP1253"
        case 162: return "CP1254"
        case 163: return "CP1258"
        case 177: return "CP1255"
        case 178: return "CP1256"
        case 186: return "CP1257"
        case 204: return "CP1251"
        case 222: return "CP874"
        case 238: return "CP1250"
        case 255: return "CP437"
        default: return nil
        }
    }

    /// Records a `\fcharset` in the font table for the font being defined.
    mutating func record(charset: Int) {
        if let defining { charsets[defining] = charset }
    }

    /// Records a `\cpg` in the font table for the font being defined.
    mutating func record(codePage: Int) {
        if let defining { codePages[defining] = codePage }
    }

    /// The code page of `\'hh` bytes under `font`: the font's `\cpg`, else its charset, else the
    /// document's. Nil when the font names a charset Casebook cannot read.
    func codePage(font: Int?, document: String) -> String? {
        guard let font else { return document }
        if let page = codePages[font] { return page == 949 ? "CP949" : "CP\(page)" }
        guard let charset = charsets[font] else { return document }
        return Self.codePage(ofCharset: charset, document: document)
    }
}
