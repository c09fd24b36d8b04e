// swift-tools-version:6.1
import PackageDescription

// The targets are layers, each depending only on the ones below it, so a wrong-way import does
// not compile: CasebookCrypto (OpenSSL) → CasebookModel (ids, dates, errors, the law) →
// CasebookStore (GRDB: the database, migrations, records) → CasebookCore (case work) → casebook.
let package = Package(
    name: "Casebook",
    products: [
        .executable(name: "casebook", targets: ["casebook"]),
        // The model travels with the core: its types (RecordID, PartialDate, the law) are in the core's API.
        .library(name: "CasebookCore", targets: ["CasebookCore", "CasebookModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
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
        .target(
            name: "CasebookCore",
            dependencies: [
                "CasebookStore", "CasebookModel", "CasebookCrypto",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .executableTarget(
            name: "casebook",
            dependencies: [
                "CasebookCore", "CasebookModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "CasebookCoreTests",
            dependencies: [
                "CasebookCore", "CasebookStore", "CasebookModel", "CasebookCrypto",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "CasebookCLITests",
            dependencies: [
                "casebook", "CasebookCore", "CasebookStore", "CasebookModel", "CasebookCrypto",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ]
)
