// swift-tools-version:6.1
// The leak scan's benchmark, a package of its own so that the product does not carry it.
import Foundation
import PackageDescription

// A package found by path is named after its folder, which is whatever the clone was called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "LeakScanBenchmark",
    dependencies: [.package(path: root.path)],
    targets: [
        .executableTarget(
            name: "leak-scan-bench",
            dependencies: [.product(name: "CasebookCore", package: root.lastPathComponent)],
            path: "Sources/leak-scan-bench",
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]
        )
    ]
)
