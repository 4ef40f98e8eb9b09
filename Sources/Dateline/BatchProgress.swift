/// How far an `ArticleBatch` has got, for a progress line: items done, failures, bytes read and time.
public struct BatchProgress: Sendable, Hashable {
    /// Items (lines or files) whose output has been written.
    public var done: Int
    /// Of those, how many were error records.
    public var failed: Int
    /// Input bytes read so far (JSON Lines input), including read-ahead.
    public var bytesRead: Int
    /// All input bytes, when every input is a regular file; nil for standard input.
    public var totalBytes: Int?
    /// Seconds since the batch started.
    public var seconds: Double

    public init(done: Int, failed: Int, bytesRead: Int, totalBytes: Int?, seconds: Double) {
        self.done = done
        self.failed = failed
        self.bytesRead = bytesRead
        self.totalBytes = totalBytes
        self.seconds = seconds
    }

    /// Items per second.
    public var rate: Double { seconds > 0 ? Double(done) / seconds : 0 }

    /// Seconds left, estimated from the bytes still to read; nil without a total.
    public var secondsLeft: Double? {
        guard let totalBytes, totalBytes > 0, bytesRead > 0, seconds > 0 else { return nil }
        let fraction = min(1, Double(bytesRead) / Double(totalBytes))
        return seconds / fraction - seconds
    }

    /// `12,400 lines · 3,100/s · 2 failed · ETA 0:41`
    public var line: String {
        var parts = ["\(Self.grouped(done)) done", "\(Self.grouped(Int(rate.rounded())))/s"]
        if failed > 0 { parts.append("\(Self.grouped(failed)) failed") }
        if let left = secondsLeft {
            let total = Int(left.rounded())
            parts.append("ETA \(total / 60):\(total % 60 < 10 ? "0" : "")\(total % 60)")
        }
        return parts.joined(separator: " · ")
    }

    private static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
