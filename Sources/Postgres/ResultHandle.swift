import CLibPQ

/// Owns one `PGresult` and frees it once.
///
/// `@unchecked Sendable` is safe: libpq documents a PGresult as read-only after creation, so it may
/// be read from any thread, and nothing here mutates it.
final class ResultHandle: @unchecked Sendable {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        PQclear(pointer)
    }
}
