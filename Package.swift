// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Casebook",
    products: [
        .executable(name: "casebook", targets: ["casebook"]),
        .library(name: "CasebookCore", targets: ["CasebookCore"]),
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
        .target(
            name: "CasebookCore",
            dependencies: [
                "COpenSSL",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .executableTarget(
            name: "casebook",
            dependencies: [
                "CasebookCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "CasebookCoreTests",
            dependencies: ["CasebookCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "CasebookCLITests",
            dependencies: [
                "casebook", "CasebookCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ]
)
