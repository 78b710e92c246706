/// Look-ups in arrays sorted by token position, so that per-sentence work stays linear in the text.
extension Array {
    /// The elements whose position lies in `range`, for an array sorted by that position.
    func slice(in range: Range<Int>, position: (Element) -> Int) -> ArraySlice<Element> {
        let lower = firstIndex(atOrAfter: range.lowerBound, position: position)
        var upper = lower
        while upper < count, position(self[upper]) < range.upperBound { upper += 1 }
        return self[lower..<upper]
    }

    private func firstIndex(atOrAfter target: Int, position: (Element) -> Int) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if position(self[middle]) < target { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension EntityReading {
    /// The mentions that start and end inside a token range.
    func mentions(in range: Range<Int>) -> [EntityMention] {
        mentions.slice(in: range, position: \.first).filter { $0.end <= range.upperBound }
    }

    /// The mention that starts at a token, if any.
    func mention(startingAt index: Int) -> EntityMention? {
        mentions.slice(in: index..<(index + 1), position: \.first).first
    }

    /// The country of the demonym at a token, if it is one.
    func demonym(at index: Int) -> String? {
        demonyms.slice(in: index..<(index + 1), position: \.index).first?.code
    }
}
