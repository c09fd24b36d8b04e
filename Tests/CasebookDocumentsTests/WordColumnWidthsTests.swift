import Foundation
import Testing

@testable import CasebookDocuments

/// A Word table's columns are shared out by what they hold: no header word and no ordinary word
/// is broken, a hash wraps inside its column, and the columns fill the text width exactly.
@Suite struct WordColumnWidthsTests {
    let hash = String(repeating: "3f2a9c1d", count: 8)

    @Test func headerWordsAndOrdinaryWordsFitAndAHashWraps() {
        let header = ["Item", "Description", "Kind", "Size (bytes)", "SHA-256", "Acquired", "Entered the case and hashed"]
        let rows = [
            [
                "E-3", "Transcript of the interview of 2013-03-15 (Bangkok)", "transcript", "417", hash,
                "2013-03-15, Documentation team", "2026-12-07",
            ]
        ]
        let widths = WordColumnWidths.widths(header: header, rows: rows, columns: 7)
        #expect(widths.reduce(0, +) == WordColumnWidths.textWidth)
        let text = widths.map { $0 - WordColumnWidths.cellPadding }
        // "Description" and "Documentation" keep their letters together.
        #expect(text[1] >= 12 * WordColumnWidths.characterWidth, "\(widths)")
        #expect(text[5] >= 13 * WordColumnWidths.characterWidth, "\(widths)")
        // The hash wraps within its column, on at most four lines.
        #expect(text[4] < 64 * WordColumnWidths.characterWidth, "\(widths)")
        #expect(text[4] >= 16 * WordColumnWidths.characterWidth, "\(widths)")
    }

    @Test func evenContentSharesEvenly() {
        let widths = WordColumnWidths.widths(header: ["A", "B"], rows: [["one", "two"]], columns: 2)
        #expect(widths == [4513, 4513])
    }

    @Test func moreThanFitsIsScaledDownAndStillFillsTheWidth() {
        let header = (1...20).map { "Heading\($0 % 10)word" }
        let widths = WordColumnWidths.widths(header: header, rows: [], columns: 20)
        #expect(widths.reduce(0, +) == WordColumnWidths.textWidth)
        #expect(Set(widths.dropLast()).count == 1)
    }

    @Test func theWordTableCarriesTheWidthsAndAFixedLayout() throws {
        let docx = try DocumentRenderer(overrides: nil).render(SampleDocument.dossier(), as: .docx, asOf: "2024-11-07")
        let document = try Rendering.part("word/document.xml", of: docx)
        #expect(document.contains("<w:tblLayout w:type=\"fixed\"/>"))
        let grids = document.components(separatedBy: "<w:tblGrid>").dropFirst().map {
            $0.components(separatedBy: "</w:tblGrid>")[0]
        }
        #expect(!grids.isEmpty)
        for grid in grids {
            let widths = grid.matches(of: /w:w="(\d+)"/).compactMap { Int($0.1) }
            #expect(widths.reduce(0, +) == WordColumnWidths.textWidth, "\(grid)")
        }
    }
}
