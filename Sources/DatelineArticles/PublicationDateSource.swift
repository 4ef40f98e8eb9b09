/// Where a publication date came from.
public enum PublicationDateSource: String, Sendable, Hashable, Codable {
    /// `--published` on the command line.
    case option
    /// A `Published:` / `Date:` header line or front matter field.
    case header
    /// The first line was a bare date.
    case firstLine
    /// A dateline such as `SEOUL, June 26, 2025 (Yonhap) --` or `June 26, 2025 —` in the first lines of the body.
    case dateline
}
