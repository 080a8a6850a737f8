/// The content types the API sends.
enum MediaTypes {
    static let json = "application/json; charset=utf-8"
    static let problem = "application/problem+json"
    static let csv = "text/csv; charset=utf-8"
    static let prometheus = "text/plain; version=0.0.4; charset=utf-8"
}
