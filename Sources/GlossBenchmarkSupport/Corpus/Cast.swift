/// The people and places of one article: who each sample person became, who was introduced.
struct Cast {
    struct Person {
        var fullName: String
        var surname: String
    }

    let mainPlace: String
    private var renamed: [Int: Person] = [:]
    private var introduced: [Person] = []

    init(mainPlace: String) { self.mainPlace = mainPlace }

    mutating func newPerson(random: inout SeededRandom) -> Person {
        let first = random.pick(NewsPhrasebook.firstNames)
        let last = random.pick(NewsPhrasebook.surnames)
        let middle = random.chance(15) ? " " + random.pick(["A.", "J.", "K.", "M.", "R.", "T."]) : ""
        return Person(fullName: first + middle + " " + last, surname: last)
    }

    mutating func render(_ template: TextTemplate, random: inout SeededRandom) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        var current: Person?
        for piece in template.pieces {
            switch piece {
            case .literal(let text):
                bytes.append(contentsOf: text)
            case .person(let index):
                bytes.append(contentsOf: sample(index, random: &random).fullName.utf8)
            case .surname(let index):
                bytes.append(contentsOf: sample(index, random: &random).surname.utf8)
            case .newPerson:
                // Now and then someone already in the article speaks again.
                let person = !introduced.isEmpty && random.chance(35) ? random.pick(introduced) : newPerson(random: &random)
                if !introduced.contains(where: { $0.fullName == person.fullName }) { introduced.append(person) }
                current = person
                bytes.append(contentsOf: person.fullName.utf8)
            case .newSurname:
                let person = current ?? introduced.last ?? newPerson(random: &random)
                bytes.append(contentsOf: person.surname.utf8)
            case .place:
                bytes.append(contentsOf: (random.chance(60) ? mainPlace : random.pick(NewsPhrasebook.places)).utf8)
            case .organisation:
                bytes.append(contentsOf: random.pick(NewsPhrasebook.organisations).utf8)
            case .number(let digits):
                bytes.append(UInt8(0x30 + random.number(1...9)))
                for _ in 1..<max(1, digits) { bytes.append(UInt8(0x30 + random.number(0...9))) }
            case .year:
                bytes.append(contentsOf: String(random.number(1990...2025)).utf8)
            case .choice(let options):
                bytes.append(contentsOf: random.pick(options))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func sample(_ index: Int, random: inout SeededRandom) -> Person {
        if let person = renamed[index] { return person }
        let person = newPerson(random: &random)
        renamed[index] = person
        introduced.append(person)
        return person
    }
}
