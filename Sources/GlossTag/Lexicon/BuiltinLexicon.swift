/// The word lists shipped with the tagger, written for this project. They are deliberately short and
/// general (countries, large cities, titles, common given names); the model decides how far to trust
/// them. Multi-word names contribute their distinctive words as ``Lexicon/Class/placePart``.
extension Lexicon {
    /// The built-in lexicon.
    public static let builtin: Lexicon = {
        var words: [(word: String, classes: UInt32)] = []
        func add(_ list: String, _ classes: UInt32) {
            for entry in list.split(whereSeparator: { $0 == "," || $0 == "\n" }) {
                let name = entry.trimmingSpaces()
                guard !name.isEmpty else { continue }
                let parts = name.split(separator: " ")
                if parts.count == 1 {
                    words.append((name, classes))
                } else if classes & (Class.country | Class.place) != 0 {
                    for part in parts where !BuiltinLists.connectors.contains(part.lowercased()) {
                        words.append((String(part), Class.placePart))
                    }
                } else {
                    for part in parts { words.append((String(part), classes)) }
                }
            }
        }
        add(BuiltinLists.titles, Class.title)
        add(BuiltinLists.countries, Class.country)
        add(BuiltinLists.places, Class.place)
        add(BuiltinLists.nationalities, Class.nationality)
        add(BuiltinLists.organizationWords, Class.organizationWord)
        add(BuiltinLists.organizations, Class.organization)
        add(BuiltinLists.givenNames, Class.givenName)
        add(BuiltinLists.calendar, Class.calendar)
        return Lexicon(words)
    }()
}

extension Substring {
    /// The string without leading and trailing spaces.
    fileprivate func trimmingSpaces() -> String {
        var slice = Substring(self)
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}

/// The lists, comma-separated.
enum BuiltinLists {
    /// Words skipped inside multi-word names.
    static let connectors: Set<String> = ["of", "the", "and", "de", "la", "el"]

    static let titles = """
        president, vice, secretary, minister, premier, chancellor, senator, sen., representative, rep.,
        congressman, congresswoman, lawmaker, governor, gov., mayor, ambassador, envoy, spokesman, spokeswoman,
        spokesperson, chairman, chairwoman, chair, ceo, cfo, founder, director, chief, head, leader, commissioner,
        judge, justice, attorney, prosecutor, lawyer, general, gen., colonel, col., lieutenant, lt., major, maj.,
        captain, capt., sergeant, sgt., admiral, adm., commander, cmdr., officer, sheriff, inspector, detective,
        king, queen, prince, princess, emperor, pope, cardinal, archbishop, bishop, reverend, rev., father, sister,
        sheikh, mr., mrs., ms., miss, mr, mrs, ms, dr., dr, prof., professor, sir, dame, lord, lady, coach, manager,
        analyst, economist, adviser, advisor, aide, deputy, correspondent, reporter, editor, researcher, scientist,
        dean, principal, superintendent, speaker, candidate, nominee, actor, actress, singer, author, striker,
        midfielder, defender, goalkeeper, quarterback, pitcher, forward, star, rapper, director-general,
        secretary-general, president-elect, prime, foreign, defence, defense, interior, finance, health, state,
        treasury, trade, affairs, executive, official, officials, chairperson, minister-president, vp
        """

