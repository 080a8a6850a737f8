public import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes each message as an .eml file into a folder: for the demo, and for councils whose mail
/// goes out through another system that collects the files.
///
/// The file is named after the Message-ID, so trying one message again replaces its file instead
/// of making a second one; it is written to a temporary name first and renamed, so a collector
/// never sees half a message.
public struct FileTransport: MailTransport {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    public func deliver(_ envelope: Envelope) async -> DeliveryReport {
        let file = folder.appendingPathComponent(Self.fileName(envelope.messageID))
        let temporary = folder.appendingPathComponent(".\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(envelope.message.utf8).write(to: temporary)
            // On disk before it counts as sent: a power cut must not lose a message recorded as sent.
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.synchronize()
            try handle.close()
            // rename(2) replaces an existing file in one step.
            guard rename(temporary.path, file.path) == 0 else {
                throw CocoaError(
                    .fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
            return DeliveryReport(outcome: .sent, reply: "written to \(file.path)")
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            return DeliveryReport(outcome: .temporaryFailure, reply: "could not write \(file.path): \(error)")
        }
    }

    /// The Message-ID with anything but letters, digits, `.`, `-` and `_` replaced by `_`.
    static func fileName(_ messageID: String) -> String {
        let safe = messageID.unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", ".", "-", "_": Character(scalar)
            default: "_"
            }
        }
        return String(safe) + ".eml"
    }
}
