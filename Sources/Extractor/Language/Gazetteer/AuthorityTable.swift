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
US|House of Representatives;U.S. House of Representatives
US|House Financial Services Committee
US|Senate Banking Committee
US|Supreme Court;U.S. Supreme Court
US|White House
US|Financial Stability Oversight Council;FSOC
US|Department of Homeland Security;DHS
GB|Financial Conduct Authority;FCA
GB|Bank of England;BoE;BOE
GB|Prudential Regulation Authority;PRA
GB|HM Treasury;Her Majesty's Treasury;His Majesty's Treasury
GB|HM Revenue and Customs;HM Revenue & Customs;HMRC
GB|Serious Fraud Office;SFO
GB|Financial Ombudsman Service
GB|Parliament;UK Parliament;British Parliament
GB|House of Commons
GB|House of Lords
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
EU|European Commission;EU Commission;EC
EU|European Parliament;EU Parliament
EU|Council of the European Union;Council of the EU;European Council
EU|European Central Bank;ECB
EU|European Securities and Markets Authority;ESMA
EU|European Banking Authority;EBA
EU|European Insurance and Occupational Pensions Authority;EIOPA
EU|Anti-Money Laundering Authority;AMLA
DE|Federal Financial Supervisory Authority;Bundesanstalt für Finanzdienstleistungsaufsicht;BaFin
DE|Deutsche Bundesbank;Bundesbank
DE|Bundestag
FR|Autorité des Marchés Financiers;AMF
FR|Banque de France;Bank of France
FR|Élysée Palace;Élysée;Elysee Palace;Elysee
FR|Autorité de contrôle prudentiel et de résolution;ACPR
IT|Commissione Nazionale per le Società e la Borsa;CONSOB;Consob
IT|Bank of Italy;Banca d'Italia
ES|National Securities Market Commission;Comisión Nacional del Mercado de Valores;CNMV
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
LT|Bank of Lithuania;Lietuvos bankas
EE|Financial Supervision Authority of Estonia
RU|Central Bank of Russia;Bank of Russia;CBR
RU|State Duma;Duma
RU|Kremlin
RU|Ministry of Finance of Russia;Russian Ministry of Finance;Minfin
UA|National Bank of Ukraine;NBU
TR|Central Bank of the Republic of Türkiye;Central Bank of the Republic of Turkey;Central Bank of Türkiye;Central Bank of Turkey;CBRT
TR|Capital Markets Board;Capital Markets Board of Turkey;Capital Markets Board of Türkiye
AE|Virtual Assets Regulatory Authority;VARA
AE|Dubai Financial Services Authority;DFSA
AE|Financial Services Regulatory Authority;FSRA
AE|Central Bank of the UAE;Central Bank of the United Arab Emirates;UAE Central Bank;CBUAE
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
AR|National Securities Commission;Comisión Nacional de Valores;CNV
CO|Financial Superintendence of Colombia;Superintendencia Financiera de Colombia;Superintendencia Financiera;Financial Superintendency of Colombia;Financial Superintendency
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
US|National Credit Union Administration;NCUA
US|Department of Commerce;Commerce Department
US|State Department;Department of State
US|California Department of Financial Protection and Innovation;DFPI
US|Texas State Securities Board
US|Texas Department of Banking
US|New Jersey Bureau of Securities
US|Office of Financial Research
US|Federal Housing Finance Agency
US|Senate Agriculture Committee
GB|Payment Systems Regulator
GB|National Crime Agency
GB|Office of Financial Sanctions Implementation;OFSI
GB|Crown Prosecution Service
GB|Metropolitan Police;Metropolitan Police Service
GB|Treasury Committee
GB|Downing Street
GB|Financial Policy Committee
CN|Ministry of Commerce of China
CN|State Administration for Market Regulation;SAMR
HK|Hong Kong Police Force;Hong Kong Police
HK|Insurance Authority of Hong Kong
JP|Ministry of Economy, Trade and Industry;METI
JP|National Tax Agency
JP|Japan Fair Trade Commission
KR|Ministry of Economy and Finance
KR|Korea Fair Trade Commission
KR|National Assembly of Korea
SG|Singapore Police Force
SG|Commercial Affairs Department
TW|Central Bank of the Republic of China
IN|Financial Intelligence Unit-India;Financial Intelligence Unit India;FIU-IND
IN|Central Board of Direct Taxes;CBDT
IN|Ministry of Electronics and Information Technology;MeitY
IN|Directorate General of GST Intelligence;DGGI
IN|Supreme Court of India
IN|Income Tax Department
IN|International Financial Services Centres Authority;IFSCA
IN|Lok Sabha
IN|Rajya Sabha
AU|Federal Court of Australia
AU|High Court of Australia
AU|Australian Federal Police
AU|Australian Prudential Regulation Authority;APRA
CA|Canada Revenue Agency
CA|British Columbia Securities Commission;BCSC
CA|Alberta Securities Commission
CA|Canadian Investment Regulatory Organization;CIRO
CA|Investment Industry Regulatory Organization of Canada;IIROC
CA|Office of the Superintendent of Financial Institutions;OSFI
CA|Royal Canadian Mounted Police;RCMP
CA|Autorité des marchés financiers du Québec
EU|Court of Justice of the European Union;European Court of Justice;CJEU
EU|European Systemic Risk Board;ESRB
EU|European Data Protection Board
DE|Federal Ministry of Finance of Germany;German Finance Ministry
FR|Tracfin
FR|Conseil d'État;Conseil d'Etat
IT|Guardia di Finanza
IT|Organismo Agenti e Mediatori;OAM
ES|Spanish Tax Agency;Agencia Tributaria;Agencia Estatal de Administración Tributaria;AEAT
PT|Bank of Portugal;Banco de Portugal
PT|Comissão do Mercado de Valores Mobiliários;CMVM
AT|Austrian Financial Market Authority;Finanzmarktaufsicht
AT|Oesterreichische Nationalbank;Austrian National Bank
LI|Financial Market Authority Liechtenstein
GI|Gibraltar Financial Services Commission;GFSC
JE|Jersey Financial Services Commission;JFSC
GG|Guernsey Financial Services Commission
IM|Isle of Man Financial Services Authority
BM|Bermuda Monetary Authority;BMA
KY|Cayman Islands Monetary Authority;CIMA
BS|Securities Commission of The Bahamas;Securities Commission of the Bahamas
BS|Central Bank of The Bahamas;Central Bank of the Bahamas
CZ|Czech National Bank;CNB
HU|Hungarian National Bank;Magyar Nemzeti Bank;MNB
RO|National Bank of Romania
GR|Bank of Greece
GR|Hellenic Capital Market Commission
FI|Finnish Financial Supervisory Authority;FIN-FSA
FI|Bank of Finland
DK|Danish Financial Supervisory Authority;Finanstilsynet
NO|Financial Supervisory Authority of Norway
IS|Central Bank of Iceland
SI|Bank of Slovenia;Banka Slovenije
SK|National Bank of Slovakia;Národná banka Slovenska
HR|Croatian National Bank
BG|Bulgarian National Bank
LV|Bank of Latvia;Latvijas Banka
TR|Financial Crimes Investigation Board;MASAK
TR|Grand National Assembly of Turkey;Grand National Assembly
TR|Banking Regulation and Supervision Agency;BDDK
RU|Federal Financial Monitoring Service;Rosfinmonitoring
RU|Federal Tax Service of Russia
UA|Ministry of Digital Transformation
UA|National Securities and Stock Market Commission;NSSMC
UA|Verkhovna Rada
BY|National Bank of the Republic of Belarus;National Bank of Belarus
KZ|Agency for Regulation and Development of the Financial Market;ARDFM
KZ|National Bank of Kazakhstan
UZ|National Agency of Perspective Projects
GE|National Bank of Georgia
AM|Central Bank of Armenia
AZ|Central Bank of Azerbaijan
PK|Securities and Exchange Commission of Pakistan;SECP
PK|Federal Investigation Agency
NP|Nepal Rastra Bank
KH|National Bank of Cambodia
LA|Bank of the Lao PDR
MN|Bank of Mongolia
KR|Seoul Central District Court
NG|Nigerian Financial Intelligence Unit;NFIU
NG|Federal Inland Revenue Service;FIRS
NG|National Assembly of Nigeria
ZA|South African Revenue Service;SARS
ZA|Financial Intelligence Centre
ZA|Prudential Authority
KE|Kenya Revenue Authority;KRA
KE|National Treasury of Kenya
GH|Securities and Exchange Commission Ghana
UG|Bank of Uganda
TZ|Bank of Tanzania
RW|National Bank of Rwanda
ZM|Bank of Zambia
ZW|Reserve Bank of Zimbabwe
EE|Bank of Estonia;Eesti Pank
PL|National Bank of Poland;Narodowy Bank Polski
BE|National Bank of Belgium
AL|Bank of Albania
RS|National Bank of Serbia
MD|National Bank of Moldova
MK|National Bank of North Macedonia
KG|National Bank of the Kyrgyz Republic
AF|Da Afghanistan Bank
MU|Bank of Mauritius
MZ|Bank of Mozambique;Banco de Moçambique
SL|Bank of Sierra Leone
MW|Reserve Bank of Malawi
GT|Bank of Guatemala;Banco de Guatemala
GY|Bank of Guyana
PG|Bank of Papua New Guinea
FJ|Reserve Bank of Fiji
VU|Reserve Bank of Vanuatu
TO|National Reserve Bank of Tonga
NA|Bank of Namibia
BW|Bank of Botswana
MU|Financial Services Commission of Mauritius
SC|Financial Services Authority of Seychelles
ET|National Bank of Ethiopia
MA|Bank Al-Maghrib
TN|Central Bank of Tunisia
DZ|Bank of Algeria
BR|Receita Federal;Federal Revenue Service of Brazil
BR|Federal Police of Brazil
AR|Federal Administration of Public Revenue;AFIP
CL|Central Bank of Chile;Banco Central de Chile
PE|Superintendency of Banking, Insurance and AFP;Superintendency of Banking, Insurance and AFPs;Superintendency of Banking, Insurance and Private Pension Fund Administrators;Superintendence of Banking, Insurance and Private Pension Fund Administrators;Superintendency of Banking, Insurance and Private Pension Funds
PE|Central Reserve Bank of Peru
CO|Bank of the Republic;Banco de la República
MX|National Banking and Securities Commission;Comisión Nacional Bancaria y de Valores;CNBV
UY|Central Bank of Uruguay
PY|Central Bank of Paraguay
BO|Central Bank of Bolivia
EC|Central Bank of Ecuador
PA|Superintendency of the Securities Market of Panama
CR|Central Bank of Costa Rica
JM|Bank of Jamaica
TT|Central Bank of Trinidad and Tobago
IL|Israel Tax Authority
IL|Capital Market, Insurance and Savings Authority
IL|Israel Money Laundering and Terror Financing Prohibition Authority
JO|Central Bank of Jordan
LB|Banque du Liban
KW|Central Bank of Kuwait
OM|Central Bank of Oman
TH|Revenue Department of Thailand
VN|Ministry of Finance of Vietnam
PH|Bureau of Internal Revenue
ID|Ministry of Trade of Indonesia
MY|Inland Revenue Board of Malaysia
NZ|Inland Revenue Department;Inland Revenue
SG|Inland Revenue Authority of Singapore;IRAS
TT|Board of Inland Revenue
CL|Financial Market Commission of Chile;Comisión para el Mercado Financiero
--|International Organization of Securities Commissions;IOSCO
--|Basel Committee on Banking Supervision;Basel Committee
--|Europol
--|G20;G-20
--|G7;G-7
--|Committee on Payments and Market Infrastructures;CPMI
IR|Islamic Consultative Assembly;Majlis;Iranian Parliament
IR|FARAJA;Law Enforcement Command of the Islamic Republic of Iran;Iranian Police
IR|Ministry of Energy of Iran
IR|Ministry of Economic Affairs and Finance of Iran
ES|Guardia Civil;Civil Guard
ES|Policía Nacional;Spanish National Police
ES|Ministry of Economy of Spain
FR|Gendarmerie Nationale;French Gendarmerie
FR|Direction générale des Finances publiques;DGFiP
FR|Assemblée nationale;French National Assembly
FR|French Senate
FR|Ministry of the Economy and Finance of France;Bercy
DE|Federal Criminal Police Office;Bundeskriminalamt;BKA
DE|Federal Central Tax Office;Bundeszentralamt für Steuern
DE|Bundesrat
IT|Agenzia delle Entrate;Italian Revenue Agency
IT|Ministry of Economy and Finance of Italy;Ministero dell'Economia e delle Finanze;MEF
IT|Italian Parliament
NL|Fiscal Information and Investigation Service;FIOD
NL|Dutch Tax Administration;Belastingdienst
NL|Tweede Kamer;House of Representatives of the Netherlands
IE|Revenue Commissioners;Irish Revenue
SE|Swedish Tax Agency;Skatteverket
SE|Riksdag
NO|Storting
DK|Folketing
FI|Eduskunta
PL|Sejm
CH|Swiss Federal Council;Federal Council of Switzerland
CH|Federal Department of Finance;Swiss Federal Department of Finance
CH|State Secretariat for International Finance;SIF
AT|Austrian Federal Ministry of Finance
BR|Polícia Federal;Brazilian Federal Police
BR|Ministry of Finance of Brazil;Ministério da Fazenda
BR|National Congress of Brazil;Congresso Nacional;Brazilian Congress
BR|Senado Federal;Brazilian Senate
BR|Chamber of Deputies of Brazil;Câmara dos Deputados
BR|Council for Financial Activities Control;COAF
MX|Secretaría de Hacienda y Crédito Público;Ministry of Finance of Mexico;SHCP
MX|Servicio de Administración Tributaria;Mexican Tax Administration Service
MX|Unidad de Inteligencia Financiera
MX|Chamber of Deputies of Mexico;Cámara de Diputados
AR|Central Bank of the Argentine Republic;Banco Central de la República Argentina
AR|Financial Information Unit of Argentina;Unidad de Información Financiera
AR|Ministry of Economy of Argentina;Ministerio de Economía
AR|Argentine Congress;Congreso de la Nación
BO|Banco Central de Bolivia
BO|Autoridad de Supervisión del Sistema Financiero;ASFI
PE|Superintendencia del Mercado de Valores;SMV
PE|Superintendencia de Banca, Seguros y AFP
CL|Internal Revenue Service of Chile;Servicio de Impuestos Internos
CO|Dirección de Impuestos y Aduanas Nacionales;DIAN
SV|National Commission of Digital Assets;Comisión Nacional de Activos Digitales;CNAD
SV|Superintendency of the Financial System;Superintendencia del Sistema Financiero
SV|Legislative Assembly of El Salvador
PA|Superintendencia del Mercado de Valores de Panamá
EC|Superintendencia de Bancos del Ecuador
UY|Superintendencia de Servicios Financieros
VE|National Superintendency of Crypto Assets
JP|Ministry of Finance of Japan
JP|National Diet;Diet of Japan;~Diet
KR|National Tax Service
KR|Korean National Police Agency;Korea National Police Agency
KR|National Assembly of the Republic of Korea;Korean National Assembly
CN|Ministry of Finance of China
CN|State Taxation Administration
CN|Ministry of Public Security of China
TW|Legislative Yuan
TW|Executive Yuan
TW|Financial Supervisory Commission of Taiwan
HK|Legislative Council;LegCo
HK|Financial Services and the Treasury Bureau;FSTB
HK|Customs and Excise Department
IN|Central Bureau of Investigation
IN|Goods and Services Tax Council;GST Council
IN|Parliament of India
ID|Directorate General of Taxes;Direktorat Jenderal Pajak;DJP
ID|Ministry of Finance of Indonesia;Kementerian Keuangan;Kemenkeu
ID|Indonesian National Police;Polri
ID|House of Representatives of Indonesia;Dewan Perwakilan Rakyat
PH|Philippine National Police;PNP
PH|Anti-Money Laundering Council;AMLC
PH|Department of Finance of the Philippines
PH|Philippine Senate;Senate of the Philippines
PH|House of Representatives of the Philippines
MY|Royal Malaysia Police
MY|Dewan Rakyat
TH|Royal Thai Police
TH|Anti-Money Laundering Office
VN|State Securities Commission of Vietnam
VN|Ministry of Public Security of Vietnam
VN|National Assembly of Vietnam
SG|Ministry of Finance of Singapore
PK|Pakistan Virtual Assets Regulatory Authority;PVARA
PK|Federal Board of Revenue;FBR
PK|National Assembly of Pakistan
BD|Bangladesh Securities and Exchange Commission;BSEC
LK|Securities and Exchange Commission of Sri Lanka
AE|Abu Dhabi Global Market;ADGM
AE|Dubai Police
AE|UAE Ministry of Finance
SA|Capital Market Authority of Saudi Arabia;Saudi Capital Market Authority
SA|Zakat, Tax and Customs Authority;ZATCA
TR|Ministry of Treasury and Finance;Turkish Ministry of Treasury and Finance
TR|Turkish National Police
IL|Israel Police
IL|Knesset
EG|Financial Regulatory Authority of Egypt;Egyptian Financial Regulatory Authority
EG|Egyptian Money Laundering and Terrorist Financing Combating Unit;EMLCU
MA|Autorité Marocaine du Marché des Capitaux;Moroccan Capital Market Authority;AMMC
MA|Office des Changes
MA|Ministry of Economy and Finance of Morocco
TN|Financial Market Council of Tunisia
NG|Nigeria Police Force
NG|Federal Ministry of Finance of Nigeria
KE|Directorate of Criminal Investigations;DCI
KE|National Assembly of Kenya;Kenyan Parliament
KE|Communications Authority of Kenya
ZA|South African Police Service;SAPS
ZA|National Treasury of South Africa;South African National Treasury
ZA|Intergovernmental Fintech Working Group;IFWG
GH|Ghana Revenue Authority
UG|Capital Markets Authority of Uganda
TZ|Capital Markets and Securities Authority
ZM|Securities and Exchange Commission of Zambia
NA|Namibia Financial Institutions Supervisory Authority;NAMFISA
BW|Non-Bank Financial Institutions Regulatory Authority;NBFIRA
--|Central Bank of West African States;BCEAO
--|Bank of Central African States;BEAC
--|Eastern Caribbean Central Bank;ECCB
--|Asian Development Bank;ADB
--|African Development Bank;AfDB
--|Inter-American Development Bank;IDB
--|European Investment Bank;EIB
--|Egmont Group
--|World Trade Organization;WTO
EU|Directorate-General for Financial Stability, Financial Services and Capital Markets Union;DG FISMA
EU|Eurogroup
EU|Single Resolution Board
EU|European Court of Auditors
RU|Federation Council
RU|Investigative Committee of Russia
RU|Federal Security Service
UA|Cyber Police of Ukraine;Ukrainian Cyber Police
UA|Security Service of Ukraine;SBU
US|Secret Service;U.S. Secret Service
US|Drug Enforcement Administration;DEA
US|Homeland Security Investigations
US|Internet Crime Complaint Center;IC3
US|Government Accountability Office;GAO
US|Congressional Budget Office
US|Illinois Department of Financial and Professional Regulation;IDFPR
US|Florida Office of Financial Regulation
US|Washington Department of Financial Institutions
US|Massachusetts Securities Division
US|North American Securities Administrators Association;NASAA
CA|Department of Finance Canada;Finance Canada
CA|Competition Bureau;Competition Bureau Canada
AU|Australian Treasury
AU|Australian Communications and Media Authority;ACMA
GB|City of London Police
GB|Advertising Standards Authority
GB|Competition and Markets Authority
IE|Oireachtas;Houses of the Oireachtas
IE|Dáil Éireann;Dáil
IE|Seanad Éireann;Seanad
IE|An Garda Síochána;Garda Síochána;Gardaí
LT|Seimas
LV|Saeima
EE|Riigikogu
IS|Althing;Alþingi
MN|State Great Khural;Great Khural
KZ|Mazhilis
UZ|Oliy Majlis
KG|Jogorku Kenesh
AZ|Milli Majlis
BD|Jatiya Sangsad
MY|Dewan Rakyat
ES|Congress of Deputies;Congreso de los Diputados
ES|Cortes Generales
PT|Assembly of the Republic;Assembleia da República
GR|Hellenic Parliament
HR|Sabor;Croatian Parliament
HU|National Assembly of Hungary;Országgyűlés
AE|Federal National Council
"""
