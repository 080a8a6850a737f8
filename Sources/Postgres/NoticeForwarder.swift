import CLibPQ
import Logging

/// Sends the server's notices (`NOTICE: schema "yotqa" already exists, skipping`) to the logger at
/// debug level instead of letting libpq print them on stderr.
final class NoticeForwarder {
    let logger: Logger

    init(logger: Logger) {
        self.logger = logger
    }

    /// The hook holds the forwarder unretained: its owner (the connection core) keeps it alive for
    /// longer than the `PGconn`, which it finishes before it is itself released.
    func install(on connection: OpaquePointer) {
        _ = PQsetNoticeReceiver(
            connection,
            { argument, result in
                guard let argument, let result else { return }
                let forwarder = Unmanaged<NoticeForwarder>.fromOpaque(argument).takeUnretainedValue()
                let message = PQresultErrorField(result, Int32(UInt8(ascii: "M"))).map { String(cString: $0) }
                let severity = PQresultErrorField(result, Int32(UInt8(ascii: "V"))).map { String(cString: $0) }
                forwarder.logger.debug("PostgreSQL \(severity ?? "NOTICE"): \(message ?? "")")
            }, Unmanaged.passUnretained(self).toOpaque())
    }
}
