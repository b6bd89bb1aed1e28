// swift-tools-version:6.0
import PackageDescription

// Modules follow the stages of a run, and dependencies flow one way:
//
//   Files ← Source ← Garble, Problems ← Solve ← Grade ← Results ← Store
//   Markdown (cmark-gfm) ← Grade
//   Files ← Ingest (poppler, cairo) ← OCR (tesseract, leptonica)
//   everything above ← Study ← hwlens
//
// C libraries are reached only through Ingest, OCR and Markdown, each through one internal
// file; Store links neither poppler nor tesseract.
let package = Package(
    name: "hwlens",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hwlens", targets: ["hwlens"]),
        .library(name: "Files", targets: ["Files"]),
        .library(name: "Source", targets: ["Source"]),
        .library(name: "Ingest", targets: ["Ingest"]),
        .library(name: "OCR", targets: ["OCR"]),
        .library(name: "Garble", targets: ["Garble"]),
        .library(name: "Problems", targets: ["Problems"]),
        .library(name: "Solve", targets: ["Solve"]),
        .library(name: "Markdown", targets: ["Markdown"]),
        .library(name: "Grade", targets: ["Grade"]),
        .library(name: "Results", targets: ["Results"]),
        .library(name: "Store", targets: ["Store"]),
        .library(name: "Study", targets: ["Study"]),
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
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),

        // Base: input bytes and kinds, content hashes, page boxes, JSON writing.
        .target(name: "Files"),
        // Sources (LaTeX, Markdown, plain) → canonical text with formula spans; the math parser.
        .target(name: "Source", dependencies: ["Files"]),
        // PDFs: text layer, layout rebuild, rendering (poppler, cairo).
        .target(name: "Ingest", dependencies: ["Files", "CPoppler"]),
        // Markdown (CommonMark and GFM tables) as a tree of blocks with their source lines (cmark-gfm).
        .target(name: "Markdown", dependencies: ["CCmarkGFM"]),
        // Images and PDF pages through tesseract.
        .target(name: "OCR", dependencies: ["Files", "Ingest", "CTesseract"]),
        // Alignment and garble measures of an input form against its source.
        .target(name: "Garble", dependencies: ["Files", "Source"]),
        // Any text form → problems and parts.
        .target(name: "Problems", dependencies: ["Files", "Source"]),
        // Recognition, solvers, answer keys: each part's expected answer.
        .target(name: "Solve", dependencies: ["Files", "Problems", .product(name: "Yams", package: "Yams")]),
        // Transcripts, part attribution, answer reading and comparison, verdicts.
        .target(name: "Grade", dependencies: ["Files", "Solve", "Markdown"]),
        // The results of a run as data (what the store keeps and the reports show).
        .target(name: "Results", dependencies: ["Files", "Solve", "Grade"]),
        // The results store and the input cache: SQLite through GRDB.
        .target(name: "Store", dependencies: ["Files", "Results", .product(name: "GRDB", package: "GRDB.swift")]),
        // Manifests, reading input forms, the runner, sharding, report formatters.
        .target(
            name: "Study",
            dependencies: [
                "Files", "Source", "Ingest", "OCR", "Garble", "Problems", "Solve", "Grade", "Results", "Store",
                .product(name: "Yams", package: "Yams"),
            ]),

        // Thin command-line front end.
        .executableTarget(
            name: "hwlens",
            dependencies: [
                "Files", "Source", "Ingest", "OCR", "Garble", "Problems", "Solve", "Grade", "Results", "Store", "Study",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Shared by every test target: fixture paths, temporary folders, running the binary.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "FilesTests", dependencies: ["Files", "TestSupport"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "TestSupport"]),
        .testTarget(name: "SourceTests", dependencies: ["Source", "Files", "TestSupport"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "Files", "TestSupport", "CPoppler"]),  // CPoppler: one test draws its PDF with cairo
        .testTarget(name: "OCRTests", dependencies: ["OCR", "Ingest", "Files", "TestSupport"]),
        .testTarget(name: "GarbleTests", dependencies: ["Garble", "Source", "Files", "TestSupport"]),
        .testTarget(name: "ProblemsTests", dependencies: ["Problems", "Source", "Files", "TestSupport"]),
        .testTarget(name: "SolveTests", dependencies: ["Solve", "Problems", "Source", "Files", "TestSupport"]),
        // Grading is pure; its tests read the samples' PDF transcripts through Study.
        .testTarget(
            name: "GradeTests",
            dependencies: ["Grade", "Solve", "Problems", "Source", "Files", "Study", "TestSupport", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "ResultsTests", dependencies: ["Results", "Grade", "Files", "TestSupport"]),
        .testTarget(
            name: "StoreTests", dependencies: ["Store", "Results", "Grade", "Files", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "StudyTests",
            dependencies: [
                "Study", "Store", "Results", "Grade", "Solve", "OCR", "Files", "TestSupport", .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(
            name: "HwlensTests",
            dependencies: ["hwlens", "Ingest", "Store", "Results", "Files", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