    static let countries = """
        afghanistan, albania, algeria, andorra, angola, argentina, armenia, australia, austria, azerbaijan,
        bahamas, bahrain, bangladesh, barbados, belarus, belgium, belize, benin, bhutan, bolivia, bosnia,
        botswana, brazil, brunei, bulgaria, burundi, cambodia, cameroon, canada, chad, chile, china, colombia,
        comoros, congo, croatia, cuba, cyprus, czechia, denmark, djibouti, dominica, ecuador, egypt, eritrea,
        estonia, eswatini, ethiopia, fiji, finland, france, gabon, gambia, georgia, germany, ghana, greece,
        grenada, guatemala, guinea, guyana, haiti, honduras, hungary, iceland, india, indonesia, iran, iraq,
        ireland, israel, italy, jamaica, japan, jordan, kazakhstan, kenya, kiribati, kosovo, kuwait, kyrgyzstan,
        laos, latvia, lebanon, lesotho, liberia, libya, liechtenstein, lithuania, luxembourg, madagascar, malawi,
        malaysia, maldives, mali, malta, mauritania, mauritius, mexico, micronesia, moldova, monaco, mongolia,
        montenegro, morocco, mozambique, myanmar, burma, namibia, nauru, nepal, netherlands, holland, nicaragua,
        niger, nigeria, norway, oman, pakistan, palau, palestine, panama, paraguay, peru, philippines, poland,
        portugal, qatar, romania, russia, rwanda, samoa, senegal, serbia, seychelles, singapore, slovakia,
        slovenia, somalia, spain, sudan, suriname, sweden, switzerland, syria, taiwan, tajikistan, tanzania,
        thailand, togo, tonga, tunisia, turkey, turkmenistan, tuvalu, uganda, ukraine, uruguay, uzbekistan,
        vanuatu, venezuela, vietnam, yemen, zambia, zimbabwe, america, britain, england, scotland, wales, usa,
        us, u.s., u.s.a., uk, u.k., uae, gaza, tibet, greenland, crimea, kashmir, europe, asia, africa,
        antarctica, oceania, the united states, united kingdom, south africa, south korea, north korea,
        new zealand, saudi arabia, sri lanka, costa rica, el salvador, ivory coast, sierra leone,
        south sudan, east timor, papua new guinea, puerto rico, hong kong, west bank, czech republic,
        dominican republic, central african republic, united arab emirates, north macedonia, cape verde,
        trinidad and tobago, latin america, middle east, north america, south america, southeast asia
        """

    static let places = """
        london, paris, berlin, moscow, kyiv, kiev, beijing, tokyo, delhi, mumbai, washington, chicago, boston,
        houston, dallas, seattle, miami, atlanta, denver, phoenix, detroit, philadelphia, baltimore, brooklyn,
        manhattan, california, texas, florida, ohio, michigan, virginia, oregon, arizona, nevada, utah, colorado,
        alaska, hawaii, illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts,
        minnesota, mississippi, missouri, montana, nebraska, oklahoma, pennsylvania, tennessee, vermont,
        wisconsin, wyoming, idaho, alabama, arkansas, connecticut, delaware, jerusalem, baghdad, kabul, tehran,
        damascus, cairo, istanbul, ankara, dubai, riyadh, doha, beirut, karachi, lahore, islamabad, dhaka,
        shanghai, seoul, pyongyang, taipei, manila, jakarta, bangkok, hanoi, sydney, melbourne, toronto,
        montreal, vancouver, ottawa, madrid, barcelona, rome, milan, vienna, prague, warsaw, budapest, brussels,
        amsterdam, geneva, zurich, stockholm, oslo, copenhagen, helsinki, dublin, edinburgh, lisbon, athens,
        minsk, kharkiv, odesa, odessa, donetsk, luhansk, mariupol, nairobi, lagos, johannesburg, havana,
        caracas, bogota, lima, santiago, brasilia, sao paulo, buenos aires, mexico city, los angeles,
        san francisco, new york, new jersey, new mexico, new orleans, las vegas, san diego, st. louis,
        north carolina, south carolina, north dakota, south dakota, west virginia, rhode island, new hampshire,
        silicon valley, wall street, tel aviv, abu dhabi, kuala lumpur, rio de janeiro, cape town,
        texas, ontario, quebec, bavaria, siberia, normandy, catalonia, kent, yorkshire, manchester, liverpool,
        birmingham, glasgow, oxford, cambridge, hollywood, florence, venice, naples, munich, hamburg, frankfurt,
        wellington, auckland, canberra, brisbane, perth, adelaide, christchurch, singapore, hyderabad, bangalore,
        bengaluru, chennai, kolkata, pune, ahmedabad, jaipur, lucknow, kerala, goa, punjab, gujarat, kashmir,
        colombo, kathmandu, hanoi, saigon, phnom penh, yangon, ulaanbaatar, osaka, kyoto, busan, guangzhou,
        shenzhen, hong kong, macau, nanjing, wuhan, chengdu, tianjin, almaty, tashkent, baku, tbilisi, yerevan,
        riga, vilnius, tallinn, bratislava, ljubljana, zagreb, belgrade, sarajevo, bucharest, chisinau,
        krakow, gdansk, cologne, stuttgart, dresden, leipzig, rotterdam, antwerp, lyon, marseille,
        bordeaux, toulouse, seville, valencia, porto, turin, bologna, palermo, salzburg, bern, basel, lausanne,
        belfast, cardiff, leeds, bristol, sheffield, nottingham, newcastle, brighton, aberdeen, galway,
        reykjavik, bergen, gothenburg, malmo, tampere, marrakech, casablanca, tunis, algiers, tripoli, khartoum,
        addis ababa, kampala, kigali, dar es salaam, zanzibar, kinshasa, luanda, harare, lusaka, maputo, durban,
        pretoria, accra, dakar, abuja, medina, jeddah, muscat, amman, basra, mosul, kandahar, herat,
        peshawar, quetta, calgary, edmonton, winnipeg, halifax, quebec city, alberta, manitoba, saskatchewan,
        nova scotia, british columbia, yukon, acapulco, cancun, guadalajara, monterrey, tijuana, guatemala city,
        san juan, kingston, nassau, panama city, quito, la paz, asuncion, montevideo, medellin, cartagena,
        recife, cusco, patagonia, tasmania, queensland, victoria, new south wales, san antonio,
        fort worth, el paso, tucson, albuquerque, sacramento, san jose, oakland, portland, las vegas, salt lake city,
        minneapolis, milwaukee, cleveland, cincinnati, pittsburgh, indianapolis, nashville, memphis,
        louisville, raleigh, richmond, tampa, jacksonville, charleston, honolulu,
        anchorage, omaha, kansas city, oklahoma city, tulsa, albany, hartford, newark,
        jersey city, bronx, staten island, long island, harlem, alcatraz, yosemite, everest, himalayas,
        alps, andes, amazon, sahara, mediterranean, caribbean, pacific, atlantic, baltic, balkans, scandinavia,
        hawaii, bali, sumatra, borneo, luzon, mindanao, sicily, sardinia, corsica, crete, cyprus, malta
        """

