import CPoppler

/// The one place where Ingest talks to poppler-glib and cairo.
///
/// Every C call that can fail goes through here, so GErrors and cairo statuses
/// become Swift errors in one way, and C strings are copied and freed at once.
enum Poppler {
    /// A GError, copied out of glib and freed.
    struct GLibError: Error {
        var domain: UInt32
        var code: Int32
        var message: String

        var isEncrypted: Bool {
            domain == poppler_error_quark() && code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
        }
    }

    /// The poppler library version, `23.03.0` (a static string poppler owns).
    static var version: String { poppler_get_version().map { String(cString: $0) } ?? "" }

    /// Calls a C function that reports failure through a `GError**` and returns NULL.
    static func call<T>(
        _ body: (UnsafeMutablePointer<UnsafeMutablePointer<GError>?>) -> T?
    ) throws(GLibError) -> T {
        var error: UnsafeMutablePointer<GError>? = nil
        let result = body(&error)
        if let error {
            defer { g_error_free(error) }
            throw GLibError(
                domain: error.pointee.domain,
                code: error.pointee.code,
                message: error.pointee.message.map { String(cString: $0) } ?? "unknown error")
        }
        guard let result else {
            throw GLibError(domain: 0, code: -1, message: "unknown error")
        }
        return result
    }

    /// Copies a glib-allocated C string into Swift and frees it.
    static func takeString(_ pointer: UnsafeMutablePointer<gchar>?) -> String {
        guard let pointer else { return "" }
        defer { g_free(pointer) }
        return String(cString: pointer)
    }

    /// A cairo status as a message, or nil for success.
    static func failure(_ status: cairo_status_t) -> String? {
        status == CAIRO_STATUS_SUCCESS ? nil : String(cString: cairo_status_to_string(status))
    }
}
