/// A stack of convolution and pooling layers read from a statement, with the shape of
/// its input when the statement gives one.
struct LayerStack: Sendable, Hashable {
    var input: LayerShape?
    /// How the statement wrote the input's dimensions.
    var inputLayout: LayerShape.Layout?
    var layers: [Layer]
    /// The phrases each layer (and the input) was read from.
    var phrases: [String]

    /// The stages along one side, for the receptive field; nil when a kernel is not square.
    var stages: [ReceptiveField.Stage]? {
        var stages: [ReceptiveField.Stage] = []
        for layer in layers {
            switch layer {
            case .convolution(_, let kernel, let stride, _, let dilation, _):
                guard kernel.rows == kernel.columns, stride.rows == stride.columns else { return nil }
                stages.append(ReceptiveField.Stage(kernel: kernel.rows, stride: stride.rows, dilation: dilation.rows))
            case .pooling(_, let window, let stride, _, _):
                let step = stride ?? window
                guard window.rows == window.columns, step.rows == step.columns else { return nil }
                stages.append(ReceptiveField.Stage(kernel: window.rows, stride: step.rows))
            case .globalAveragePooling, .transposedConvolution:
                return nil
            }
        }
        return stages
    }
}