    static let nationalities = """
        american, americans, british, russian, russians, ukrainian, ukrainians, chinese, japanese, korean,
        indian, pakistani, afghan, iranian, iraqi, syrian, israeli, israelis, palestinian, palestinians,
        egyptian, turkish, saudi, german, germans, french, italian, spanish, portuguese, dutch, belgian,
        swiss, austrian, polish, czech, hungarian, romanian, greek, swedish, norwegian, danish, finnish,
        irish, scottish, welsh, english, canadian, mexican, brazilian, argentine, cuban, venezuelan,
        colombian, nigerian, kenyan, ethiopian, african, european, asian, arab, arabs, muslim, muslims,
        christian, christians, jewish, jews, catholic, western, soviet, belarusian, georgian, armenian,
        australian, vietnamese, thai, indonesian, filipino, democrat, democrats, republican, republicans
        """

    static let organizationWords = """
        inc, inc., corp, corp., co., co, ltd, ltd., llc, plc, gmbh, group, company, corporation, bank, university,
        college, institute, ministry, department, agency, association, committee, council, party, union,
        foundation, commission, authority, bureau, court, army, navy, police, club, times, news, post, journal,
        airlines, airways, motors, systems, technologies, labs, holdings, partners, fund, school, hospital,
        church, parliament, congress, senate, assembly, federation, league, society, service, services, office,
        board, network, press, tribune, herald, gazette, media, studios, records, fc, united, forces, guard,
        administration, organization, organisation, alliance, coalition, movement, front, brigade, council
        """

