import Yams

/// One node of the document with its key path: read it as a value, a mapping or a list.
///
/// Nothing here throws: problems go to the shared `ReadContext` and the result is nil (or an empty list), so the
/// caller carries on and the rest of the file is still checked.
struct NodeReader {
    let node: Node
    let keyPath: ConfigKeyPath
    /// Where a key missing inside this node is reported: the key that names the node, as that is where an
    /// operator would add it.
    let anchor: SourcePosition
    let context: ReadContext

    var position: SourcePosition { SourcePosition(node.mark) }

    /// The value, or nil after reporting why it is not one.
    func value<Value>(_ type: ValueType<Value>) -> Value? {
        switch type.decode(node, in: context) {
        case .success(let value):
            return value
        case .failure(let problem):
            context.report(problem.message, at: position, keyPath: keyPath)
            return nil
        }
    }

    /// Reads the node as a mapping with `body`, then reports the keys `body` did not ask about as unknown.
    ///
    /// A null node (`log:` with nothing after it, or every key commented out) reads as an empty mapping, so
    /// defaults apply and required keys are reported as missing. Anything else is reported and gives nil.
    func mapping<Section>(_ body: (MappingReader) -> Section?) -> Section? {
        let reader: MappingReader
        switch node {
        case .mapping(let mapping):
            reader = MappingReader(mapping: mapping, keyPath: keyPath, anchor: anchor, context: context)
        case _ where node.isNull:
            reader = MappingReader(mapping: nil, keyPath: keyPath, anchor: anchor, context: context)
        default:
            context.report("expected a mapping, got \(node.foundDescription)", at: position, keyPath: keyPath)
            return nil
        }
        let result = body(reader)
        reader.reportUnknownKeys()
        return result
    }

    /// Reads each element of a list with `element`, keeping those that read; a null node is an empty list.
    func sequence<Element>(_ element: (NodeReader) -> Element?) -> [Element] {
        switch node {
        case .sequence(let sequence):
            return sequence.enumerated().compactMap { index, child in
                element(
                    NodeReader(
                        node: child,
                        keyPath: keyPath.appending(index: index),
                        anchor: SourcePosition(child.mark),
                        context: context
                    )
                )
            }
        case _ where node.isNull:
            return []
        default:
            context.report("expected a list, got \(node.foundDescription)", at: position, keyPath: keyPath)
            return []
        }
    }
}

extension NodeReader {
    /// Reports a problem with this node's key (a name the operator chose that is not allowed).
    func report(_ message: String) {
        context.report(message, at: anchor, keyPath: keyPath)
    }
}
