/// Which way is better for an indicator: higher (H), lower (L), or neither (N, context only).
public enum Direction: String, Sendable, CaseIterable {
    case higher, lower, neutral
}
