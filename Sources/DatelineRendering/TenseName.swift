import DatelineNormalizer

/// The names the timeline document and JSON give a sentence's tense: `past`, `present`, `future`.
enum TenseName {
    static func name(_ tense: Tense) -> String {
        switch tense {
        case .past: "past"
        case .present: "present"
        case .future: "future"
        }
    }

    static func tense(_ name: String) -> Tense? {
        switch name {
        case "past": .past
        case "present": .present
        case "future": .future
        default: nil
        }
    }
}
