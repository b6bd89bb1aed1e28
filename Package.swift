// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "hwlens",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hwlens", targets: ["hwlens"]),
        .library(name: "Ingest", targets: ["Ingest"]),
        .library(name: "OCR", targets: ["OCR"]),
        .library(name: "Garble", targets: ["Garble"]),
        .library(name: "Analyze", targets: ["Analyze"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
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
        .target(name: "OCR", dependencies: ["CTesseract", "Ingest"]),
        // Pure logic: alignment and garble measures, no C.
        .target(name: "Garble"),
        // Pure logic: segmenting any text form into problems and parts, no C.
        .target(name: "Problems"),
        .target(
            name: "Analyze",
            dependencies: ["Ingest", "OCR", "Garble", "Problems", .product(name: "Yams", package: "Yams")]),
        // The results store and the input cache: SQLite through GRDB.
        .target(name: "Store", dependencies: ["Analyze", .product(name: "GRDB", package: "GRDB.swift")]),

        // Thin command-line front end.
        .executableTarget(
            name: "hwlens",
            dependencies: [
                "Ingest",
                "OCR",
                "Garble",
                "Problems",
                "Analyze",
                "Store",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "IngestTests", dependencies: ["Ingest", "CPoppler"]),
        .testTarget(name: "OCRTests", dependencies: ["OCR", "Ingest"]),
        .testTarget(name: "GarbleTests", dependencies: ["Garble"]),
        .testTarget(name: "ProblemsTests", dependencies: ["Problems"]),
        .testTarget(name: "AnalyzeTests", dependencies: ["Analyze"]),
        .testTarget(name: "HwlensTests", dependencies: ["hwlens", "Ingest", "Store", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "GradeTests", dependencies: ["Analyze", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "RunTests", dependencies: ["Analyze", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Analyze", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
