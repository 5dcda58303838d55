/// Invented names and paragraph shapes that generated articles draw on besides the sample articles: more
/// people, places, organisations and news sites, and paragraphs with the quotation patterns news uses
/// (direct, partial, indirect, a speaker before or after, a quote running over two sentences).
/// All of it was written for this project; none of the people, places or events exist.
enum NewsPhrasebook {
    static let firstNames = [
        "Adaeze", "Bram", "Carys", "Dmitri", "Elif", "Fergus", "Guadalupe", "Hemi", "Ilse", "Jonah", "Kiri",
        "Leopold", "Maren", "Nikhil", "Odile", "Paulo", "Quinn", "Rosalind", "Soren", "Tamsin", "Ugo", "Vesna",
        "Wendell", "Ximena", "Yannick", "Zofia", "Anselm", "Birgit", "Cosmo", "Delphine", "Eamon", "Farida",
        "Gideon", "Hana", "Ivo", "Juniper", "Kasimir", "Lucia", "Matthias", "Nadia",
    ]
    static let surnames = [
        "Achterberg", "Bellweather", "Castellano", "Dunmore", "Eriksen", "Fairbrother", "Gallardo", "Hartigan",
        "Iwu", "Jaramillo", "Kettering", "Loughlin", "Mbeki-Shaw", "Nordgren", "Oyelaran", "Pettigrew",
        "Quenneville", "Rasmussen", "Sarrazin", "Thistlewood", "Umberger", "Valcourt", "Whitcombe", "Yilmaz",
        "Zamora", "Abernethy", "Brightwater", "Coldiron", "Delacroix-Hume", "Ellery", "Frobisher", "Goldhawk",
        "Hollingsworth", "Inverarity", "Jessop", "Kowalski", "Lindgren", "Moreau", "Nakashima", "Ostrowski",
    ]
    static let places = [
        "Harwick", "Port Saffron", "Elmsbury", "Lake Tarrow", "Greystone Bay", "Caddon Hills", "New Aldwych",
        "Fennimore", "Ashby Cross", "Marrowdale", "Silvermouth", "Kestle", "Oban Ridge", "Wrenfield",
        "St. Orla", "Thornquay", "Lowater", "Breckon Falls", "Dunmere", "Calloway Point",
    ]
    static let organisations = [
        "the Harwick Water Board", "Port Saffron Council", "the Elmsbury Teachers' Federation",
        "Greystone Freight Ltd.", "the Lake Tarrow Conservancy", "Caddon Health Trust", "the Regional Audit Office",
        "Wrenfield Rail", "the Dunmere Chamber of Commerce", "Silvermouth Energy Co.", "the Coastal Pilots' Guild",
        "the Ministry of Rural Affairs", "Thornquay University", "the Northern Growers' Association",
    ]
    static let roles = [
        "a spokesperson for", "the chief executive of", "a senior engineer at", "the head of", "a researcher at",
        "the treasurer of", "a board member of", "the operations manager at", "a lawyer for", "an adviser to",
    ]
    static let agencies = ["Gloss Wire", "Coastline Press", "Meridian News Service", "the Northern Desk", "Harbour Wire"]
    static let sites = [
        "The Riverton Ledger", "Coastline Daily", "The Kestle Examiner", "Valley Morning Post", "The Harwick Courier",
        "Northern Ridge Gazette", "The Lowater Bulletin", "Silvermouth Today",
    ]
    static let headlineShapes = [
        "{place} council delays vote on {topic}", "{org} to cut {nn} jobs as costs rise",
        "Residents of {place} fight plan for {topic}", "{person} named to lead inquiry into {topic}",
        "Storm leaves {nnn} homes in {place} without power", "Talks collapse over {topic}",
        "{place} votes to keep {topic} after heated meeting", "New report questions {topic}",
        "{org} admits errors in handling of {topic}", "{place} school reopens {n} months after flood",
    ]
    static let topics = [
        "the harbour wall", "bus fares", "the new library", "water charges", "the ring road", "night ferries",
        "the hospital merger", "school meals", "the wind farm", "rural broadband", "the fish market",
        "housing on the old rail yard", "the town's last bank branch", "river dredging",
    ]

    /// Paragraph shapes with placeholders (see ``TextTemplate/init(placeholders:)``); `{topic}` is not a
    /// placeholder there, so topics are filled in first by the composer.
    static let paragraphs = [
        "“We have been patient for {n} years, and patience has not fixed a single pipe,” said {person}, who chairs the residents' group. “Now we want a date.”",
        "{person}, {role} {org}, said the plan would be reviewed “line by line” before the board met on {month} {n}.",
        "{person} told reporters that {topic} had cost {org} about {nnn} million dollars so far, and that a full account would be published “within weeks.”",
        "“It is not a question of money,” {surname} said. “It is a question of whether anyone is still listening.”",
        "According to {person}, the council had received {nnn} objections, most of them from families living within a mile of the site.",
        "Asked whether {org} would appeal, {surname} said only: “We are reading the judgment carefully.”",
        "{person} said {topic} was “the wrong answer to the right question,” and urged councillors to wait for the independent survey.",
        "The decision was welcomed by {org}. “This is what people in {place} asked for,” said {person}. “They were heard.”",
        "“I have lived here for {nn} years,” said {person}, {nn}, a retired {job}. “I have never seen the water this high.” {surname} said neighbours had moved their cars to higher ground by {n} p.m.",
        "In a letter seen by reporters, {person} warned that {topic} could be delayed until {year} unless funding was agreed by the end of the month.",
        "Officials in {place} said they expected about {n},{nnn} visitors over the weekend, roughly {nn} percent more than last year.",
        "{surname} declined to comment on the figures, saying the review was still under way. A second official, who asked not to be named, said the numbers were “broadly right.”",
        "“Nobody wants a strike,” said {person}. “But nobody wants to work a {nn}-hour shift on a boat that should have been retired in {year}, either.”",
        "The survey of {nnn} households, carried out by {org} in {month}, found that {nn} percent had cut back on heating.",
    ]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]
    static let jobs = ["teacher", "ferry pilot", "nurse", "baker", "postal worker", "welder", "librarian", "electrician"]
}
