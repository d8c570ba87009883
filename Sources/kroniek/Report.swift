import Foundation

/// One line on standard error, prefixed with the tool's name: how every
/// command reports a failure the user must see.
enum Report {
    static func error(_ error: Any) {
        FileHandle.standardError.write(Data("kroniek: \(error)\n".utf8))
    }
}
