/// Word lists the recognizers share: function words, titles, heads of institution names, and
/// common given names. Lower case unless said otherwise.
enum Lexicon {
    /// Words that link the parts of a longer name ("Bank of China", "Securities and Exchange Commission").
    static let nameConnectors: WordSet = [
        "of", "and", "for", "de", "du", "des", "der", "la", "le", "del", "the", "&", "y", "van", "von", "da", "do", "bin", "al",
        "di", "della", "delle", "dei", "degli", "dello", "dos", "das",
    ]

    /// Last words that make a name an authority.
    static let authorityHeads: WordSet = [
        "commission", "authority", "authorities", "ministry", "department", "agency", "council", "court", "parliament",
        "senate", "congress", "assembly", "regulator", "police", "treasury", "bureau", "administration",
        "directorate", "government", "tribunal", "prosecutor", "prosecutors", "cabinet", "duma", "legislature",
        "inspectorate", "supervisor", "ombudsman", "procuratorate", "office", "committee", "reserve", "service",
        "superintendency", "superintendence", "superintendencia", "comision", "comisión", "comissão", "ministerio",
        "ministério", "ministère", "autorité", "autoridad", "judiciary", "senado", "bundesanstalt",
        "commissioner", "regulatory", "secretariat", "board", "fsa", "division", "courts", "tribunals",
        // A federal appeals court named for its circuit ("the Fifth Circuit").
        "circuit",
    ]

    /// First words that make a name an authority ("Ministry of Finance", "Central Bank of Kenya").
    /// Heads that open an authority's name in Romance and German names ("Superintendencia Financiera de ...").
    static let foreignAuthorityHeads: WordSet = [
        "superintendencia", "comision", "comisión", "comissão", "ministerio", "ministério", "ministère", "autorité",
        "autoridad", "autoridade", "banco", "banque", "bundesanstalt", "conselho", "consejo", "direction", "dirección",
        // Units, agencies, prosecutors, courts, police and treasuries ("Unidad de Análisis Financiero", "Fiscalía General").
        "unidad", "unité", "unità", "unidade", "agencia", "agence", "agenzia", "agência", "fiscalía", "fiscalia", "procuraduría",
        "procuradoria", "contraloría", "controladoria", "tribunal", "corte", "cour", "juzgado", "policía", "polícia", "polizia",
        "guardia", "receita", "tesouro", "tesoro", "trésor", "secretaría", "secretaria", "servicio", "serviço", "autorità",
        "ufficio", "direzione", "autoriteit", "ministerie", "rechtbank", "bundesamt", "landesamt", "staatsanwaltschaft",
        "superintendência", "comissione", "commissione", "comité", "comitato", "instância",
    ]

    /// Words before a place that make one longer place name ("Metro Manila", "Greater London").
    static let placeModifiers: WordSet = ["metro", "greater", "northern", "southern", "eastern", "western", "central", "upper", "lower", "inner", "outer", "north", "south", "east", "west"]

    static let authorityOpeners: WordSet = ["ministry", "department", "office", "bureau", "court", "central", "reserve", "state", "federal", "national", "supreme"]

    /// Last words that make a name an organization.
    static let organizationHeads: WordSet = [
        "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "llc", "plc", "ag", "sa", "gmbh", "group",
        "holdings", "bank", "exchange", "capital", "ventures", "labs", "foundation", "club", "centre", "center",
        "institute", "university", "association", "partners", "technologies", "technology", "media", "news",
        "times", "post", "journal", "fund", "trust", "network", "protocol", "finance", "markets", "securities",
        "investments", "management", "research", "digital", "global", "systems", "solutions", "platforms",
        "dao", "pay", "wallet", "swap", "magazine", "daily", "herald", "tribune", "press", "insider", "review",
        "analytics", "insights", "consulting", "consultancy", "advisory", "advisors", "advisers", "associates", "economics",
        "strategies", "studio", "studios", "intelligence", "wire", "gazette", "observer", "monitor",
        "equities", "union", "brokerage", "bancorp", "services", "forum", "alliance", "coalition",
    ]

