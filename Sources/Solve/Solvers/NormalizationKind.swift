/// The normalization layers of a `(N, C, H, W)` activation, and which axes each one
/// averages over when it computes its mean and variance.
public enum NormalizationKind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case batch
    case layer
    case instance
    /// Group norm: channels are split into groups; statistics over one group's channels.
    case group

    /// The axes the mean and variance are reduced over, e.g. `["N", "H", "W"]` for batch norm.
    /// For group norm, `"C"` means only the channels of one group.
    public var reducedAxes: [String] {
        switch self {
        case .batch: ["N", "H", "W"]
        case .layer: ["C", "H", "W"]
        case .instance: ["H", "W"]
        case .group: ["C", "H", "W"]
        }
    }

    /// What gets its own mean and variance: one per channel (batch), per sample (layer),
    /// per sample and channel (instance), per sample and group (group; `"G"` = group).
    public var statisticsPer: [String] {
        switch self {
        case .batch: ["C"]
        case .layer: ["N"]
        case .instance: ["N", "C"]
        case .group: ["N", "G"]
        }
    }

    /// Whether the statistics mix different samples (so train and test behaviour differ).
    public var dependsOnBatch: Bool { self == .batch }

    /// `"batch norm reduces over N, H, W (one mean/variance per C)"`.
    public var description: String {
        let scope = self == .group ? " (channels within a group)" : ""
        return "\(rawValue) norm reduces over \(reducedAxes.joined(separator: ", "))\(scope); one mean/variance per \(statisticsPer.joined(separator: ", "))"
    }
}
