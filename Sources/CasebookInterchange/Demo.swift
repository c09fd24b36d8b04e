import CasebookCore
import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

/// What `casebook demo` was asked to do.
public struct DemoRequest: Sendable {
    /// The folder of the new demo workspace; it must not exist or be empty.
    public var folder: String
    /// The sample case's folder; nil finds `evidence/sample` from the current folder upwards.
    public var sample: String?
    public var handler: Handler
    /// The text of the proof matrix file, from the case's title and its matrix: how the matrix is
    /// written for people is the front end's (the command line's) to say.
    public var matrixFile: @Sendable (_ title: String, _ matrix: ProofMatrix) -> String

    public init(
        folder: String = "casebook-demo", sample: String? = nil, handler: Handler,
        matrixFile: @escaping @Sendable (_ title: String, _ matrix: ProofMatrix) -> String
    ) {
        self.folder = folder
        self.sample = sample
        self.handler = handler
        self.matrixFile = matrixFile
    }
}

/// Where the demo looked for the sample case.
public enum SampleSearch: Equatable, Sendable {
    /// The folder given, which holds no `links.csv`.
    case given(String)
    /// `evidence/sample` from this folder up, and from the program's folder up.
    case searched(from: String)
}

/// What the demo built, for the tour it prints.
public struct DemoReport: Codable, Sendable, Equatable {
    public let workspace: String
    public let sample: String
    public let imports: [ImportSummary]
    public let verified: Bool
    public let proofGaps: Int
    public let matrixFile: String
    public let bagFolder: String
    public let jsonFile: String
    /// The passphrase the demo's fictional identities are sealed under (not a secret).
    public let passphrase: String
}

/// Why the demo could not run.
public enum DemoError: CasebookFailure, Equatable {
    /// No sample case where it was looked for.
    case sampleNotFound(SampleSearch)
    /// The demo folder exists and holds files.
    case folderNotEmpty(String)

    public var category: FailureCategory { .badInput }

    public var description: String {
        switch self {
        case .sampleNotFound(let search):
            "The sample case was not found (\(search.where)); run the demo from the Casebook repository, or point at the sample (casebook/evidence/sample in the repository)."
        case .folderNotEmpty(let folder):
            "\(folder) already exists and is not an empty folder; the demo builds a fresh case, so give another folder or remove that one."
        }
    }
}

extension SampleSearch {
    /// Where the sample was looked for, in a few words.
    public var `where`: String {
        switch self {
        case .given(let folder): "\(folder) holds no links.csv"
        case .searched(let folder): "no evidence/sample in \(folder), in the program's own folder, or their parents"
        }
    }
}

/// The sample case, built end to end in a fresh workspace.
public enum Demo {
    /// The passphrase the sample's fictional identities are sealed under, stated in the README.
    public static let passphrase = "casebook-demo"
    /// The sample's import sheets, in the order their references need.
    static let sheets = [
        "actors.csv", "witnesses.csv", "testimonies.csv", "incidents.csv", "evidence.csv", "links.csv", "attacks.csv",
        "recommendations.csv", "assessments.csv", "our-recommendations.csv",
    ]

    /// Builds the demo case: imports the sample, verifies the evidence, and writes the proof
    /// matrix, a BagIt bag and a JSON export under the workspace's `out/`.
    public static func run(_ request: DemoRequest) throws -> DemoReport {
        let sample = try findSample(request.sample)
        let folder = URL(fileURLWithPath: request.folder).standardizedFileURL.path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            // Only an empty folder is taken over (and made again as a workspace); anything else is refused.
            guard isFolder.boolValue, (try? FileManager.default.contentsOfDirectory(atPath: folder))?.isEmpty == true else {
                throw DemoError.folderNotEmpty(request.folder)
            }
            try FileManager.default.removeItem(atPath: folder)
        }
        let workspace = try Workspace.create(
            at: folder, title: "Sample case: DPRK (fictional, built on the 2014 COI findings)", organization: "Casebook demo")
        let open = try workspace.open()
        for (fact, value) in caseFacts {
            _ = try open.database.setCaseFact(fact, to: value, handler: request.handler)
        }
        let given = try Passphrase(passphrase)
        let source = PassphraseSource { given }
        var imports: [ImportSummary] = []
        for sheet in sheets {
            imports.append(
                try open.importFile(
                    ImportRequest(
                        path: (sample as NSString).appendingPathComponent(sheet), handler: request.handler, passphrase: source)))
        }
        // One passage withdrawn, as the Commission of Inquiry set aside part of one account: the
        // demo's matrix and dossier show how a withdrawn passage reads and stops counting.
        _ = try open.withdrawPassage(
            PassageWithdrawal(
                testimony: RecordID(.testimony, 31), passage: "para. 7",
                reason: "In her follow-up interview the witness said she had only heard this from others in the camp"),
            handler: request.handler)
        try argue(in: open, handler: request.handler)
        let verify = try open.verify(VerifyOptions(handler: request.handler))
        let out = workspace.outputURL
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let matrix = try open.database.proofMatrix()
        let matrixFile = out.appendingPathComponent("proof-matrix.txt").path
        let scan = LeakScanOptions(passphrase: source)
        let title = try open.database.status().title
        let matrixText = request.matrixFile(title, matrix)
        // The file leaves the case like any export: checked for witness identities first.
        let (matrixGuard, _) = try open.leakGuard(for: "The proof matrix file", options: scan, handler: request.handler)
        try matrixGuard.check(matrixText, place: "the proof matrix file")
        try PosixFile.writeNew(matrixFile, contents: Array(matrixText.utf8), mode: 0o600)
        let bag = out.appendingPathComponent("bag").path
        _ = try open.exportBagIt(to: bag, items: nil, handler: request.handler, leakScan: scan)
        let json = out.appendingPathComponent("case.json").path
        _ = try open.exportJSON(to: json, handler: request.handler, leakScan: scan)
        return DemoReport(
            workspace: folder, sample: sample, imports: imports, verified: verify.intact, proofGaps: matrix.gapCount,
            matrixFile: matrixFile, bagFolder: bag, jsonFile: json, passphrase: passphrase)
    }

    /// The sample folder: the one given, else `evidence/sample` in the current folder or a parent.
    static func findSample(_ given: String?) throws -> String {
        let fm = FileManager.default
        if let given {
            let path = URL(fileURLWithPath: given).standardizedFileURL.path
            guard fm.fileExists(atPath: (path as NSString).appendingPathComponent("links.csv")) else {
                throw DemoError.sampleNotFound(.given(given))
            }
            return path
        }
        // From the current folder up, then from the program's own folder up (a binary built in a clone,
        // such as .build/release/casebook, finds the clone's sample from anywhere).
        var starts = [URL(fileURLWithPath: fm.currentDirectoryPath).standardizedFileURL]
        if let program = Bundle.main.executableURL?.resolvingSymlinksInPath() { starts.append(program.deletingLastPathComponent()) }
        for start in starts {
            var folder = start
            while true {
                let candidate = folder.appendingPathComponent("evidence/sample")
                if fm.fileExists(atPath: candidate.appendingPathComponent("links.csv").path) { return candidate.path }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        throw DemoError.sampleNotFound(.searched(from: fm.currentDirectoryPath))
    }
}
