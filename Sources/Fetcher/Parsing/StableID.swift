/// Gives every entry of a feed an identifier that stays the same from one fetch to the next.
enum StableID {
    /// Fills in ``FeedEntry/id``: the GUID when there is one, else a hash of link, title and
    /// date. A GUID used by several different items of one feed is made unique with a hash of
    /// the item's link and title, so that different items never collapse into one.
    static func assign(to entries: inout [FeedEntry]) {
        var guidCounts: [String: Int] = [:]
        for entry in entries {
            if let guid = entry.guid, !guid.isEmpty { guidCounts[guid, default: 0] += 1 }
        }
        var used: Set<String> = []
        for index in entries.indices {
            let entry = entries[index]
            var id: String
            if let guid = entry.guid, !guid.isEmpty {
                id = guidCounts[guid, default: 0] > 1 ? "\(guid)#\(hash(entry.rawLink, entry.title))" : guid
            } else if let link = entry.rawLink, !link.isEmpty {
                id = "herald:link:\(hash(link))"
            } else {
                let date = entry.published ?? entry.updated
                id = "herald:item:\(hash(entry.title, date.map(FeedDate.iso8601), entry.summary?.value))"
            }
            var candidate = id
            var occurrence = 1
            while used.contains(candidate) {
                occurrence += 1
                candidate = "\(id)#\(occurrence)"
            }
            used.insert(candidate)
            entries[index].id = candidate
        }
    }

    /// A 64-bit FNV-1a hash of the parts, in hexadecimal: stable across runs and machines.
    static func hash(_ parts: String?...) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in (part ?? "").utf8 {
                value ^= UInt64(byte)
                value = value &* 0x0000_0100_0000_01B3
            }
            value ^= 0xFF
            value = value &* 0x0000_0100_0000_01B3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
