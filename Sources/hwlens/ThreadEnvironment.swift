import Foundation

/// Tesseract's OpenMP runtime reads `OMP_THREAD_LIMIT` once, when the library loads at
/// process start, and its threads fight each other when several engines run at once
/// (two 300-dpi pages took 5x longer). hwlens parallelizes across images itself, so when
/// the variable is unset it sets it to 1 and re-executes itself before doing anything else.
enum ThreadEnvironment {
    static func ensureSingleThreadedOpenMP() {
        guard getenv("OMP_THREAD_LIMIT") == nil else { return }
        setenv("OMP_THREAD_LIMIT", "1", 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // exec failed (no /proc): carry on; only speed suffers.
    }
}
