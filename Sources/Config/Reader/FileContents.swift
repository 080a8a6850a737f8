#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole file with POSIX calls, because the operator needs the OS's own words ("Permission denied",
/// "No such file or directory"), which Foundation's errors wrap in prose of their own.
enum FileContents {
    /// The UTF-8 text of the file at `path`, or the reason it cannot be had.
    static func load(_ path: String) -> Result<String, ReadFailure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(.system(errno))
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress, buffer.count)
            }
            if count < 0 {
                if errno == EINTR {
                    continue
                }
                return .failure(.system(errno))
            }
            if count == 0 {
                break
            }
            bytes += chunk[..<count]
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(.notUTF8)
        }
        return .success(text)
    }

    enum ReadFailure: Error, CustomStringConvertible {
        case system(Int32)
        case notUTF8

        var description: String {
            switch self {
            case .system(let code):
                return String(cString: strerror(code))
            case .notUTF8:
                return "the file is not UTF-8 text"
            }
        }
    }
}
