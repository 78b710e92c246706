/// Regions, states, provinces and cities, one a line: `COUNTRY|Name;Alias;...` (`--` when the
/// place spans countries). They are locations without a code of their own; the country gives a jurisdiction.
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
US|Alabama
US|Alaska
US|Arizona
US|Arkansas
US|California
US|Colorado
US|Connecticut
US|Delaware
US|Florida
US|Hawaii
US|Idaho
US|Illinois
US|Indiana
US|Iowa
US|Kansas
US|Kentucky
US|Louisiana
US|Maine
US|Maryland
US|Massachusetts
US|Michigan
US|Minnesota
US|Mississippi
US|Missouri
US|Montana
US|Nebraska
US|Nevada
US|New Hampshire
US|New Jersey
US|New Mexico
US|New York;NYC;New York City
US|North Carolina
US|North Dakota
US|Ohio
US|Oklahoma
US|Oregon
US|Pennsylvania
US|Rhode Island
US|South Carolina
US|South Dakota
US|Tennessee
US|Texas
US|Utah
US|Vermont
US|Virginia
US|Washington
US|West Virginia
US|Wisconsin
US|Wyoming
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
"""