    /// Legal forms of companies, as the tokenizer lowers them ("AG", "S.A.", "Ltd.", "S.A.P.I. de C.V.").
    static let legalForms: WordSet = [
        "ag", "sa", "s.a", "s.a.", "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "limited", "llc", "l.l.c.", "plc",
        "gmbh", "kg", "se", "nv", "n.v.", "bv", "b.v.", "spa", "s.p.a.", "srl", "s.r.l.", "sarl", "sas", "s.a.s.", "ab", "asa",
        "oy", "oyj", "as", "a/s", "pty", "pte", "k.k.", "kk", "tbk", "bhd", "berhad", "s.a.p.i.", "c.v.", "cv", "sapi", "ltda",
        "ltda.", "s.l.", "sl", "co", "co.", "lp", "llp", "pjsc", "ojsc", "jsc",
        // Turkish, Baltic, Russian, Central European, Gulf, South and Southeast Asian and Japanese forms.
        "a.ş.", "a.ş", "uab", "sia", "oü", "ooo", "oao", "zao", "cjsc", "kft", "zrt", "nyrt", "d.o.o.", "doo", "sdn",
        "pvt", "gk", "g.k.", "fze", "fzco", "wll", "w.l.l.", "kgaa", "aps", "eireli", "s.a.c.", "sac",
    ]

    /// Words for a person's role, before ("Agency Chair Bram Tollivar") or after a name ("X, the CEO of Y").
    static let personTitles: WordSet = [
        "ceo", "cto", "cfo", "coo", "cio", "chair", "chairman", "chairwoman", "chairperson", "president", "director",
        "governor", "minister", "secretary", "senator", "sen.", "rep.", "representative", "congressman",
        "congresswoman", "commissioner", "judge", "justice", "analyst", "founder", "co-founder", "cofounder",
        "head", "chief", "officer", "spokesperson", "spokesman", "spokeswoman", "economist", "strategist",
        "lawyer", "attorney", "partner", "researcher", "professor", "prof.", "dr.", "mr.", "ms.", "mrs.", "lawmaker",
        "mp", "deputy", "vice", "executive", "manager", "trader", "investor", "developer", "author", "reporter",
        "editor", "writer", "mayor", "premier", "prime", "king", "queen", "prince", "leader", "member", "adviser",
        "advisor", "general", "counsel", "treasurer", "speaker", "principal", "vp", "ambassador", "prosecutor",
        "inspector", "auditor", "superintendent", "commander", "lieutenant", "captain", "sheriff", "detective",
        "mr", "ms", "mrs", "dr", "assistant", "acting", "associate", "correspondent", "columnist", "co-founders",
        "founders", "ceos", "analysts", "executives", "directors", "governors", "ministers", "lawyers", "economists",
        "spokesmen", "spokespeople", "secretary-general", "chancellor", "envoy", "consultant",
        // Abbreviated titles, whose period is a token of its own ("Gov. Jane Roe", "Sen. John Doe").
        "gov", "gov.", "sen", "rep", "lt", "col", "capt", "sgt", "supt", "hon", "amb", "insp", "gen.", "prof",
        // Honorifics of Thailand and Malaysia that open a name and are no part of it ("Khun Jane", "Datuk Jane Roe", "Dato' Jane Roe").
        "khun", "datuk", "datin", "dato",
        // Ranks and the plural of a bench ("Colonel Jane Roe", "Justices Jane Roe and John Doe").
        "colonel", "brigadier", "sergeant", "admiral", "justices", "judges",
        "senior", "managing", "former", "interim", "emeritus",
        "convenor", "convener", "fellow", "lecturer", "campaigner", "activist", "entrepreneur", "banker",
        // Roles in courts, insolvencies and newsrooms ("the court-appointed trustee, Jane Roe").
        "trustee", "liquidator", "receiver", "curator", "magistrate", "notary", "journalist", "accountant", "engineer",
        "scientist", "historian", "scholar", "academic", "physician", "ombudsperson", "co-owner", "owner",
    ]

