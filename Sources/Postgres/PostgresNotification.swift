import CLibPQ

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One notification sent by `NOTIFY channel, 'payload'` (or `pg_notify`) to a session that
/// listens on the channel.
public struct PostgresNotification: Sendable, Equatable {
    /// The channel, as named in `LISTEN` (folded to lower case unless it was quoted).
    public var channel: String
    /// The payload; empty when the notifier gave none.
    public var payload: String
    /// The backend process that sent it; the listener's own when a session notifies itself.
    public var processID: Int32

    public init(channel: String, payload: String, processID: Int32) {
        self.channel = channel
        self.payload = payload
        self.processID = processID
    }
}

extension ConnectionCore {
    /// The notifications received so far; when there are none, waits for one at most `timeout`,
    /// and returns [] if none came.
    ///
    /// A connection that is not open is opened first, but one that the server closed is not
    /// replaced silently as it is before a statement: the new session would not be listening, so
    /// the caller is told (`connectionLost`, and the connection is closed) and must issue its
    /// LISTEN again, which the next call's reconnection makes possible.
    func notifications(waitingUpTo timeout: Duration) throws(PostgresError) -> [PostgresNotification] {
        try refuseIfAbandoned(nil)
        if connection == nil { try ensureConnected() }
        let deadline = ContinuousClock.now + max(timeout, .zero)
        var hungUp = false
        while true {
            guard let connection else { throw PostgresError(.usage, "not connected") }
            // Reads what has arrived without blocking, then takes the notifications libpq parsed,
            // including those it queued while running earlier statements.
            let consumed = PQconsumeInput(connection) == 1
            collectNotifications()
            if !received.isEmpty {
                defer { received = [] }
                return received
            }
            if !consumed || hungUp || PQstatus(connection) != CONNECTION_OK || PQsocket(connection) < 0 {
                let reason = Self.trimmedMessage(PQerrorMessage(connection))
                close()
                throw PostgresError(
                    .connectionLost,
                    "the connection to PostgreSQL was lost while waiting for notifications"
                        + (reason.isEmpty ? "" : ": \(reason)"))
            }
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else { return [] }
            var descriptor = pollfd(fd: PQsocket(connection), events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(clamping: remaining.wholeMilliseconds))
            if ready < 0 && errno != EINTR {
                let reason = String(cString: strerror(errno))
                close()
                throw PostgresError(.connectionLost, "could not wait for notifications: \(reason)")
            }
            hungUp = ready > 0 && descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
        }
    }

    /// Moves the notifications that libpq has queued into `received`, freeing libpq's copies.
    func collectNotifications() {
        guard let connection else { return }
        while let notification = PQnotifies(connection) {
            received.append(
                PostgresNotification(
                    channel: String(cString: notification.pointee.relname),
                    payload: notification.pointee.extra.map { String(cString: $0) } ?? "",
                    processID: notification.pointee.be_pid))
            PQfreemem(notification)
        }
    }
}
