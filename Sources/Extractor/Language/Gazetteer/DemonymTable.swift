/// Adjectives and demonyms of places, one a line: `CODE|Demonym;...`. They name no entity by
/// themselves, but "the Kenyan government" acts for Kenya.
let demonymTable = """
AE|Emirati
AR|Argentine;Argentinian
AT|Austrian
AU|Australian
BD|Bangladeshi
BE|Belgian
BR|Brazilian
CA|Canadian
CH|Swiss
CL|Chilean
CN|Chinese
CO|Colombian
CZ|Czech
DE|German
DK|Danish
EE|Estonian
EG|Egyptian
ES|Spanish
EU|European
FI|Finnish
FR|French
GB|British
GH|Ghanaian
GR|Greek
HK|Hongkonger
HU|Hungarian
ID|Indonesian
IE|Irish
IL|Israeli
IN|Indian
IR|Iranian
IS|Icelandic
IT|Italian
JP|Japanese
KE|Kenyan
KR|Korean;South Korean
KP|North Korean
KZ|Kazakh;Kazakhstani
LT|Lithuanian
LU|Luxembourgish
MT|Maltese
MX|Mexican
MY|Malaysian
NG|Nigerian
NL|Dutch
NO|Norwegian
NZ|New Zealand
PA|Panamanian
PE|Peruvian
PH|Filipino;Philippine
PK|Pakistani
PL|Polish
PT|Portuguese
PY|Paraguayan
RO|Romanian
RU|Russian
SA|Saudi;Saudi Arabian
SE|Swedish
SG|Singaporean
SV|Salvadoran;Salvadorian
TH|Thai
TR|Turkish
TW|Taiwanese
UA|Ukrainian
US|American
UY|Uruguayan
VE|Venezuelan
VN|Vietnamese
ZA|South African
--|Asian;African;Latin American;Middle Eastern;Western;Eastern;Southeast Asian;Arab;Nordic;Scandinavian;Caribbean
"""
