// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "hwlens",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hwlens", targets: ["hwlens"]),
        .library(name: "Ingest", targets: ["Ingest"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C shims: one per system library, found through pkg-config.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev", "libcairo2-dev"])]
        ),
        .systemLibrary(
            name: "CTesseract",
            pkgConfig: "tesseract",
            providers: [.apt(["libtesseract-dev", "libleptonica-dev"])]
        ),

        // Stages.
        .target(name: "Ingest", dependencies: ["CPoppler"]),

        // Thin command-line front end.
        .executableTarget(
            name: "hwlens",
            dependencies: [
                "Ingest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "IngestTests", dependencies: ["Ingest", "CPoppler"]),
        .testTarget(name: "HwlensTests", dependencies: ["hwlens", "Ingest"]),
    ]
)
