#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Calls `body` with NUL-terminated copies of `pairs` as two NULL-terminated C arrays (the shape
/// of `PQconnectdbParams`); the copies live only for the call.
func withCStringArrays<R>(
    _ pairs: [(String, String)],
    _ body: (UnsafePointer<UnsafePointer<CChar>?>, UnsafePointer<UnsafePointer<CChar>?>) -> R
) -> R {
    let keywords = pairs.map { strdup($0.0) }
    let values = pairs.map { strdup($0.1) }
    defer {
        for copy in keywords + values { free(copy) }
    }
    let keywordArray = keywords.map { UnsafePointer($0) } + [nil]
    let valueArray = values.map { UnsafePointer($0) } + [nil]
    return keywordArray.withUnsafeBufferPointer { k in
        valueArray.withUnsafeBufferPointer { v in body(k.baseAddress!, v.baseAddress!) }
    }
}

/// Calls `body` with C strings for `values`, nil staying a null pointer (SQL NULL).
func withOptionalCStrings<R>(_ values: [String?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
    let copies = values.map { $0.map { strdup($0) } ?? nil }
    defer {
        for copy in copies { free(copy) }
    }
    return body(copies.map { $0.map { UnsafePointer($0) } })
}
