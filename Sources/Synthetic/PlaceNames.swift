/// Invented place-like service names ("Corvmere Youth Justice Service"): syllables chosen not to make
/// the names of real councils or of people.
enum PlaceNames {
    private static let heads = [
        "Brack", "Corv", "Dreln", "Fallow", "Grist", "Harl", "Kelv", "Lorn", "Marsk", "Norv", "Pell", "Quen",
        "Rusk", "Skel", "Tarn", "Vell", "Wisp", "Yorl",
    ]
    private static let tails = ["mere", "holt", "wick", "stead", "combe", "moor", "thorpe", "ley", "dene", "shaw"]

    /// The name of service `index`; distinct for the first 180 services.
    static func name(_ index: Int) -> String {
        let head = heads[index % heads.count]
        let tail = tails[(index / heads.count + index) % tails.count]
        let name = head + tail + " Youth Justice Service"
        return index < heads.count * tails.count ? name : name + " " + String(index + 1)
    }
}
