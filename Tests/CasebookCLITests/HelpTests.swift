import Testing

@Suite("help and usage")
struct HelpTests {
    @Test func binaryIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: CLI.binary.path), "no casebook binary at \(CLI.binary.path)")
    }
}
import Foundation
