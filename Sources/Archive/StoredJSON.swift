import Foundation
import Generator

/// The JSON the archive stores values as: sorted keys, ISO 8601 instants. Every store backend uses it, so that
/// what one stores the other reads.
@_spi(StoreBackend)
public enum StoredJSON {
    public static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    public static func decode<Value: Decodable>(_ type: Value.Type, from text: String) throws -> Value {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(type, from: Data(text.utf8))
        } catch let error as DecodingError {
            throw ArchiveError.unreadableRecord("\(Value.self): \(error.summary)")
        }
    }
}
