import CasebookModel
import CasebookProtection
import Foundation

// Scans one document of about 10 MB (English, Hangul and romanised Korean words, with no protected
// name in it) with the identities of 10 and of 1,000 witnesses, and prints the time per MB of each
// and their ratio (target: under 2), with the time to read the same text as a baseline.
//
//   swift run -c release --package-path Benchmarks/LeakScan leak-scan-bench [MEGABYTES] [REPEAT]

let megabytes = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 10 : 10
let repeats = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 5 : 5

/// A deterministic generator, so every run scans the same text.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}

var random = SplitMix(state: 2014)
let families = Array("김이박최정강조윤장임한오서신권황안송류홍")
@MainActor func syllable() -> Character {
    Character(Unicode.Scalar(0xAC00 + UInt32(random.next() % 11172))!)
}
@MainActor func identities(_ count: Int) -> [ProtectedIdentity] {
    (1...count).flatMap { number -> [ProtectedIdentity] in
        let witness = RecordID(.witness, Int64(number))
        let hangul = String([random.pick(families), syllable(), syllable()])
        return [
            ProtectedIdentity(witness: witness, field: .name, value: hangul),
            ProtectedIdentity(witness: witness, field: .otherNames, value: "Witness\(number) Qxz\(number)-zq"),
            ProtectedIdentity(
                witness: witness, field: .contact, value: "+82 10 \(9000 + number) \(7000 + number), w\(number)@example.org"),
        ]
    }
}

let english =
    "the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she there been one all we their has would when if so no out up said what its about than into them can only other time new some could these two may first then do any like my now over such our man me even most made after also did many before must through back years where much your way down should because each just those people mr how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three"
    .split(separator: " ").map(String.init)
let romanised = [
    "Pyongyang", "Hoeryong", "Chongjin", "Hyesan", "Kaechon", "Yodok", "bowibu", "inminban", "songbun", "kyohwaso", "Sinuiju",
    "Onsong", "Musan", "Yanji",
]

@MainActor func document(bytes: Int) -> String {
    var text = ""
    text.reserveCapacity(bytes + 64)
    var words = 0
    while text.utf8.count < bytes {
        switch random.next() % 10 {
        case 0...5: text += random.pick(english)
        case 6...7: text += String((0..<(2 + Int(random.next() % 3))).map { _ in syllable() })
        case 8: text += random.pick(romanised)
        default: text += String(random.next() % 100_000)
        }
        words += 1
        text += words % 14 == 0 ? ".\n" : " "
    }
    return text
}

func seconds(_ work: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let everyone = identities(1000)
let text = document(bytes: megabytes * 1_000_000)
let size = Double(text.utf8.count) / 1_000_000
let file = FileManager.default.temporaryDirectory.appendingPathComponent("leak-scan-bench-\(getpid()).txt")
try Data(text.utf8).write(to: file)
defer { try? FileManager.default.removeItem(at: file) }

func best(_ work: () -> Void) -> Double { (0..<repeats).map { _ in seconds(work) }.min() ?? 0 }

let read = best { _ = try! String(contentsOf: file, encoding: .utf8) }
print(String(format: "document: %.1f MB; reading it (file to String): %.3f s/MB", size, read / size))
// Both scanners are built first, then timed in turns, so that a busy moment of the machine falls
// on both alike; the best of the runs is kept for each.
var scanners: [(witnesses: Int, scanner: LeakScanner)] = []
for witnesses in [10, 1000] {
    let people = everyone.filter { $0.witness.number <= witnesses }
    var scanner: LeakScanner?
    let build = seconds { scanner = LeakScanner(identities: people) }
    guard let scanner else { fatalError("no scanner") }
    if let hit = scanner.firstHit(in: text) {
        let line = text.split(separator: "\n").first { scanner.firstHit(in: String($0)) != nil } ?? ""
        print("The generated text is not clean: \(hit) in \(line)")
    }
    print(String(format: "%5d witnesses: scanner built in %.3f s", witnesses, build))
    scanners.append((witnesses, scanner))
}
var bestScan = [Double](repeating: .infinity, count: scanners.count)
for _ in 0..<repeats {
    for (index, entry) in scanners.enumerated() {
        bestScan[index] = min(bestScan[index], seconds { _ = entry.scanner.firstHit(in: text) })
    }
}
for (index, entry) in scanners.enumerated() {
    print(
        String(
            format: "%5d witnesses: scan %.4f s/MB (%.2f x reading)", entry.witnesses, bestScan[index] / size,
            bestScan[index] / read))
}
print(String(format: "ratio, 1,000 witnesses vs 10: %.2f (target < 2)", bestScan[1] / bestScan[0]))
