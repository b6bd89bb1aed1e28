/// One step of an edit script from a reference to a candidate.
public enum EditOperation: UInt8, Sendable, Codable {
    /// The reference symbol appears unchanged.
    case match
    /// The reference symbol was replaced by a candidate symbol.
    case substitute
    /// A candidate symbol with no reference counterpart.
    case insert
    /// A reference symbol with no candidate counterpart.
    case delete
}
