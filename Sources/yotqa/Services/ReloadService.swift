import Config
import Dispatch
import Foundation
import Logging
import ServiceLifecycle
import Systemd

#if canImport(Glibc)
    import Glibc
#endif

/// Reloads the config on SIGHUP (`systemctl reload yotqa`): the file is read and checked again; a
/// file with a problem is refused, with its problems logged, and the config in force stays; a good
/// one replaces what can change without a restart, and what cannot is named in the log.
struct ReloadService: Service {
    let state: ServeState
    let load: @Sendable () throws -> YotqaConfig
    let notifier: SystemdNotifier
    let logger: Logger

    func run() async throws {
        signal(SIGHUP, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: DispatchQueue(label: "yotqa.sighup"))
        let (hangups, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        source.setEventHandler { continuation.yield() }
        source.resume()
        defer { source.cancel() }
        for await _ in hangups.cancelOnGracefulShutdown() {
            reload()
        }
    }

    func reload() {
        notifier.send("RELOADING=1")
        do {
            let restart = try state.reload(try load())
            logger.notice("config reloaded")
            if !restart.isEmpty {
                logger.warning("changes to \(restart.joined(separator: "; ")) take effect after a restart")
            }
            notifier.send("READY=1\nSTATUS=config reloaded")
        } catch {
            logger.error("config reload refused, the config in force stays: \(error)")
            notifier.send("READY=1\nSTATUS=config reload refused: \(SystemdNotifier.oneLine("\(error)"))")
        }
    }
}