    /// Capitalized words that begin sentences or headings but name nothing.
    static let commonCapitalized: WordSet = [
        "several", "few", "both", "each", "every", "any", "much", "various", "only", "even", "just", "once",
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
        "his", "her", "their", "our", "my", "your", "in", "on", "at", "for", "from", "with", "by", "of", "to",
        "and", "but", "or", "as", "if", "when", "while", "after", "before", "since", "until", "also", "however",
        "meanwhile", "moreover", "furthermore", "according", "per", "although", "though", "because", "so",
        "yet", "still", "then", "there", "here", "what", "which", "who", "why", "how", "where", "all", "some",
        "many", "most", "more", "other", "another", "such", "no", "not", "new", "latest", "last", "next",
        "first", "second", "third", "top", "related", "read", "photo", "image", "source", "sources", "news",
        "update", "updated", "breaking", "exclusive", "opinion", "analysis", "editor", "note", "disclaimer",
        "share", "tags", "advertisement", "sponsored", "subscribe", "follow", "click", "see", "watch",
        "utc", "gmt", "est", "edt", "pst", "pdt", "cet", "bst", "am", "pm", "a.m.", "p.m.", "mr.", "ms.",
        "mrs.", "dr.", "q1", "q2", "q3", "q4", "h1", "h2", "fy", "yes", "ok", "okay", "hi", "dear", "thanks",
        "today", "yesterday", "tomorrow", "now", "currently", "earlier", "later", "recently", "previously",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "internet", "web", "website", "covid-19", "covid", "coronavirus", "god", "christmas", "easter",
        // Idioms and eponyms written capitalized that name nothing ("the Achilles heel", "a Ponzi scheme").
        "achilles", "trojan", "ponzi", "pandora's", "herculean", "orwellian", "kafkaesque", "machiavellian",
        "elsewhere", "instead", "overall", "likewise", "otherwise", "nonetheless", "nevertheless", "besides",
        "regardless", "under", "within", "across", "against", "among", "despite", "amid", "including", "unlike", "thus", "hence", "indeed", "again", "together", "tonight", "ramadan", "diwali", "eid", "olympics", "halloween", "thanksgiving",
    ]

    /// Abbreviations of common nouns that name no entity.
    static let commonAcronyms: WordSet = [
        "nft", "nfts", "defi", "cefi", "tvl", "ico", "icos", "ieo", "ido", "sto", "etf", "etfs", "etp", "etps", "etn", "etns",
        "kyc", "aml", "cft", "cbdc", "cbdcs", "ceo", "cto", "cfo", "coo", "cio", "gdp", "cpi", "usd", "eur", "gbp",
        "jpy", "cny", "rmb", "inr", "api", "dao", "daos", "dex", "dexs", "cex", "p2p", "otc", "ipo", "ai", "vpn",
        "atm", "atms", "faq", "pdf", "url", "pr", "tv", "hq", "esg", "fomo", "fud", "hodl", "ath", "roi", "apy", "apr",
        "pos", "pow", "l1", "l2", "evm", "zk", "mev", "lp", "amm", "vasp", "vasps", "casp", "casps", "mica", "dlt",
        "msb", "msbs", "rwa", "rwas", "ltv", "ria", "rias", "sro", "ffs", "utc", "gmt", "est", "edt", "pst",
        "ok", "id", "it", "us$", "llc", "plc", "ltd", "inc", "corp", "qr", "nfc", "usb", "sms", "gps", "sdk", "otp",
        "pin", "ip", "led", "cpu", "gpu", "ui", "ux", "ml", "iot", "2fa", "ceo's", "micar", "gdpr", "emi", "psp",
        "dac7", "dac8", "carf", "vda", "vdas", "afs", "aud", "cad", "chf", "hkd", "sgd", "krw", "aed", "sar", "ngn",
        "kes", "zar", "brl", "ars", "mxn", "cop", "try", "rub", "uah", "idr", "php", "thb", "vnd", "myr", "pkr", "twd",
        "nzd", "sek", "nok", "dkk", "pln", "czk", "huf", "ils", "egp", "ghs", "inr", "bdt", "lkr", "kzt", "clp", "pen",
        "p2p", "b2b", "b2c", "saas", "fx", "m&a", "ipos", "spac", "spacs", "ico's", "mou", "sme", "smes",
        // Market and business metrics ("the RSI hit a low", "$1M ARR", "1 million TPS") and computers' parts.
        "fdv", "rsi", "macd", "tps", "arr", "mrr", "aum", "ytd", "yoy", "qoq", "eps", "ebitda", "cagr", "atl", "vwap", "twap",
        "bps", "pc", "pcs", "nas", "ssd", "hdd", "dxy", "vix",
        // Time zones that are no words ("CEST", "AEDT").
        "cest", "eest", "eet", "aest", "aedt", "acst", "acdt", "awst", "nzst", "nzdt", "hkt", "jst", "kst", "msk", "pkt", "wib",
        "sast", "brt", "clt", "cdt", "mdt", "akst", "akdt", "hst", "cet", "bst", "utc+1", "gmt+1",
        // Currency abbreviations written before amounts ("Rs 300", "KSh 2,000").
        "rs", "rs.", "rp", "ksh", "kshs", "dh", "dhs", "rm", "hk$", "s$", "r$", "a$", "c$", "nz$", "tsh", "bd", "mop", "cfa", "xof",
        "xaf",
        // Taxes, taxpayer numbers, savings accounts and fund and contract types ("VAT", "a PAN card", "stocks and shares ISAs").
        "vat", "gst", "tds", "iof", "rfc", "cpf", "cnpj", "pan", "tin", "isa", "sipp", "ucits", "cfd", "psan",
    ]

