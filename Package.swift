// swift-tools-version:6.1
import PackageDescription

// The targets are layers, each depending only on the ones below it, so a wrong-way import does
// not compile: CasebookCrypto (OpenSSL) → CasebookModel (ids, dates, errors, the law) →
// CasebookStore (GRDB: the database, migrations, records) and, beside it, CasebookProtection
// (passphrases, the leak scan, name variants, decoders, metadata; no case) → CasebookCore (case
// work) → CasebookInterchange (import, export, bags, the demo) → CasebookFilings → casebook.
// CasebookDocuments (rendering) stands alone under CasebookFilings.
let package = Package(
    name: "Casebook",
    products: [
        .executable(name: "casebook", targets: ["casebook"]),
        // The model travels with the core: its types (RecordID, PartialDate, the law) are in the core's API.
        .library(name: "CasebookCore", targets: ["CasebookCore", "CasebookModel", "CasebookProtection"]),
        .library(name: "CasebookDocuments", targets: ["CasebookDocuments"]),
        .library(name: "CasebookFilings", targets: ["CasebookFilings"]),
        .library(name: "CasebookInterchange", targets: ["CasebookInterchange"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]
        ),
        .target(name: "CasebookCrypto", dependencies: ["COpenSSL"]),
        .target(name: "CasebookModel", dependencies: ["CasebookCrypto"]),
        .target(
            name: "CasebookStore",
            dependencies: ["CasebookModel", "CasebookCrypto", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // What keeps a witness unexposed, knowing nothing of the case: sealing keys and
        // passphrases, the leak scan and its Korean name variants, and the readers that decode
        // text and metadata out of evidence files so that the scan sees what a reader would.
        .target(
            name: "CasebookProtection",
            dependencies: [
                "CasebookModel", "CasebookCrypto",
                // Office files' document properties are read (and stripped) from their zip.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        .target(
            name: "CasebookCore",
            dependencies: [
                // No GRDB: the core asks the store through its named methods (`StoreTransaction`).
                "CasebookStore", "CasebookProtection", "CasebookModel", "CasebookCrypto",
            ]
            // No MemberImportVisibility here: with it, the POSIX structs' members (`stat.st_mode`) are
            // resolved to whichever C module re-exports them first (CoreFoundation in one build,
            // CDispatch in another), and a clean release build fails. tools/sql-in-store.py keeps
            // GRDB out of the core instead.
        ),
        // What crosses the case's edge: spreadsheet and JSON import, JSON export, BagIt bags for a
        // court or a partner, signatures, and the demo case. Above the core, whose steps it calls.
        .target(
            name: "CasebookInterchange",
            dependencies: [
                "CasebookCore", "CasebookProtection", "CasebookStore", "CasebookModel", "CasebookCrypto",
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        // The documents a team files (dossier, UPR submission, progress report) as Markdown, HTML and
        // DOCX from Mustache templates; knows nothing of the case store, so the content is built elsewhere.
        .target(
            name: "CasebookDocuments",
            dependencies: [
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // What a team files, laid out from the case: the ICC dossier, the UPR submission, the
        // progress report. Above the core (the content) and the documents (the rendering).
        .target(
            name: "CasebookFilings",
            // The interchange for the demo case, whose documents `DemoDocuments` writes.
            dependencies: ["CasebookCore", "CasebookInterchange", "CasebookProtection", "CasebookModel", "CasebookDocuments"]
        ),
        .executableTarget(
            name: "casebook",
            dependencies: [
                "CasebookCore", "CasebookStore", "CasebookModel", "CasebookDocuments", "CasebookFilings",
                "CasebookInterchange", "CasebookProtection", "CasebookCrypto",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // One test target per library target; each tests its own target through what it exposes.
        .testTarget(name: "CasebookCryptoTests", dependencies: ["CasebookCrypto"]),
        .testTarget(
            name: "CasebookModelTests",
            dependencies: ["CasebookModel", .product(name: "CSV", package: "CSV.swift")]
        ),
        .testTarget(
            name: "CasebookStoreTests",
            dependencies: ["CasebookStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "CasebookProtectionTests",
            dependencies: ["CasebookProtection", "CasebookModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "CasebookCoreTests",
            dependencies: [
                "CasebookCore", "CasebookProtection", "CasebookStore", "CasebookModel", "CasebookCrypto",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .testTarget(
            name: "CasebookInterchangeTests",
            dependencies: ["CasebookInterchange", "CasebookCore", "CasebookModel", "CasebookStore"]
        ),
        .testTarget(
            name: "CasebookDocumentsTests",
            dependencies: ["CasebookDocuments", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "CasebookFilingsTests",
            dependencies: ["CasebookFilings", "CasebookCore", "CasebookModel", "CasebookDocuments"]
        ),
        .testTarget(
            name: "CasebookCLITests",
            dependencies: [
                "casebook", "CasebookCore", "CasebookInterchange", "CasebookProtection", "CasebookStore", "CasebookModel",
                "CasebookCrypto",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ]
)
