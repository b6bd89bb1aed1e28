import Foundation

/// Reads an input file whole, with errors that name it: missing, a directory,
/// unreadable (the system's reason), or empty.
public enum InputBytes {
    public static func read(_ path: String) throws(FileError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw .isDirectory(path: path) }
        guard let handle = fopen(path, "rb") else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)).lowercased())
        }
        defer { fclose(handle) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&buffer, 1, buffer.count, handle)
            if count > 0 { data.append(buffer, count: count) }
            if count < buffer.count {
                if ferror(handle) != 0 {
                    throw .unreadable(path: path, reason: String(cString: strerror(errno)).lowercased())
                }
                break
            }
        }
        if data.isEmpty { throw .emptyFile(path: path) }
        return data
    }
}
