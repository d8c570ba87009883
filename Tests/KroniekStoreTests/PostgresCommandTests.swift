import Foundation
import Testing

/// What users see when the PostgreSQL store cannot be used; needs no server.
@Suite struct PostgresCommandTests {
    @Test(arguments: ["queue", "worker", "enqueue"])
    func queueCommandsNeedPostgres(command: String) throws {
        let db = try StoreFixture.temporaryFolder().appendingPathComponent("events.sqlite").path
        let arguments = command == "enqueue" ? [command, "--db", db, "artikel.txt"] : [command, "--db", db]
        let result = try CommandRunner.run(arguments)
        #expect(result.status != 0)
        #expect(
            result.err.contains(
                "'--db \(db)' is not a PostgreSQL URL; the work queue needs --db postgres://user@host:port/database."))
    }

    @Test func anUnreachableServerIsOneLine() throws {
        let url = "postgres://kroniek@127.0.0.1:1/nergens"
        let result = try CommandRunner.run(["events", "--db", url])
        #expect(result.status == 2)
        #expect(result.err.hasPrefix("kroniek: \(url): cannot open the event store ("))
        #expect(result.err.split(separator: "\n").count == 1)
    }

    @Test func theEnvironmentChoosesTheStore() throws {
        let url = "postgres://kroniek@127.0.0.1:1/uit-de-omgeving"
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["actors"]
        process.environment = ProcessInfo.processInfo.environment.merging(["KRONIEK_DB": url]) { $1 }
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message.hasPrefix("kroniek: \(url): cannot open"))
    }
}
