/// The shape of a feature map (height × width × channels) and the output-size arithmetic
/// of convolution and pooling layers:
///
///     out = ⌊(H + P_before + P_after − D·(K−1) − 1) / S⌋ + 1
///
/// (with `ceilMode`, ⌈…⌉ instead, and a last window that would start entirely in the
/// trailing padding is dropped, as PyTorch does).
public struct LayerShape: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How to order the dimensions when reporting a shape.
    public enum Layout: String, Sendable, Hashable, Codable, CaseIterable {
        case hwc = "HWC"
        case chw = "CHW"
    }

    public var height: Int
    public var width: Int
    public var channels: Int
    /// The number of examples when the shape is a mini-batch's (`(8, 3, 64, 64)`); a layer
    /// keeps it, and ``dimensions(_:)`` puts it first.
    public var batch: Int?

    public init(height: Int, width: Int, channels: Int, batch: Int? = nil) {
        self.height = height
        self.width = width
        self.channels = channels
        self.batch = batch
    }

    /// The shape whose ``dimensions(_:)`` in `layout` are `dimensions`: three, or four with the
    /// batch first; nil otherwise.
    public init?(dimensions: [Int], layout: Layout) {
        guard dimensions.count == 3 || dimensions.count == 4 else { return nil }
        let batch = dimensions.count == 4 ? dimensions[0] : nil
        let d = Array(dimensions.suffix(3))
        self = layout == .hwc ? LayerShape(height: d[0], width: d[1], channels: d[2], batch: batch)
            : LayerShape(height: d[1], width: d[2], channels: d[0], batch: batch)
    }

    /// `"14×14×32"` (height × width × channels), after the batch when there is one.
    public var description: String {
        let example = "\(height)×\(width)×\(channels)"
        guard let batch else { return example }
        return "\(batch)×" + example
    }

    /// The dimensions in the given layout, the batch first when there is one.
    public func dimensions(_ layout: Layout = .hwc) -> [Int] {
        let example = layout == .hwc ? [height, width, channels] : [channels, height, width]
        guard let batch else { return example }
        return [batch] + example
    }

    /// The same shape without its batch dimension: one example's.
    public var example: LayerShape { LayerShape(height: height, width: width, channels: channels) }

    /// The shape as an ``Answer/shape(dimensions:layout:)`` answer.
    public func answer(_ layout: Layout = .hwc) -> Answer {
        .shape(dimensions: dimensions(layout), layout: (batch == nil ? "" : "N") + layout.rawValue)
    }

    /// Output length along one axis of a convolution or pooling window.
    public static func outputLength(
        input: Int, kernel: Int, stride: Int = 1, padding: Padding = .none, dilation: Int = 1, ceilMode: Bool = false
    ) throws -> Int {
        try Check.positive(input, "input size")
        try Check.positive(kernel, "kernel size")
        try Check.positive(stride, "stride")
        try Check.positive(dilation, "dilation")
        try padding.validate("padding")
        let padded = try Check.add(input, padding.total)
        let extent = try Check.add(Check.multiply(dilation, kernel - 1), 1)
        guard extent <= padded else { throw SolverError.kernelTooLarge(kernel: extent, paddedInput: padded) }
        let span = padded - extent
        if !ceilMode { return span / stride + 1 }
        var count = span / stride + (span % stride == 0 ? 0 : 1) + 1
        // The last window must start inside the input or the leading padding.
        let (lastStart, overflow) = (count - 1).multipliedReportingOverflow(by: stride)
        if overflow || lastStart >= input + padding.before { count -= 1 }
        return count
    }

    /// The shape after one layer.
    public func applying(_ layer: Layer) throws -> LayerShape {
        var shape = try example.applying(oneExample: layer)
        shape.batch = batch
        return shape
    }

    private func applying(oneExample layer: Layer) throws -> LayerShape {
        try Check.positive(height, "height")
        try Check.positive(width, "width")
        try Check.positive(channels, "channels")
        switch layer {
        case .convolution(let filters, let kernel, let stride, let padding, let dilation, let groups):
            try Check.positive(filters, "filters")
            try Check.positive(groups, "groups")
            guard channels % groups == 0, filters % groups == 0 else {
                throw SolverError.invalidParameter(name: "groups", reason: "\(groups) must divide \(channels) input and \(filters) output channels")
            }
            return LayerShape(
                height: try Self.outputLength(input: height, kernel: kernel.rows, stride: stride.rows, padding: padding.rows, dilation: dilation.rows),
                width: try Self.outputLength(input: width, kernel: kernel.columns, stride: stride.columns, padding: padding.columns, dilation: dilation.columns),
                channels: filters)
        case .pooling(_, let window, let stride, let padding, let ceilMode):
            let step = stride ?? window
            return LayerShape(
                height: try Self.outputLength(input: height, kernel: window.rows, stride: step.rows, padding: padding.rows, ceilMode: ceilMode),
                width: try Self.outputLength(input: width, kernel: window.columns, stride: step.columns, padding: padding.columns, ceilMode: ceilMode),
                channels: channels)
        case .globalAveragePooling:
            return LayerShape(height: 1, width: 1, channels: channels)
        case .transposedConvolution(let filters, let kernel, let stride, let padding, let outputPadding, let dilation):
            try Check.positive(filters, "filters")
            return LayerShape(
                height: try TransposedConvolution.outputLength(input: height, kernel: kernel.rows, stride: stride.rows, padding: padding.rows, outputPadding: outputPadding.rows, dilation: dilation.rows),
                width: try TransposedConvolution.outputLength(input: width, kernel: kernel.columns, stride: stride.columns, padding: padding.columns, outputPadding: outputPadding.columns, dilation: dilation.columns),
                channels: filters)
        }
    }

    /// The shapes after each layer of a stack, in order (the last one is the stack's output).
    public func applying(_ layers: [Layer]) throws -> [LayerShape] {
        var current = self
        var shapes: [LayerShape] = []
        for layer in layers {
            current = try current.applying(layer)
            shapes.append(current)
        }
        return shapes
    }
}
