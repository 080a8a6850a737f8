/// A service with how its indicators stand: one row of `GET /v1/services`.
struct ServiceSummary: Encodable {
    struct Ratings: Encodable {
        var red: Int
        var amber: Int
        var green: Int
        var unrated: Int
    }

    var id: String
    var name: String
    var ratings: Ratings
    var openAlerts: Int
}

struct ServicesBody: Encodable {
    var snapshot: SnapshotRef
    var services: [ServiceSummary]
}
