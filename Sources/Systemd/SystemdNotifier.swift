public import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Tells systemd how the service is doing (sd_notify): READY=1 once it serves, STATUS=… in words,
/// WATCHDOG=1 while it is healthy, STOPPING=1 when it shuts down. The messages go as datagrams to
/// the Unix socket named by NOTIFY_SOCKET (a path, or `@name` in the abstract namespace); without
/// it (not started by systemd, or not Type=notify) every call does nothing.
public struct SystemdNotifier: Sendable {
    /// The socket's address as systemd gave it; nil when there is none.
    public let socket: String?
    /// How often systemd expects WATCHDOG=1 (WATCHDOG_USEC), when the watchdog is on for this
    /// process (WATCHDOG_PID, when set, is ours).
    public let watchdogInterval: Duration?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let socket = environment["NOTIFY_SOCKET"].flatMap { $0.isEmpty ? nil : $0 }
        self.socket = socket
        let pidMatches = environment["WATCHDOG_PID"].map { $0 == String(getpid()) } ?? true
        if pidMatches, let text = environment["WATCHDOG_USEC"], let micro = Int64(text), micro > 0 {
            watchdogInterval = .microseconds(micro)
        } else {
            watchdogInterval = nil
        }
    }

    public var isEnabled: Bool { socket != nil }

    /// The service is up: serving, its first connections made. `status` says how it is.
    public func ready(status: String) {
        send("READY=1\nSTATUS=\(Self.oneLine(status))")
    }

    public func status(_ text: String) {
        send("STATUS=\(Self.oneLine(text))")
    }

    public func watchdog() {
        send("WATCHDOG=1")
    }

    public func stopping() {
        send("STOPPING=1\nSTATUS=stopping")
    }

    /// Sends one notification; false when there is no socket or it could not be sent.
    @discardableResult
    public func send(_ state: String) -> Bool {
        guard let socket else { return false }
        let descriptor = Glibc.socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var path = Array(socket.utf8)
        // "@name" is Linux's abstract namespace: a leading NUL byte instead of the "@".
        if path.first == UInt8(ascii: "@") { path[0] = 0 }
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard path.count < capacity else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { bytes in
            bytes.copyBytes(from: path)
        }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + path.count + (path.first == 0 ? 0 : 1))
        let bytes = Array(state.utf8)
        let sent = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                sendto(descriptor, bytes, bytes.count, Int32(MSG_NOSIGNAL), socketAddress, length)
            }
        }
        return sent == bytes.count
    }

    /// STATUS is one line: line breaks become spaces.
    public static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
