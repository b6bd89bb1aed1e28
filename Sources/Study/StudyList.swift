/// The studies a run was given: every study found under the paths, in order, each once.
public struct StudyList: Sendable {
    /// The studies, readable or not (see ``StudyEntry``).
    public var entries: [StudyEntry] = []
    /// Paths under which no study could be found.
    public var failures: [StudyError] = []

    /// Finds the studies under `paths`: study folders, `study.yaml` files, or folders of them.
    public init(paths: [String]) {
        var seen = Set<String>()
        for path in paths {
            let found: [String]
            do {
                found = try StudyManifest.discover(path)
            } catch {
                failures.append(error)
                continue
            }
            // A manifest that cannot be read is a study with that error; the others still run.
            for manifestPath in found where seen.insert(manifestPath).inserted {
                do {
                    entries.append(.study(try StudyManifest.load(path: manifestPath)))
                } catch {
                    entries.append(.unreadable(path: manifestPath, error: error.localizedDescription))
                }
            }
        }
    }

    /// Names shared by several studies (studies are named by their folders), with the
    /// folders, sorted by name: each is told apart only by its position.
    public var sharedNames: [(name: String, folders: [String])] {
        var folders: [String: [String]] = [:]
        for entry in entries { folders[entry.name, default: []].append(entry.folder) }
        return folders.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
