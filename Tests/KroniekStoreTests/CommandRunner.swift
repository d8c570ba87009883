import Foundation

/// Runs the built `kroniek` binary as a user would, and writes invented
/// article files for it.
enum CommandRunner {
    static var binary: URL {
        // The test bundle sits beside the executable in the build folder.
        var url = Bundle.main.bundleURL
        while url.pathComponents.count > 1, !FileManager.default.fileExists(atPath: url.appendingPathComponent("kroniek").path) {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("kroniek")
    }

    static func run(_ arguments: [String], stdin: Data? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes at once so a full stderr cannot block the child.
        let errData = Mutexed<Data>()
        let reader = Thread { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errData.isSet { Thread.sleep(forTimeInterval: 0.01) }
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData.value, as: UTF8.self))
    }

    /// A folder of files written for one test.
    static func folder(_ files: [String: Data]) throws -> URL {
        let url = try StoreFixture.temporaryFolder()
        for (name, data) in files { try data.write(to: url.appendingPathComponent(name)) }
        return url
    }
}

/// A value set once by another thread.
final class Mutexed<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?

    func set(_ value: Value) { lock.withLock { stored = value } }
    var isSet: Bool { lock.withLock { stored != nil } }
    var value: Value { lock.withLock { stored! } }
}

/// Invented plain-text articles on fighting between countries, varied by
/// number so each has its own text.
enum GeneratedArticles {
    static let countries = [
        ("Turkije", "Turkse"), ("Syrië", "Syrische"), ("Rusland", "Russische"), ("Irak", "Iraakse"), ("Iran", "Iraanse"),
        ("Libanon", "Libanese"), ("Egypte", "Egyptische"), ("Jordanië", "Jordaanse"),
    ]
    static let weekdays = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]

    static func article(_ n: Int) -> String {
        let attacker = countries[n % countries.count]
        let target = countries[(n / countries.count + n + 1) % countries.count]
        let day = weekdays[n % weekdays.count]
        return """
            \(attacker.0) valt doelen in \(target.0) aan

            Het \(attacker.1) leger heeft \(day) doelen in \(target.0) beschoten. Daarbij kwamen \(n % 40 + 2) \(target.1) soldaten om het leven.

            De \(target.1) regering veroordeelde de aanval. Rusland riep beide landen op tot kalmte.
            """
    }

    static func folder(count: Int) throws -> URL {
        try CommandRunner.folder(
            Dictionary(uniqueKeysWithValues: (0..<count).map { (String(format: "artikel-%04d.txt", $0), Data(article($0).utf8)) }))
    }
}