    /// Common given names, to tell a person from a company in a two-word name.
    static let givenNames = WordSet("""
    aaron abdul adam adrian ahmed aidan alan albert alex alexander alexandra alexis ali alice alicia allison amanda amber amir amit amy ana andre andrea andreas andrew andy angela anna anne anthony antonio arjun arthur ashley austin barbara barry ben benjamin bill billy blake bob brad bradley brandon brendan brian bruce bryan caitlin cameron carl carlos carol caroline catherine changpeng charles charlie chen chris christian christina christine christopher claire colin craig cynthia dan dana daniel danielle dave david dean deborah dennis derek diana diego dmitry dominic donald donna doug douglas dylan ed eddie edward elena eli elizabeth elon emily emma eric erik ethan eugene eva evan faisal fatima felix fernando frank fred gary gavin george gina giovanni grace greg gregory hailey hannah harry hayden heather helen henry hester hiroshi howard hugo ian isaac ivan jack jackson jacob jake james jamie jan jane janet jason javier jay jean jeff jeffrey jennifer jeremy jerome jesse jessica jim jimmy joe joel john johnny jon jonathan jordan jorge jose joseph josh joshua juan julia julian justin kai karen kate katherine kathryn kathy keith kelly ken kenneth kevin kim kimberly  kristin kyle larry laura lauren lee leo leon li lin linda lisa liz logan louis lucas luis luke lynn maria marco margaret maria mario mark martin mary matt matthew max maxine megan melissa michael michelle miguel mike mohamed mohammed nancy naomi natalie nathan neil nicholas nick nicole nigel noah olivia omar oscar pablo pamela patrick paul peter phil philip rachel rafael raj rajesh ralph ravi ray raymond rebecca richard rick rob robert roberto roger ron ronald rose ross roy ruby russell ryan sam samantha samuel sandra sara sarah scott sean sergei sergey shane sharon  simon sophia stephen steve steven stuart sue susan tanya taylor ted teresa terry thomas tim timothy todd tom tommy tony tyler valerie vanessa victor victoria vijay vincent vitalik vladimir walter wang warren wayne wei william xi yang yuki zhang zhao changpeng cathie brian jerome janet hester paolo
    abimbola adaeze adebayo adekunle adewale afolabi aisha akira akosua amina aminu amara anan ananya anjali ankit arvind ashok asif ayodele ayumi babajide bayo chidi chika chinedu chioma chukwuemeka daisuke deepak divya emeka eun fatimah femi folake funmilayo ganesh gaurav haruto hideki hiroko hyun ifeoma ikechukwu ji-hoon jin jun-ho kaito kamal kavita kemi kenji kofi kunle kwame kwabena lakshmi mahmoud manish meera minh min-jun mohan musa nadia naveen ngozi nkechi nnamdi obinna oluwaseun olusegun omar osagie pooja prakash priya rahul rajiv ramesh rania ravi rohan sadiq sakura sanjay satoshi seo-yeon shinji shreya sunil sunita takashi taro tariq tunde uche vikram wale yaw yemi yusuf zainab zeynep ahmet mehmet mustafa emre burak elif ayse deniz selin cem murat kerem oguz hakan serkan tolga volkan yasemin
    alejandro andres beatriz camila carmen catalina cristina diego eduardo elena enrique esteban federico gabriela gonzalo ignacio isabel jaime joaquin lucia luciana manuel mariana martina mateo nicolas paula rocio santiago sebastian sofia valentina ximena joao thiago rafaela fernanda leticia bruno renata
    francois jean-pierre pierre marie sophie camille antoine nicolas mathieu julien thierry laurent philippe isabelle celine hans klaus jurgen jürgen stefan markus matthias katrin anke uwe wolfgang giuseppe luca matteo francesca giulia lorenzo alessandro marco chiara sven lars erik johan ingrid astrid nils bjorn piotr tomasz katarzyna agnieszka pavel dmitri olga natalia irina andrei alexei yulia oleksandr volodymyr yuri
    abdullah ahmad ali hassan hussein ibrahim khalid mansour nasser rashid saeed salman sultan youssef layla noor mariam huda hamad hamdan saif majid fahad faisal
    wen xiao ming jie hui lei yan ying zhen zhi hao bo feng gang hua kai lan li liang mei na ning ping qiang rui tao xin xu yi yong yu yun zhou
    haruki hiroshi kazuo keiko kenta masato naoki ryo shota takeshi tomoko yoshiko yuko yusuke
    minho jisoo jiwoo seojun sungmin taehyun yoon eunji hyejin soojin
    aarav aditya amitabh deepika harish kiran lalit mukesh nandan nikhil nitin piyush rajesh sachin sandeep shikha siddharth smita sudhir suresh vivek
    joanna harriet amelia charlotte chloe daisy eleanor ellie evie florence freya georgia harriet imogen isla jessica katie lily lucy millie molly phoebe poppy rosie ruth scarlett zoe oliver harry jacob charlie thomas oscar william james george alfie joshua noah ethan archie leo henry freddie theo arthur edward hugh rupert giles alastair angus callum declan fergus hamish
    arturo alfonso alvaro armando benito cesar emilio ernesto fabio felipe guillermo gustavo hector hugo jacinto julio leonardo lorenzo marcelo mauricio nestor octavio orlando ricardo rodrigo salvador sergio tomas vicente
    lukas jonas tobias felix maximilian moritz niklas florian sebastian jana lea lena hanna katharina anja birgit sabine petra ursula monika heike franziska
    thandeka sipho thabo themba lerato nomvula bongani mandla zanele lindiwe kagiso tumelo naledi palesa sibusiso nokuthula
    kwasi kojo ama abena esi efua yaa akua adjoa chukwu ngozi olumide tobi temitope oluwadamilare damilola tolu ebere nneka
    said saeed abdelkader abdellah hamid karim khalil mourad nabil omar rachid samir sofiane yassine youssef driss hicham leila latifa nadia samira
    navid reza mehdi ali-reza alireza hossein mohsen majid amir parisa shirin maryam farhad dariush babak kaveh
    rina dewi bima budi agus adi ayu putri sri wahyu yudi joko siti nur hendra rizky fajar indra eko
    nguyen thanh tuan hung linh trang huong anh dung quang
    somchai somsak nattapong pimchanok siriporn
    jose-maria maria-jose juan-carlos luis-miguel
    marc-andre marc julie chloe liam sam kate helen carla claudia monica silvia patricia veronica adriana daniela gloria rosa marta ines elisa nora vera iris mia ava ella luisa clara alba pilar dolores raquel jorge ramon javier alberto
    mykola oleksiy olena oksana viktor vitaliy taras bohdan bogdan dmytro serhiy svetlana tatiana tatyana ekaterina
    yekaterina anastasia maxim mikhail nikolai nikolay vladislav yury igor oleg boris ilya kirill konstantin ruslan
    stanislav vadim valentin vasily vyacheslav yevgeny evgeny zhanna lyudmila galina marina nadezhda polina daria
    darya ksenia alina grzegorz krzysztof wojciech marcin michal michał pawel paweł rafal rafał jakub kacper łukasz
    lukasz bartosz mateusz przemysław przemyslaw zbigniew jerzy janusz marek malgorzata małgorzata magdalena ewa
    dorota aleksandra zofia agata beata jiri jiří petr tomáš ondrej ondřej radek vaclav václav zdenek zdeněk lucie
    tereza veronika hana katerina kateřina istvan istván laszlo lászló zoltan zoltán gabor gábor tamas tamás zsofia
    zsófia eszter mihai ioana vlad bogdana dragos cristian florin ionut radu dimitris giorgos georgios nikos kostas
    yannis eleni oskari mikko jussi juha antti timo pekka sami teemu ville aino anni riikka henrik magnus anders olav
    jens kjell pål sindre torbjørn eirik håkon haakon solveig sigrid kari silje marit hege ragnhild gunnar arne bjørn
    knut trond jesper mads rasmus frederik mette pernille sanne niels pieter joost jeroen bram sander wouter thijs
    ruud maarten koen femke lotte marieke anouk ilse eline ozan ayşe fatma esra merve ebru aigul aliya aigerim asel
    dinara gulnara madina nurlan yerlan yerzhan askar daniyar bakhyt berik timur rustam sardor sherzod dilnoza nodira
    farrukh bekzod jasur shavkat arash behnam kamran payam pouya saman shahram soheil muhammad mohammad ismail hamza
    bilal imran zubair faraz usman waqar sadia ayesha hina sana rabia osama waleed walid ziad hisham tamer ayman
    sherif amr yasmin yasmine dalia reem lina hala maha rohit anil ajay mahesh pradeep praveen neha anika sneha swati
    nisha aishwarya segun dapo jide funke bola chinonso ifeanyi seun tobenna kelechi amaka kwaku kwesi adwoa afua
    wanjiru wambui njeri kamau mwangi otieno achieng akinyi njoroge kipchoge wafula baraka neema rehema halima zawadi
    lungile nkosi mpho tshepo lebo refilwe supachai anucha thanawat thanakorn kittisak prayut pornthip suda wanida
    nattaya duc hoang phuong ngoc bambang ratna wulan raul francisco pedro andrés tomás matías matias sebastián
    benjamín joaquín agustín nicolás martín cristóbal patricio alejandra constanza francisca javiera carolina lorena
    joão paulo marcos gabriel vinicius juliana larissa aline francesco luigi stefano davide simone riccardo emanuele
    massimo fabrizio alessia federica françois jacques michel alain bernard olivier sébastien sebastien guillaume
    maxime arnaud benoit benoît hélène helene nathalie céline aurélie aurelie émilie emilie margaux friedrich heinrich
    johannes karl dieter gerhard helmut jörg jorg rolf volker torsten dirk bernd holger ralf thorsten annika nina
    susanne jing ling jun qing tian jian peng chao kang xiang zhong koji makoto haruka aiko yui yuna riko jae-hyun
    ji-woo ha-eun do-yoon ji-ho soo-jin hye-jin young-ho sung-ho jung-hoon dong-hyun
    marjorie gerald harold jerry lawrence gladys doris dorothy mildred beverly shirley judith marilyn norma evelyn joan
    frances lois irene agnes owen desmond clive graham trevor gordon malcolm duncan kelvin alvin terence tiago
    gonçalo goncalo duarte nuno joaquim vitor vítor henrique afonso renato joana leonor inês rosario yousef yousif
    jassim jasim khaled nawaf mansoor abdulla abdulaziz abdulrahman khadija amine yanis rahim rauf farid elvin orkhan
    rashad anar vusal ilham leyla aysel gunel kemal emine hüsnü husnu nurul aminah hafiz azlan siew vikrant arkady
    linnea ebba elsa karin britt björn yael noa avi yossi moshe eitan itai ronit shira shanice keisha tanisha
    latoya jamal darnell deandre
    """.split(whereSeparator: \.isWhitespace).map(String.init))
    }
