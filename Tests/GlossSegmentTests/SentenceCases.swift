import GlossSegment
import Testing

/// One sentence-splitting case: a text and the sentences expected, written by the project.
struct SentenceCase: CustomTestStringConvertible, Sendable {
    let category: String
    let text: String
    let sentences: [String]
    var testDescription: String { "\(category): \(text.prefix(60))" }

    init(_ category: String, _ text: String, _ sentences: [String]) {
        self.category = category
        self.text = text
        self.sentences = sentences
    }
}

let sentenceCases: [SentenceCase] = [
    // Plain stops and their combinations with quotes and brackets.
    SentenceCase("stops", "The ferry left at dawn. It never arrived.", ["The ferry left at dawn.", "It never arrived."]),
    SentenceCase("stops", "Is the bridge open? Nobody knows.", ["Is the bridge open?", "Nobody knows."]),
    SentenceCase("stops", "Run! The river is rising.", ["Run!", "The river is rising."]),
    SentenceCase("stops", "Really?! That was the plan?", ["Really?!", "That was the plan?"]),
    SentenceCase("stops", "We won!!! Celebrations lasted all night.", ["We won!!!", "Celebrations lasted all night."]),
    SentenceCase("quotes", "“We are not leaving,” Ms. Haddad said.", ["“We are not leaving,” Ms. Haddad said."]),
    SentenceCase("quotes", "He called it “a disgrace.” Then he left the room.", ["He called it “a disgrace.”", "Then he left the room."]),
    SentenceCase("quotes", "“Why now?” asked Ines Marchetti.", ["“Why now?” asked Ines Marchetti."]),
    SentenceCase("quotes", "“Why now?” Ines Marchetti asked.", ["“Why now?” Ines Marchetti asked."]),
    SentenceCase("quotes", "He asked, “Why not?” Nobody answered.", ["He asked, “Why not?”", "Nobody answered."]),
    SentenceCase("quotes", "“Stop!” she shouted, and the crowd fell silent.", ["“Stop!” she shouted, and the crowd fell silent."]),
    SentenceCase("quotes", "She said \"enough.\" The meeting ended.", ["She said \"enough.\"", "The meeting ended."]),
    SentenceCase("quotes", "He wrote 'never again.' Nobody replied.", ["He wrote 'never again.'", "Nobody replied."]),
    SentenceCase("quotes", "«Nous restons», dit-elle. The crowd cheered.", ["«Nous restons», dit-elle.", "The crowd cheered."]),
    SentenceCase("spanning quote", "“We are ready. We will win,” said Coach Emeka Osei.", ["“We are ready.", "We will win,” said Coach Emeka Osei."]),
    SentenceCase("spanning quote", "\"It's over. Go home,\" the officer said.", ["\"It's over.", "Go home,\" the officer said."]),
    SentenceCase("brackets", "The mayor left early. (She had another meeting.) The vote went ahead.", ["The mayor left early.", "(She had another meeting.)", "The vote went ahead."]),
    SentenceCase("brackets", "The plan (approved in May.) was dropped.", ["The plan (approved in May.) was dropped."]),
    SentenceCase("brackets", "Turnout was low (about a third). Results come Monday.", ["Turnout was low (about a third).", "Results come Monday."]),
    // Abbreviations.
    SentenceCase("titles", "Mr. Lindqvist met Dr. Osei and Gov. Tamihana on Friday.", ["Mr. Lindqvist met Dr. Osei and Gov. Tamihana on Friday."]),
    SentenceCase("titles", "Sen. Ferreira and Rep. Ngata spoke first. Gen. Drummond did not.", ["Sen. Ferreira and Rep. Ngata spoke first.", "Gen. Drummond did not."]),
    SentenceCase("titles", "Prof. Halloran lives on St. Agnes Road.", ["Prof. Halloran lives on St. Agnes Road."]),
    SentenceCase("places", "The U.S. Army and the U.K. Navy trained together.", ["The U.S. Army and the U.K. Navy trained together."]),
    SentenceCase("places", "The aid arrived from the U.N. The first trucks crossed at noon.", ["The aid arrived from the U.N.", "The first trucks crossed at noon."]),
    SentenceCase("places", "She moved to the U.S. in 2019.", ["She moved to the U.S. in 2019."]),
    SentenceCase("places", "U.S. Sen. Dagny Sorensen voted against it.", ["U.S. Sen. Dagny Sorensen voted against it."]),
    SentenceCase("times", "At 6 p.m. Mr. Abernathy arrived. He left at 9 p.m. Mr. Quispe stayed.", ["At 6 p.m. Mr. Abernathy arrived.", "He left at 9 p.m.", "Mr. Quispe stayed."]),
    SentenceCase("times", "The polls close at 8 p.m. Thursday.", ["The polls close at 8 p.m. Thursday."]),
    SentenceCase("times", "The hearing starts at 10 a.m. EST on Monday.", ["The hearing starts at 10 a.m. EST on Monday."]),
    SentenceCase("times", "The alarm sounded at 4 a.m. Residents fled.", ["The alarm sounded at 4 a.m.", "Residents fled."]),
    SentenceCase("times", "Shortly after 11 p.m. Police sealed the road.", ["Shortly after 11 p.m. Police sealed the road."]),
    SentenceCase("months", "The talks began on Oct. 3 and ended Jan. 14.", ["The talks began on Oct. 3 and ended Jan. 14."]),
    SentenceCase("companies", "Kestrel Air Inc. said profit rose.", ["Kestrel Air Inc. said profit rose."]),
    SentenceCase("companies", "The buyer was Harrowgate Minerals Inc. The price was not disclosed.", ["The buyer was Harrowgate Minerals Inc.", "The price was not disclosed."]),
    SentenceCase("companies", "Shares of Beltrami Corp. fell. Shares of Pemberton Co. rose, and shares of others were flat.", ["Shares of Beltrami Corp. fell.", "Shares of Pemberton Co. rose, and shares of others were flat."]),
    SentenceCase("companies", "Orrin Holdings Co. (the owner) refused.", ["Orrin Holdings Co. (the owner) refused."]),
    SentenceCase("other abbreviations", "Bring food, water, blankets, etc. The shelter opens at noon.", ["Bring food, water, blankets, etc.", "The shelter opens at noon."]),
    SentenceCase("other abbreviations", "It was Varnholm vs. Kingsmere, i.e. north against south.", ["It was Varnholm vs. Kingsmere, i.e. north against south."]),
    SentenceCase("other abbreviations", "Some cities, e.g. Mirabel, kept their trams.", ["Some cities, e.g. Mirabel, kept their trams."]),
    SentenceCase("other abbreviations", "See No. 4 on p. 12 for details.", ["See No. 4 on p. 12 for details."]),
    SentenceCase("other abbreviations", "Was the answer yes? No. It was never asked.", ["Was the answer yes?", "No.", "It was never asked."]),
    SentenceCase("other abbreviations", "Teodor Haddad Jr. was elected. He is 34.", ["Teodor Haddad Jr. was elected.", "He is 34."]),
    // Initials.
    SentenceCase("initials", "Mark D. Ellison chaired the inquiry.", ["Mark D. Ellison chaired the inquiry."]),
    SentenceCase("initials", "J. R. R. Tolkien's maps were on display.", ["J. R. R. Tolkien's maps were on display."]),
    SentenceCase("initials", "The prize went to Plan B. The jury was unanimous.", ["The prize went to Plan B.", "The jury was unanimous."]),
    SentenceCase("initials", "It was signed by A.J. Brzezinska and T. Osei.", ["It was signed by A.J. Brzezinska and T. Osei."]),
    // Numbers.
    SentenceCase("numbers", "Inflation rose to 4.5% in March. Wages rose 3.1%.", ["Inflation rose to 4.5% in March.", "Wages rose 3.1%."]),
    SentenceCase("numbers", "The deal is worth $4.1 billion. It closes in June.", ["The deal is worth $4.1 billion.", "It closes in June."]),
    SentenceCase("numbers", "Pi is about 3.14 and e about 2.72.", ["Pi is about 3.14 and e about 2.72."]),
    SentenceCase("numbers", "Version 2.0 ships today. v2.1 follows in May.", ["Version 2.0 ships today.", "v2.1 follows in May."]),
    SentenceCase("numbers", "The crowd numbered 1,900. 300 more arrived later.", ["The crowd numbered 1,900.", "300 more arrived later."]),
    SentenceCase("numbers", "Varnholm won 3-1. It was their first win.", ["Varnholm won 3-1.", "It was their first win."]),
    SentenceCase("numbers", "The fine was $100.00. She paid it.", ["The fine was $100.00.", "She paid it."]),
    // Ellipses.
    SentenceCase("ellipses", "We waited… and waited. Nothing happened.", ["We waited… and waited.", "Nothing happened."]),
    SentenceCase("ellipses", "The answer was... complicated.", ["The answer was... complicated."]),
    SentenceCase("ellipses", "They never came back... The house is still empty.", ["They never came back...", "The house is still empty."]),
    SentenceCase("ellipses", "“I thought… I don't know,” he said.", ["“I thought… I don't know,” he said."]),
    SentenceCase("ellipses", "It ended there.... Nobody spoke.", ["It ended there....", "Nobody spoke."]),
    // Lists.
    SentenceCase("lists", "1. Close the valves 2. Call the depot 3. Wait", ["1. Close the valves", "2. Call the depot", "3. Wait"]),
    SentenceCase("lists", "1) Close the valves. 2) Call the depot.", ["1) Close the valves.", "2) Call the depot."]),
    SentenceCase("lists", "a. Roads b. Schools c. Harbours", ["a. Roads", "b. Schools", "c. Harbours"]),
    SentenceCase("lists", "Steps:\n- Close the valves\n- Call the depot", ["Steps:", "- Close the valves", "- Call the depot"]),
    SentenceCase("lists", "• Roads reopened • Schools closed", ["• Roads reopened", "• Schools closed"]),
    SentenceCase("lists", "The council voted on (a) fares and (b) routes.", ["The council voted on (a) fares and (b) routes."]),
    SentenceCase("lists", "It covers three areas: 1. roads, 2. schools and 3. ports.", ["It covers three areas: 1. roads, 2. schools and 3. ports."]),
    // Addresses.
    SentenceCase("addresses", "Write to press@varnholm.example.com. Replies take a week.", ["Write to press@varnholm.example.com.", "Replies take a week."]),
    SentenceCase("addresses", "The data is at https://gridwatch.example.org/reports/2024.html. It is updated daily.", ["The data is at https://gridwatch.example.org/reports/2024.html.", "It is updated daily."]),
    SentenceCase("addresses", "Open budget_2025.xlsx and report.pdf first.", ["Open budget_2025.xlsx and report.pdf first."]),
    SentenceCase("addresses", "Visit www.civicaudit.org. Then call us.", ["Visit www.civicaudit.org.", "Then call us."]),
    // Paragraphs, headlines, line breaks.
    SentenceCase("paragraphs", "The storm passed\n\nRepairs began on Monday.", ["The storm passed", "Repairs began on Monday."]),
    SentenceCase("headlines", "Port Elkin council delays rail link\nBy Marta Halloran\n\nPORT ELKIN — The council voted 5-4 on Tuesday.", ["Port Elkin council delays rail link", "By Marta Halloran", "PORT ELKIN — The council voted 5-4 on Tuesday."]),
    SentenceCase("line breaks", "The minister said that the\nbudget would be tabled in May.", ["The minister said that the\nbudget would be tabled in May."]),
    SentenceCase("line breaks", "Flooding closed\nthe main road.", ["Flooding closed\nthe main road."]),
    SentenceCase("line breaks", "The council heard from Mayor\nDesmond Osei, who wants to widen the\nharbour. Critics objected.", ["The council heard from Mayor\nDesmond Osei, who wants to widen the\nharbour.", "Critics objected."]),
    SentenceCase("line breaks", "Market report\nShares rose on Monday\n- Banks gained 2%\n- Miners fell", ["Market report", "Shares rose on Monday", "- Banks gained 2%", "- Miners fell"]),
    SentenceCase("crlf", "Water rose overnight.\r\n\r\nThe levee held.", ["Water rose overnight.", "The levee held."]),
    SentenceCase("no space", "It rained all day.The roads flooded.", ["It rained all day.", "The roads flooded."]),
    SentenceCase("informal", "is it open? no idea. call them tomorrow.", ["is it open?", "no idea.", "call them tomorrow."]),
    SentenceCase("informal", "Great service! :)\n\nWould go again.", ["Great service! :)", "Would go again."]),
    SentenceCase("informal", "Loved the food :) We will be back.. Maybe in May?? sure", ["Loved the food :)", "We will be back..", "Maybe in May??", "sure"]),
    SentenceCase("nbsp and tabs", "The vote passed.\u{00A0}The mayor\tresigned.", ["The vote passed.", "The mayor\tresigned."]),
    SentenceCase("dashes", "The bridge — closed since May — reopened. Traffic resumed.", ["The bridge — closed since May — reopened.", "Traffic resumed."]),
    SentenceCase("empty", "", []),
    SentenceCase("empty", " \n\t ", []),
]
