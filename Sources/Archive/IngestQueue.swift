import Dispatch
import GRDB
import Synchronization

/// Group commit for ingestion: work submitted while a transaction is being written waits, and then goes into
/// the next transaction together, each piece in a savepoint of its own.
///
/// One commit (and one sync of the write-ahead log) then serves many articles, the transactions run on a
/// dispatch queue of their own rather than on a thread of Swift's cooperative pool, and a piece's caller
/// resumes only once its transaction is committed. A piece that throws is rolled back alone; a transaction
/// that fails to commit fails every piece in it.
final class IngestQueue: Sendable {
    /// At most this many pieces go into one transaction, so that a long backlog still commits regularly.
    static let largestBatch = 64

    private struct Piece {
        let work: @Sendable (Database, inout EvidenceCache?) throws -> IngestOutcome
        let resume: @Sendable (Result<IngestOutcome, any Error>) -> Void
    }

    private struct State {
        var waiting: [Piece] = []
        var writing = false
    }

    private let state = Mutex(State())
    /// Drafts' evidence as of the last commit; only the writer's queue touches it.
    private let committedEvidence = Mutex(EvidenceCache())
    private let queue = DispatchQueue(label: "herald.archive.ingest")

    /// Runs `work` in the next transaction of `store` and returns its result once committed.
    func submit(
        to store: ArchiveStore, _ work: @escaping @Sendable (Database, inout EvidenceCache?) throws -> IngestOutcome
    ) async throws -> IngestOutcome {
        try await withCheckedThrowingContinuation { continuation in
            let piece = Piece(work: work, resume: { continuation.resume(with: $0) })
            let startsWriter = state.withLock { state in
                state.waiting.append(piece)
                guard !state.writing else { return false }
                state.writing = true
                return true
            }
            if startsWriter {
                queue.async { self.writeWhileWaiting(into: store) }
            }
        }
    }

    /// Writes batches until nothing waits.
    private func writeWhileWaiting(into store: ArchiveStore) {
        while true {
            let batch = state.withLock { state in
                let batch = Array(state.waiting.prefix(Self.largestBatch))
                state.waiting.removeFirst(batch.count)
                if batch.isEmpty { state.writing = false }
                return batch
            }
            if batch.isEmpty { return }
            write(batch, into: store)
        }
    }

    private func write(_ batch: [Piece], into store: ArchiveStore) {
        var results: [Result<IngestOutcome, any Error>] = []
        var cache = committedEvidence.withLock { $0 }
        do {
            try store.write { db in
                results = []
                // A piece's reads join the cache only if its savepoint holds, and the cache is kept only once
                // the transaction commits.
                var transactionCache: EvidenceCache? = cache
                for piece in batch {
                    let result = Result { () throws -> IngestOutcome in
                        var outcome: IngestOutcome?
                        var pieceCache = transactionCache
                        try db.inSavepoint {
                            outcome = try piece.work(db, &pieceCache)
                            return .commit
                        }
                        transactionCache = pieceCache
                        guard let outcome else { throw ArchiveError.unreadableRecord("an ingestion without outcome") }
                        return outcome
                    }
                    results.append(result.mapError { ArchiveError.from($0, path: store.path) ?? $0 })
                }
                cache = transactionCache ?? cache
            }
            committedEvidence.withLock { $0 = cache }
        } catch {
            results = batch.map { _ in .failure(error) }
        }
        for (piece, result) in zip(batch, results) {
            piece.resume(result)
        }
    }
}