    static let organizations = """
        nato, un, u.n., eu, e.u., kremlin, pentagon, fbi, cia, nsa, nasa, imf, opec, wto, unesco, unicef, who,
        fifa, uefa, nba, nfl, mlb, nhl, bbc, cnn, nbc, cbs, abc, fox, npr, reuters, bloomberg, google, microsoft,
        apple, amazon, facebook, meta, twitter, tesla, boeing, airbus, toyota, samsung, sony, intel, ibm, enron,
        walmart, yahoo, hamas, hezbollah, taliban, isis, al-qaeda, qaeda, gazprom, interpol, europol, congress,
        parliament, bundestag, duma, knesset, senate, supreme, whitehall, downing, ap, afp, gop, labour, tories,
        nhs, mit, harvard, yale, stanford, oxfam, greenpeace, starbucks, mcdonald, ford, gm, chrysler, pfizer
        """

    static let givenNames = """
        james, john, robert, michael, william, david, richard, joseph, thomas, charles, christopher, daniel,
        matthew, anthony, mark, donald, steven, paul, andrew, joshua, kenneth, kevin, brian, george, timothy,
        ronald, edward, jason, jeffrey, ryan, jacob, gary, nicholas, eric, jonathan, stephen, larry, justin,
        scott, brandon, benjamin, samuel, gregory, alexander, frank, patrick, raymond, jack, dennis, jerry,
        tyler, aaron, jose, adam, nathan, henry, douglas, zachary, peter, kyle, walter, ethan, jeremy, harold,
        keith, christian, roger, noah, gerald, carl, terry, sean, austin, arthur, lawrence, jesse, dylan, bryan,
        joe, jordan, billy, bruce, albert, willie, gabriel, logan, alan, juan, wayne, roy, ralph, randy, eugene,
        vincent, russell, elijah, louis, bobby, philip, johnny, mary, patricia, jennifer, linda, elizabeth,
        barbara, susan, jessica, sarah, karen, nancy, lisa, betty, margaret, sandra, ashley, kimberly, emily,
        donna, michelle, dorothy, carol, amanda, melissa, deborah, stephanie, rebecca, sharon, laura, cynthia,
        kathleen, amy, shirley, angela, helen, anna, brenda, pamela, nicole, emma, samantha, katherine,
        christine, debra, rachel, catherine, carolyn, janet, ruth, maria, heather, diane, virginia, julie,
        joyce, victoria, olivia, kelly, christina, lauren, joan, evelyn, judith, megan, cheryl, andrea, hannah,
        martha, jacqueline, frances, gloria, ann, teresa, kathryn, sara, janice, jean, alice, madison, doris,
        abigail, julia, judy, grace, denise, amber, marilyn, beverly, danielle, theresa, sophia, marie, diana,
        brittany, natalie, isabella, charlotte, rose, alexis, kayla, vladimir, dmitry, sergei, sergey, alexei,
        volodymyr, olena, ivan, igor, yuri, mikhail, nikolai, andrei, oleksandr, viktor, boris, olga, natalia,
        tatiana, irina, ahmed, mohammed, muhammad, mohammad, ali, hassan, hussein, omar, ibrahim, mustafa,
        abdullah, fatima, aisha, xi, li, wang, zhang, chen, liu, hiroshi, yuki, kim, park, carlos, luis, miguel,
        pedro, jorge, antonio, francisco, manuel, javier, pablo, sofia, lucia, elena, ana, marco, giuseppe,
        giovanni, luca, pierre, jean-pierre, francois, emmanuel, angela, olaf, hans, klaus, wolfgang, jurgen,
        lars, erik, sven, ingrid, antony, tony, joe, bill, bob, jim, tom, mike, dave, steve, chris, matt, nick,
        ben, sam, alex, max, jake, luke, liam, mason, oliver, harry, charlie, leo, kamala, hillary, barack, boris,
        rishi, keir, theresa, nicolas, narendra, recep, benjamin, jair, justin, jacinda, anthony, rex, lloyd
        """

    static let calendar = """
        january, february, march, april, may, june, july, august, september, october, november, december,
        jan., feb., mar., apr., jun., jul., aug., sep., sept., oct., nov., dec., monday, tuesday, wednesday,
        thursday, friday, saturday, sunday, mon., tue., wed., thu., fri., sat., sun., christmas, easter
        """
}
