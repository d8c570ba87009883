import Foundation
import KroniekReading

/// Expands command-line inputs into files and loads their bytes.
enum InputFiles {
    /// Files as given; folders become the article files inside them
    /// (recursively, sorted, hidden files skipped); `-` stays `-`.
    static func expand(_ inputs: [String]) -> [String] {
        var files: [String] = []
        for input in inputs {
            var isFolder: ObjCBool = false
            if input != "-", FileManager.default.fileExists(atPath: input, isDirectory: &isFolder), isFolder.boolValue {
                let enumerator = FileManager.default.enumerator(atPath: input)
                var found: [String] = []
                while let name = enumerator?.nextObject() as? String {
                    let path = (input as NSString).appendingPathComponent(name)
                    let last = (name as NSString).lastPathComponent
                    var sub: ObjCBool = false
                    if last.hasPrefix(".") || last.hasSuffix(".json") { continue }
                    if FileManager.default.fileExists(atPath: path, isDirectory: &sub), !sub.boolValue {
                        found.append(path)
                    }
                }
                files += found.sorted()
            } else {
                files.append(input)
            }
        }
        return files
    }

    /// The bytes of `file`, or of standard input for `-`.
    static func load(_ file: String) throws(ReadError) -> Data {
        if file == "-" {
            return FileHandle.standardInput.readDataToEndOfFile()
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) else {
            throw ReadError.unreadable(file: file, reason: "no such file")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw ReadError.unreadable(file: file, reason: isFolder.boolValue ? "a folder" : "permission denied or I/O error")
        }
    }
}
