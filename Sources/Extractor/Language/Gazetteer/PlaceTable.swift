/// Regions, states, provinces and cities, one a line: `COUNTRY|Name;Alias;...` (`--` when the
/// place spans countries). They are locations without a code of their own; the country gives a jurisdiction.
/// Financial free zones with their own laws (the Dubai and Astana international financial centres, the Qatar Financial
/// Centre) and the European Economic Area are places too, not the bodies that run or regulate them.
let placeTable = """
--|Asia
--|Europe
--|Africa
--|North America
--|South America
--|Latin America
--|Central America
--|Middle East
--|Southeast Asia;South-East Asia
--|East Asia
--|South Asia
--|Central Asia
--|Asia Pacific;Asia-Pacific;APAC
--|Eastern Europe
--|Western Europe
--|Oceania
--|Caribbean
--|Scandinavia
--|Silicon Valley
--|Wall Street
CN|Inner Mongolia
CN|Xinjiang
CN|Sichuan
CN|Yunnan
CN|Qinghai
CN|Guangdong
CN|Zhejiang
CN|Jiangsu
CN|Fujian
CN|Shandong
CN|Hebei
CN|Henan
CN|Hubei
CN|Hunan
CN|Anhui
CN|Jiangxi
CN|Shanxi
CN|Shaanxi
CN|Liaoning
CN|Jilin
CN|Heilongjiang
CN|Guangxi
CN|Guizhou
CN|Hainan
CN|Gansu
CN|Ningxia
CN|Tibet
CN|Beijing
CN|Shanghai
CN|Shenzhen
CN|Hangzhou
CN|Guangzhou
CN|Chengdu
CN|Chongqing
CN|Tianjin
CN|Wuhan
CN|Nanjing
CN|Xiamen
CN|Suzhou
CN|Xi'an
US|Alabama;Ala.
US|Alaska
US|Arizona;Ariz.
US|Arkansas;Ark.
US|California;Calif.
US|Colorado;Colo.
US|Connecticut;Conn.
US|Delaware;Del.
US|Florida;Fla.
US|Hawaii
US|Idaho
US|Illinois;Ill.
US|Indiana
US|Iowa
US|Kansas;Kan.;Kans.
US|Kentucky;Ky.
US|Louisiana
US|Maine
US|Maryland;Md.
US|Massachusetts;Mass.
US|Michigan;Mich.
US|Minnesota;Minn.
US|Mississippi
US|Missouri;Mo.
US|Montana;Mont.
US|Nebraska;Neb.;Nebr.
US|Nevada;Nev.
US|New Hampshire;N.H.
US|New Jersey;N.J.
US|New Mexico;N.M.
US|New York;NYC;New York City;N.Y.
US|North Carolina;N.C.
US|North Dakota;N.D.
US|Ohio
US|Oklahoma;Okla.
US|Oregon;Ore.;Oreg.
US|Pennsylvania;Pa.
US|Rhode Island;R.I.
US|South Carolina
US|South Dakota;S.D.
US|Tennessee;Tenn.
US|Texas;Tex.
US|Utah
US|Vermont;Vt.
US|Virginia;Va.
US|Washington;Wash.
US|West Virginia;W.Va.;W. Va.
US|Wisconsin;Wis.;Wisc.
US|Wyoming;Wyo.
US|Washington, D.C.;Washington D.C.;Washington DC
US|San Francisco
US|Los Angeles
US|Chicago
US|Miami
US|Boston
US|Seattle
US|Austin
US|Denver
US|Manhattan
CA|Ontario
CA|Quebec
CA|British Columbia
CA|Alberta
CA|Toronto
CA|Vancouver
CA|Montreal
GB|London
GB|England
GB|Scotland
GB|Wales
GB|Northern Ireland
GB|Manchester
GB|Edinburgh
GB|Cambridge
GB|Oxford
FR|Paris
DE|Berlin
DE|Frankfurt
DE|Munich
CH|Zurich
CH|Geneva
CH|Zug
NL|Amsterdam
BE|Brussels
IT|Rome
IT|Milan
ES|Madrid
ES|Barcelona
PT|Lisbon
IE|Dublin
AT|Vienna
SE|Stockholm
NO|Oslo
DK|Copenhagen
FI|Helsinki
PL|Warsaw
CZ|Prague
EE|Tallinn
LT|Vilnius
UA|Kyiv;Kiev
RU|Moscow
RU|Saint Petersburg;St. Petersburg
RU|Siberia
TR|Istanbul
TR|Ankara
AE|Dubai
AE|Abu Dhabi
SA|Riyadh
IL|Tel Aviv
IL|Jerusalem
QA|Doha
BH|Manama
EG|Cairo
NG|Lagos
NG|Abuja
KE|Nairobi
ZA|Johannesburg
ZA|Cape Town
IN|Mumbai
IN|New Delhi;Delhi
IN|Bangalore;Bengaluru
IN|Kerala
IN|Karnataka
IN|Maharashtra
PK|Karachi
PK|Islamabad
BD|Dhaka
JP|Tokyo
JP|Osaka
KR|Seoul
KR|Busan
KR|Jeju
TW|Taipei
SG|Singapore City
TH|Bangkok
VN|Hanoi
VN|Ho Chi Minh City
PH|Manila
ID|Jakarta
ID|Bali
MY|Kuala Lumpur
MY|Labuan
AU|Sydney
AU|Melbourne
AU|Canberra
AU|Queensland
AU|New South Wales
AU|Victoria
NZ|Wellington
NZ|Auckland
BR|Sao Paulo;São Paulo
BR|Rio de Janeiro
BR|Brasilia;Brasília
AR|Buenos Aires
MX|Mexico City
CO|Bogota;Bogotá
CL|Santiago
PE|Lima
VE|Caracas
SV|San Salvador
KZ|Astana
KZ|Almaty
GE|Tbilisi
CA|Ottawa
CA|Calgary
CA|Edmonton
CA|Winnipeg
CA|Halifax
CA|Nova Scotia
CA|Manitoba
CA|Saskatchewan
CA|New Brunswick
GB|Leeds
GB|Birmingham
GB|Liverpool
GB|Glasgow
GB|Bristol
GB|Sheffield
GB|Newcastle
GB|Nottingham
GB|Cardiff
GB|Belfast
GB|Leicester
GB|Southampton
GB|Brighton
GB|Yorkshire
GB|Lancashire
GB|Kent
GB|Surrey
GB|Essex
GB|Canary Wharf
IE|Cork
IE|Galway
DE|Hamburg
DE|Cologne
DE|Stuttgart
DE|Düsseldorf
DE|Bavaria
DE|Hesse
IT|Turin
IT|Naples
IT|Florence
IT|Bologna
IT|Venice
IT|Lombardy
ES|Valencia
ES|Seville
ES|Malaga
ES|Málaga
ES|Bilbao
ES|Catalonia
ES|Andalusia
ES|Marbella
PT|Porto
PT|Madeira
NL|Rotterdam
NL|The Hague
NL|Utrecht
BE|Antwerp
CH|Basel
CH|Lugano
CH|Lausanne
CH|Bern
AT|Salzburg
GR|Athens
CY|Nicosia
CY|Limassol
MT|Valletta
HU|Budapest
RO|Bucharest
RS|Belgrade
HR|Zagreb
SI|Ljubljana
SK|Bratislava
LV|Riga
LU|Luxembourg City
LI|Vaduz
IS|Reykjavik
BY|Minsk
UA|Kharkiv
UA|Odesa
UA|Odessa
UA|Lviv
UA|Crimea
UA|Donetsk
RU|Novosibirsk
RU|Yekaterinburg
RU|Irkutsk
RU|Kazan
RU|Chechnya
TR|Izmir
TR|Antalya
TR|Bursa
GE|Batumi
AM|Yerevan
AZ|Baku
UZ|Tashkent
KG|Bishkek
TJ|Dushanbe
TM|Ashgabat
MN|Ulaanbaatar
IR|Tehran
IQ|Baghdad
IQ|Kurdistan
SY|Damascus
LB|Beirut
JO|Amman
KW|Kuwait City
OM|Muscat
YE|Sanaa
AE|Sharjah
AE|Ras Al Khaimah
AE|Ajman
AE|Fujairah
SA|Jeddah
SA|Mecca
SA|Dammam
EG|Alexandria
MA|Casablanca
MA|Rabat
DZ|Algiers
TN|Tunis
LY|Tripoli
NG|Ibadan
NG|Port Harcourt
NG|Kano
NG|Enugu
NG|Benin City
NG|Kaduna
NG|Ikeja
NG|Lekki
GH|Accra
GH|Kumasi
KE|Mombasa
KE|Kisumu
ET|Addis Ababa
TZ|Dar es Salaam
TZ|Dodoma
TZ|Zanzibar
UG|Kampala
RW|Kigali
SN|Dakar
CI|Abidjan
CM|Yaoundé
CM|Douala
ZA|Durban
ZA|Pretoria
ZA|Gauteng
ZA|Sandton
ZW|Harare
ZM|Lusaka
MZ|Maputo
AO|Luanda
NA|Windhoek
BW|Gaborone
MU|Port Louis
IN|Chennai
IN|Kolkata
IN|Hyderabad
IN|Pune
IN|Ahmedabad
IN|Gurugram
IN|Gurgaon
IN|Noida
IN|Jaipur
IN|Lucknow
IN|Kochi
IN|Goa
IN|Tamil Nadu
IN|Gujarat
IN|Telangana
IN|Uttar Pradesh
IN|West Bengal
IN|Punjab
IN|Rajasthan
IN|GIFT City
PK|Lahore
PK|Rawalpindi
PK|Peshawar
LK|Colombo
NP|Kathmandu
MM|Yangon
MM|Naypyidaw
KH|Phnom Penh
LA|Vientiane
TH|Phuket
TH|Chiang Mai
TH|Pattaya
VN|Da Nang
PH|Cebu
PH|Davao
PH|Quezon City
PH|Makati
PH|Cagayan
MY|Penang
MY|Johor
MY|Selangor
MY|Sarawak
MY|Sabah
ID|Surabaya
ID|Bandung
ID|Medan
SG|Marina Bay
MO|Cotai
TW|Kaohsiung
TW|Taichung
KR|Incheon
KR|Daegu
KR|Gwangju
KR|Gangnam
JP|Kyoto
JP|Yokohama
JP|Nagoya
JP|Fukuoka
JP|Sapporo
JP|Kobe
JP|Okinawa
JP|Hokkaido
CN|Macau SAR
CN|Dalian
CN|Qingdao
CN|Ningbo
CN|Kunming
CN|Urumqi
CN|Hefei
CN|Changsha
CN|Zhengzhou
CN|Harbin
CN|Shenyang
CN|Xian
NZ|Christchurch
AR|Córdoba
AR|Rosario
AR|Mendoza
MX|Guadalajara
MX|Monterrey
MX|Tijuana
MX|Cancún
MX|Cancun
CO|Medellín
CO|Medellin
CO|Cali
CO|Barranquilla
CO|Cartagena
PE|Cusco
VE|Maracaibo
EC|Quito
EC|Guayaquil
BO|La Paz
PY|Asunción
UY|Montevideo
UY|Punta del Este
PA|Panama City
CR|San José
GT|Guatemala City
HN|Tegucigalpa
NI|Managua
CU|Havana
DO|Santo Domingo
JM|Kingston
BS|Nassau
KY|George Town
SV|El Zonte
SV|Bitcoin Beach
US|Houston
US|Dallas
US|Atlanta
US|Philadelphia
US|San Diego
US|San Jose
US|Las Vegas
US|Nashville
US|Minneapolis
US|Detroit
US|Pittsburgh
US|Portland
US|Salt Lake City
US|Sacramento
US|Baltimore
US|Cleveland
US|Cincinnati
US|Columbus
US|St. Louis
US|Kansas City
US|Tampa
US|Raleigh
US|Brooklyn
US|Palo Alto
US|Mountain View
US|Menlo Park
US|Cupertino
US|Puerto Rico
US|Albany
US|Cheyenne
US|Honolulu
FR|Lyon
FR|Marseille
FR|Toulouse
FR|Bordeaux
FR|Lille
FR|Strasbourg
BG|Plovdiv
HK|Kowloon
AU|Brisbane
AU|Perth
AU|Adelaide
AU|Hobart
AU|Gold Coast
AU|Western Australia
AU|South Australia
AU|Tasmania
BR|Belo Horizonte
BR|Curitiba
BR|Porto Alegre
BR|Recife
BR|Fortaleza
BR|Manaus
MX|Aguascalientes
MX|Baja California
MX|Baja California Sur
MX|Campeche
MX|Chiapas
MX|Chihuahua
MX|Coahuila
MX|Colima
MX|Durango
MX|Guanajuato
MX|Jalisco
MX|Michoacán;Michoacan
MX|Morelos
MX|Nayarit
MX|Nuevo León;Nuevo Leon
MX|Oaxaca
MX|Puebla
MX|Querétaro;Queretaro
MX|Quintana Roo
MX|San Luis Potosí;San Luis Potosi
MX|Sinaloa
MX|Sonora
MX|Tabasco
MX|Tamaulipas
MX|Tlaxcala
MX|Veracruz
MX|Yucatán;Yucatan
MX|Zacatecas
BR|Acre
BR|Alagoas
BR|Amapá
BR|Amazonas
BR|Bahia
BR|Ceará
BR|Espírito Santo
BR|Goiás
BR|Maranhão
BR|Mato Grosso
BR|Mato Grosso do Sul
BR|Minas Gerais
BR|Pará
BR|Paraíba
BR|Paraná
BR|Pernambuco
BR|Piauí
BR|Rio Grande do Norte
BR|Rio Grande do Sul
BR|Rondônia
BR|Roraima
BR|Santa Catarina
BR|Sergipe
BR|Tocantins
BR|Florianópolis
AR|Santa Fe
AR|Tucumán
AR|Salta
AR|Neuquén
AR|Patagonia
CO|Antioquia
CL|Valparaíso
PE|Arequipa
--|Santa Cruz
BO|Cochabamba
BO|El Alto
CA|Newfoundland and Labrador;Newfoundland
CA|Prince Edward Island
CA|Yukon
CA|Nunavut
CA|Northwest Territories
AU|Northern Territory
AU|Australian Capital Territory
DE|Bayern
DE|Baden-Württemberg
DE|North Rhine-Westphalia
DE|Hessen
DE|Saxony
DE|Lower Saxony
DE|Brandenburg
DE|Bremen
DE|Schleswig-Holstein
DE|Thuringia
DE|Rhineland-Palatinate
DE|Saarland
DE|Mecklenburg-Vorpommern
DE|Köln
DE|Dusseldorf
DE|Leipzig
DE|Dresden
ES|Cataluña
ES|Andalucía
ES|Basque Country
ES|Galicia
ES|Sevilla
IT|Lombardia
IT|Lazio
IT|Sicily
IT|Sardinia
IT|Tuscany
IT|Piedmont
IT|Veneto
IT|Campania
FR|Île-de-France
FR|Normandy
FR|Provence
FR|~Nice
FR|Nantes
AT|Graz
BE|Flanders
BE|Wallonia
PL|Krakow;Kraków
CZ|Brno
BG|Sofia
UA|Donbas
RU|Krasnoyarsk
RU|Dagestan
IR|Karaj
IR|Mashhad
IR|Isfahan
IR|Tabriz
IR|Shiraz
IR|Qom
IR|Ahvaz
IR|Khuzestan
IR|Kerman
IQ|Erbil
IQ|Kurdistan Region
SA|Neom;NEOM
MA|Marrakech;Marrakesh
MA|Tangier
NG|Rivers State
NG|Lagos State
KE|Nakuru
KE|Eldoret
ZA|Western Cape
ZA|KwaZulu-Natal
ZA|Eastern Cape
ZA|Soweto
IN|Andhra Pradesh
IN|Madhya Pradesh
IN|Bihar
IN|Odisha
IN|Assam
IN|Haryana
IN|Jharkhand
IN|Chhattisgarh
IN|Uttarakhand
IN|Himachal Pradesh
IN|Jammu and Kashmir;Kashmir
IN|Surat
IN|Indore
IN|Chandigarh
PK|Sindh
PK|Khyber Pakhtunkhwa
PK|Balochistan
BD|Chittagong;Chattogram
ID|West Java;East Java;Central Java
ID|Sumatra
ID|Borneo
ID|Sulawesi
ID|Yogyakarta
ID|Semarang
ID|Makassar
PH|Luzon
PH|Mindanao
PH|Visayas
PH|Pasig
PH|Taguig
PH|Iloilo
VN|Saigon
VN|Hai Phong;Haiphong
MY|Putrajaya
MY|Cyberjaya
KR|Gyeonggi
KR|Daejeon
KR|Sejong
JP|Hiroshima
JP|Sendai
JP|Kanagawa
JP|Chiba
JP|Saitama
CN|Xiong'an
CN|Lhasa
NO|Bergen
NO|Stavanger
NO|Trondheim
NO|Tromsø;Tromso
NO|Finnmark
NO|Troms
NO|Nordland
NO|Rogaland
NO|Vestland
NO|Innlandet
NO|Hammerfest
NO|Narvik
SE|Gothenburg;Göteborg
SE|Malmö;Malmo
SE|Uppsala
SE|Luleå;Lulea
SE|Norrbotten
FI|Espoo
FI|Tampere
FI|Turku
FI|Oulu
DK|Aarhus
DK|Odense
DK|Aalborg
NL|Eindhoven
NL|Groningen
NL|Amstelveen
NL|Haarlem
NL|Leiden
NL|Almere
NL|Zwolle
NL|North Holland;Noord-Holland
NL|South Holland;Zuid-Holland
BE|Ghent
CZ|Ostrava
CZ|Plzeň;Pilsen
CZ|Olomouc
CZ|Bohemia
CZ|Moravia
SK|Košice;Kosice
PL|Gdańsk;Gdansk
PL|Wrocław;Wroclaw
PL|Poznań;Poznan
PL|Łódź;Lodz
PL|Katowice
PL|Szczecin
HU|Debrecen
RO|Cluj-Napoca;Cluj
RO|Timișoara;Timisoara
RO|Iași;Iasi
BG|Varna
RS|Novi Sad
EE|Tartu
LT|Kaunas
UA|Dnipro
AT|Linz
AT|Innsbruck
CH|Lucerne;Luzern
CH|Ticino
DE|Hanover;Hannover
DE|Nuremberg;Nürnberg
DE|Bonn
DE|Mainz
DE|Wiesbaden
FR|Montpellier
FR|Rennes
FR|Brittany
IT|Genoa;Genova
IT|Palermo
IT|Verona
IT|Bari
IT|Catania
IT|Trieste
IT|Emilia-Romagna
ES|Zaragoza
ES|Alicante
PT|Braga
PT|Algarve
GR|Thessaloniki
CY|Larnaca
IE|Limerick
GB|Aberdeen
TR|Adana
RU|Buryatia
RU|Kaluga
RU|Tatarstan
KZ|Shymkent
KZ|Karaganda;Karagandy
KZ|Pavlodar
KZ|Ekibastuz
KZ|Aktobe
UZ|Samarkand
UZ|Bukhara
UZ|Navoi;Navoiy
UZ|Fergana
PK|Faisalabad
PK|Multan
PK|Quetta
TH|Khon Kaen
KH|Siem Reap
PH|Pampanga
TW|Tainan
TW|Hsinchu
TW|Taoyuan
TW|New Taipei
NZ|Dunedin
NZ|Tauranga
NZ|Waikato
NZ|Canterbury
NZ|Otago
IL|Haifa
EG|Giza
MA|Fez;Fes
MA|Agadir
GH|Tamale
GH|Takoradi
UG|Entebbe
ZA|Port Elizabeth;Gqeberha
ZA|Bloemfontein
ZW|Bulawayo
BR|Belém;Belem
BR|Goiânia;Goiania
AR|Mar del Plata
CL|Concepción;Concepcion
CL|Antofagasta
CL|Viña del Mar;Vina del Mar
CL|Atacama
CO|Bucaramanga
BO|Santa Cruz de la Sierra
PY|Ciudad del Este
PR|San Juan
MX|Mérida;Merida
CA|Quebec City
US|San Antonio
US|Anchorage
PY|Alto Paraná;Alto Parana
MY|Peninsular Malaysia
--|European Economic Area;EEA
AE|Dubai International Financial Centre;DIFC
KZ|Astana International Financial Centre;AIFC
QA|Qatar Financial Centre;QFC
"""
