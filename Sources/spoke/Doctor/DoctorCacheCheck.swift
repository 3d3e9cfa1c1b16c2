import CRMCache
import Foundation

/// The cache line: where this portal's cache file is and how big, or that there is none yet.
enum DoctorCacheCheck {
    /// Checks the folder (it must be writable, and only its owner's) and names the portal's file.
    static func check(directory: URL, portalKey: String) -> DoctorCheck {
        let manager = FileManager.default
        let folder = directory.path
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: folder, isDirectory: &isFolder) else {
            return .passed("cache", "\(folder) (made on the first browse)")
        }
        guard isFolder.boolValue, manager.isWritableFile(atPath: folder) else {
            return .failed(
                "cache", "\(folder) is not a folder Spoke can write to",
                fix: "remove it, or pass --cache-dir with another folder (Spoke makes it, mode 700)")
        }
        if let mode = TokenSource.mode(of: folder), mode & 0o077 != 0 {
            // The cache holds CRM data: people's names, emails, notes.
            return .failed(
                "cache", "\(folder) is readable by others (mode \(String(mode, radix: 8)))", fix: "chmod 700 \(folder)")
        }
        let file = directory.appendingPathComponent("\(portalKey).sqlite").path
        guard let size = (try? manager.attributesOfItem(atPath: file))?[.size] as? Int else {
            return .passed("cache", "\(file) (not made yet: the first browse makes it)")
        }
        return .passed("cache", "\(file), \(ByteText.format(Int64(size)))")
    }
}
