/// Financial regulators, central banks, ministries, legislatures, courts and international
/// bodies, one a line: `JURISDICTION|Name;Alias;...` (`--` for international bodies).
/// The first name is the fullest; aliases are abbreviations and short forms.
let authorityTable = """
US|U.S. Securities and Exchange Commission;US Securities and Exchange Commission;United States Securities and Exchange Commission;Securities and Exchange Commission;SEC
US|Commodity Futures Trading Commission;U.S. Commodity Futures Trading Commission;CFTC
US|Financial Crimes Enforcement Network;FinCEN
US|Federal Reserve;Federal Reserve Board;Federal Reserve System;Fed
US|Office of the Comptroller of the Currency;OCC
US|Federal Deposit Insurance Corporation;FDIC
US|Internal Revenue Service;IRS
US|Department of Justice;U.S. Department of Justice;Justice Department;DOJ
US|Department of the Treasury;U.S. Department of the Treasury;U.S. Treasury;US Treasury;Treasury Department
US|Office of Foreign Assets Control;OFAC
US|Consumer Financial Protection Bureau;CFPB
US|Federal Trade Commission;FTC
US|Financial Industry Regulatory Authority;FINRA
US|New York State Department of Financial Services;New York Department of Financial Services;NYDFS
US|Federal Bureau of Investigation;FBI
US|Congress;U.S. Congress;US Congress
US|Senate;U.S. Senate;US Senate
US|House of Representatives;U.S. House of Representatives;House Financial Services Committee
US|Senate Banking Committee
US|Supreme Court;U.S. Supreme Court
US|White House
US|Financial Stability Oversight Council;FSOC
US|Department of Homeland Security;DHS
GB|Financial Conduct Authority;FCA
GB|Bank of England;BoE;BOE
GB|Prudential Regulation Authority;PRA
GB|HM Treasury;Her Majesty's Treasury;His Majesty's Treasury
GB|HM Revenue and Customs;HMRC
GB|Serious Fraud Office;SFO
GB|Financial Ombudsman Service
GB|Parliament;UK Parliament;British Parliament;House of Commons;House of Lords
CN|People's Bank of China;PBoC;PBOC
CN|State Council
CN|National Development and Reform Commission;NDRC
CN|China Securities Regulatory Commission;CSRC
CN|China Banking and Insurance Regulatory Commission;China Banking and Insurance Regulatory;CBIRC
CN|National Financial Regulatory Administration;NFRA
CN|Cyberspace Administration of China;CAC
CN|Ministry of Public Security
CN|Supreme People's Court
CN|Supreme People's Procuratorate
CN|State Administration of Foreign Exchange;SAFE
CN|Ministry of Industry and Information Technology;MIIT
CN|National People's Congress;NPC
HK|Securities and Futures Commission;SFC
HK|Hong Kong Monetary Authority;HKMA
MO|Monetary Authority of Macao
TW|Financial Supervisory Commission
JP|Financial Services Agency;FSA
JP|Bank of Japan;BoJ;BOJ
JP|National Police Agency
KR|Financial Services Commission;FSC
KR|Financial Supervisory Service;FSS
KR|Bank of Korea;BoK;BOK
KR|Korea Financial Intelligence Unit;KoFIU
SG|Monetary Authority of Singapore;MAS
IN|Reserve Bank of India;RBI
IN|Securities and Exchange Board of India;SEBI
IN|Enforcement Directorate
IN|Ministry of Finance of India
AU|Australian Securities and Investments Commission;ASIC
AU|Australian Transaction Reports and Analysis Centre;AUSTRAC
AU|Reserve Bank of Australia;RBA
AU|Australian Taxation Office;ATO
AU|Australian Competition and Consumer Commission;ACCC
NZ|Financial Markets Authority
NZ|Reserve Bank of New Zealand;RBNZ
CA|Ontario Securities Commission;OSC
CA|Canadian Securities Administrators;CSA
CA|Bank of Canada;BoC
CA|Financial Transactions and Reports Analysis Centre of Canada;FINTRAC
CA|Autorité des marchés financiers
EU|European Commission;EC
EU|European Parliament
EU|Council of the European Union;Council of the EU;European Council
EU|European Central Bank;ECB
EU|European Securities and Markets Authority;ESMA
EU|European Banking Authority;EBA
EU|European Insurance and Occupational Pensions Authority;EIOPA
EU|Anti-Money Laundering Authority;AMLA
DE|Federal Financial Supervisory Authority;BaFin
DE|Deutsche Bundesbank;Bundesbank
DE|Bundestag
FR|Autorité des Marchés Financiers;AMF
FR|Banque de France;Bank of France
FR|Autorité de contrôle prudentiel et de résolution;ACPR
IT|Commissione Nazionale per le Società e la Borsa;CONSOB;Consob
IT|Bank of Italy;Banca d'Italia
ES|National Securities Market Commission;CNMV
ES|Bank of Spain;Banco de España
NL|Dutch Central Bank;De Nederlandsche Bank;DNB
NL|Authority for the Financial Markets;AFM
BE|Financial Services and Markets Authority;FSMA
CH|Swiss Financial Market Supervisory Authority;FINMA
CH|Swiss National Bank;SNB
IE|Central Bank of Ireland
LU|Commission de Surveillance du Secteur Financier;CSSF
MT|Malta Financial Services Authority;MFSA
CY|Cyprus Securities and Exchange Commission;CySEC
SE|Finansinspektionen
SE|Riksbank;Sveriges Riksbank
NO|Norges Bank
DK|Danmarks Nationalbank
PL|Polish Financial Supervision Authority;KNF
LT|Bank of Lithuania
EE|Financial Supervision Authority of Estonia
RU|Central Bank of Russia;Bank of Russia;CBR
RU|State Duma;Duma
RU|Ministry of Finance of Russia;Russian Ministry of Finance;Minfin
UA|National Bank of Ukraine;NBU
TR|Central Bank of the Republic of Turkey;Central Bank of Turkey;CBRT
TR|Capital Markets Board
AE|Virtual Assets Regulatory Authority;VARA
AE|Dubai Financial Services Authority;DFSA
AE|Financial Services Regulatory Authority;FSRA
AE|Central Bank of the UAE;Central Bank of the United Arab Emirates;CBUAE
AE|Securities and Commodities Authority;SCA
SA|Saudi Central Bank;Saudi Arabian Monetary Authority;SAMA
BH|Central Bank of Bahrain;CBB
QA|Qatar Central Bank;QCB
QA|Qatar Financial Centre Regulatory Authority;QFCRA
IL|Bank of Israel
IL|Israel Securities Authority
IR|Central Bank of Iran;CBI
NG|Central Bank of Nigeria;CBN
NG|Securities and Exchange Commission Nigeria
NG|Economic and Financial Crimes Commission;EFCC
ZA|South African Reserve Bank;SARB
ZA|Financial Sector Conduct Authority;FSCA
KE|Central Bank of Kenya;CBK
KE|Capital Markets Authority
GH|Bank of Ghana
EG|Central Bank of Egypt
BR|Central Bank of Brazil;Banco Central do Brasil;BCB
BR|Comissão de Valores Mobiliários;Brazilian Securities and Exchange Commission;CVM
MX|Bank of Mexico;Banco de México;Banxico
AR|Central Bank of Argentina;BCRA
AR|National Securities Commission;CNV
CO|Financial Superintendence of Colombia
SV|Central Reserve Bank of El Salvador
SV|National Bitcoin Office
VE|Sunacrip
TH|Securities and Exchange Commission of Thailand;Thai SEC
TH|Bank of Thailand;BoT
VN|State Bank of Vietnam;SBV
PH|Bangko Sentral ng Pilipinas;Central Bank of the Philippines;BSP
PH|Securities and Exchange Commission of the Philippines
ID|Bank Indonesia
ID|Financial Services Authority of Indonesia;Otoritas Jasa Keuangan;OJK
ID|Bappebti;Commodity Futures Trading Regulatory Agency
MY|Bank Negara Malaysia;BNM
MY|Securities Commission Malaysia
PK|State Bank of Pakistan;SBP
BD|Bangladesh Bank
LK|Central Bank of Sri Lanka
KZ|Astana Financial Services Authority;AFSA
--|Financial Action Task Force;FATF
--|International Monetary Fund;IMF
--|World Bank
--|Bank for International Settlements;BIS
--|Financial Stability Board;FSB
--|International Organization of Securities Commissions;IOSCO
--|Basel Committee on Banking Supervision;Basel Committee
--|United Nations;UN;U.N.
--|Interpol
--|Europol
--|G20;G-20
--|G7;G-7
"""
