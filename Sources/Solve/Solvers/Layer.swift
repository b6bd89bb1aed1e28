/// One layer of a stack, described by the hyperparameters that decide its output shape
/// and receptive field. Strides of pooling default to the window size.
public enum Layer: Sendable, Hashable {
    /// A 2D convolution with `filters` output channels.
    case convolution(filters: Int, kernel: Size2D, stride: Size2D = 1, padding: Padding2D = 0, dilation: Size2D = 1, groups: Int = 1)
    /// Max or average pooling; `stride` nil means the window size.
    case pooling(Pooling.Kind, window: Size2D, stride: Size2D? = nil, padding: Padding2D = 0, ceilMode: Bool = false)
    /// Global average pooling: every channel to 1×1.
    case globalAveragePooling
    /// A transposed convolution with `filters` output channels; `padding` crops each side.
    case transposedConvolution(filters: Int, kernel: Size2D, stride: Size2D = 1, padding: Size2D = 0, outputPadding: Size2D = 0, dilation: Size2D = 1)
}
