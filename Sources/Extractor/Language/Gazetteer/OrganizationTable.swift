/// Exchanges, crypto companies, banks, technology firms, media outlets and international organizations that
/// regulate no one (OECD, IMF, World Bank, BIS), one a line:
/// `Name;Alias;...`. The first name is the fullest. A leading `~` marks a name that is also a common
/// word: it counts only where it cannot be a sentence's first word. A leading `--|` marks a body that sets standards
/// for every country (FATF, FSB) or acts for all of them (UN, Interpol): an organization whose measures are the world's
/// (jurisdiction `GLOBAL`, as the authority table's `--` rows).
let organizationTable = """
--|Financial Action Task Force;FATF
--|Financial Stability Board;FSB
--|United Nations;UN;U.N.
--|Interpol
Organisation for Economic Co-operation and Development;Organization for Economic Cooperation and Development;OECD
International Monetary Fund;IMF
World Bank
Bank for International Settlements;BIS
European Bank for Reconstruction and Development;EBRD
Binance;Binance.com;Binance.US
Coinbase;Coinbase Global
Kraken
Huobi;Huobi Global;HTX
OKX;OKEx
Bitfinex
Bitstamp
Gemini
FTX;FTX.com;FTX US
KuCoin
Bybit
Gate.io
Bittrex
Poloniex
Crypto.com
Upbit
Bithumb
Bitget
MEXC
Robinhood
eToro
Bitpanda
Luno
WazirX
CoinDCX
Zebpay
BitMEX
Deribit
Bitso
Mercado Bitcoin
Paxful
LocalBitcoins
Uniswap Labs
PancakeSwap
Curve Finance
Lido
MakerDAO
Aave Labs
Chainalysis
Elliptic
CertiK
PeckShield
SlowMist
TRM Labs
~Circle
Paxos
Tether;Tether Limited;Tether Holdings
Ripple Labs
Grayscale;Grayscale Investments
MicroStrategy
BlackRock
~Fidelity;Fidelity Investments
VanEck
Galaxy Digital
Ark Invest;ARK Invest
21Shares
CoinShares
Bitwise
DeFi Llama;DefiLlama
CoinGecko
CoinMarketCap
Glassnode
Messari
Kaiko
CryptoQuant
Nansen
Dune Analytics
Bitmain
~Canaan
MicroBT
Riot Platforms;Riot Blockchain
Marathon Digital
Core Scientific
Hut 8
MetaMask
ConsenSys
OpenSea
Yuga Labs
~Celsius;Celsius Network
~Voyager;Voyager Digital
BlockFi
~Genesis
Three Arrows Capital;3AC
Terraform Labs
Silvergate;Silvergate Bank
Signature Bank
Silicon Valley Bank;SVB
Google
Alphabet
~Apple
~Meta;Meta Platforms
Facebook
Instagram
WhatsApp
Twitter
Telegram
YouTube
TikTok
Reddit
~Discord
Microsoft
Amazon
Tesla
Nvidia
Samsung
Alibaba;Alibaba Group
Ant Group
Tencent
WeChat
Baidu
JD.com
ByteDance
PayPal
Venmo
Visa
Mastercard
~Square
Block Inc.
Stripe
Revolut
Nubank
JPMorgan;JPMorgan Chase;J.P. Morgan
Goldman Sachs
Morgan Stanley
Citigroup;Citi
Bank of America
Wells Fargo
HSBC
Standard Chartered
Barclays
UBS
Credit Suisse
Deutsche Bank
BNY Mellon
State Street
Nasdaq
New York Stock Exchange;NYSE
Chicago Mercantile Exchange;CME Group;CME
Hong Kong Stock Exchange;HKEX
London Stock Exchange;LSE
Bloomberg;Bloomberg News
Reuters;Thomson Reuters
Associated Press
CoinDesk
Cointelegraph
~Decrypt
The Block
Yahoo Finance;Yahoo
CNBC
CNN
BBC
Financial Times
Wall Street Journal;WSJ
New York Times;NYT
Washington Post
The Guardian
Forbes
~Fortune
Business Insider
Nikkei;Nikkei Asia
South China Morning Post;SCMP
Caixin
Xinhua
Global Times
Securities Times
China Daily
Yonhap
Kyodo
Bitcoin Magazine
bitFlyer
Coincheck
bitbank
Zaif
Liquid Global
Korbit
Coinone
Gopax
Bitkub
Indodax
Tokocrypto
Coins.ph
PDAX
Yellow Card
Quidax
Busha
Bitvavo
CoinJar
Swyftx
Independent Reserve
Bitbuy
Wealthsimple
Coinsquare
Ripio
Buenbit
Foxbit
BtcTurk
Paribu
Thodex
BitOasis
CoinMENA
Rain Financial
CoinSwitch
Mudrex
HashKey;HashKey Group;HashKey Exchange
OSL
Matrixport
Amber Group
Zipmex
Nexo
Blockchain.com
Trezor
Fireblocks
Anchorage Digital
BitGo
Mt. Gox;Mt Gox
Arkham Intelligence;Arkham
Tornado Cash
Lazarus Group
Farside Investors
iShares
Japan Virtual and Crypto assets Exchange Association;JVCEA
Korea Blockchain Association
Chamber of Digital Commerce
Blockchain Association
Crypto Council for Innovation
Bharat Web3 Association
Emirates NBD
First Abu Dhabi Bank;FAB
Abu Dhabi Commercial Bank
Mashreq
Standard Bank
Access Bank
Zenith Bank
Ecobank
Safaricom
M-Pesa
DBS Bank;DBS
OCBC
Mizuho
MUFG
SBI Holdings
Nomura
Rakuten
Kakao;KakaoBank
Naver
Shinhan Bank
Bank of China
ICBC;Industrial and Commercial Bank of China
China Construction Bank
Agricultural Bank of China
China Merchants Bank
Ant Financial
Alipay
JD Pay
Paytm
PhonePe
Razorpay
HDFC Bank
ICICI Bank
State Bank of India;SBI
Itaú;Itaú Unibanco
Banco do Brasil
Bradesco
BTG Pactual
~Santander;Banco Santander
BBVA
BNP Paribas
Société Générale;SocGen
ING
Rabobank
Commerzbank
Raiffeisen Bank
Intesa Sanpaolo
SIX Swiss Exchange
Intercontinental Exchange
Alameda Research
UniCredit
Lloyds;Lloyds Banking Group
NatWest
Monzo
Starling Bank
Royal Bank of Canada;RBC
TD Bank
Commonwealth Bank;Commonwealth Bank of Australia
Westpac
ANZ
National Australia Bank;NAB
~Citadel;Citadel Securities
Jane Street
Jump Trading;Jump Crypto
Wintermute
Franklin Templeton
Invesco
WisdomTree
Valkyrie
Hashdex
ProShares
Cboe;Cboe Global Markets
Deutsche Börse
Euronext
Euronext Amsterdam
Euronext Brussels
Euronext Dublin
Euronext Lisbon
Euronext Milan
Euronext Oslo
Euronext Paris
Bakkt
Kraken Digital Asset Exchange
EDX Markets
Circle Internet Financial
Paxos Trust
Ondo Finance
Securitize
Ethena Labs
World Liberty Financial
Stellar Development Foundation
Ethereum Foundation
Solana Foundation
Cardano Foundation
Tron Foundation
Web3 Foundation
Avalanche Foundation
Coinbase Ventures
Andreessen Horowitz;a16z
Pantera Capital
~Sequoia;Sequoia Capital
Tiger Global
SoftBank
Binance Labs
Celsius Network
Genesis Global Capital
Digital Currency Group;DCG
Prime Trust
Signature Bank
Silvergate Capital
Worldpay
Adyen
Klarna
Cash App
River Financial
Swan Bitcoin
Blockstream
Lightning Labs
Chainlink Labs
Polygon Labs
Optimism Foundation
Offchain Labs
Matter Labs
StarkWare
Consensys
Trust Wallet
Rabby
Coinbase Wallet
OpenAI
Apple Pay
Google Pay
Samsung Pay
Bitmain Technologies
Canaan Creative
Antpool
F2Pool
Hive Digital
Bitfarms
CleanSpark
Iris Energy
TeraWulf
Cipher Mining
Argo Blockchain
Stronghold Digital
Greenidge
Bloomberg Intelligence
Kaiko Research
Token Terminal
The Block Research
Decrypt Media
Blockworks
Bitcoin.com
CryptoSlate
BeInCrypto
Forkast
Protos
Finbold
U.Today
Benzinga
MarketWatch
Barron's
The Economist
Le Monde
Handelsblatt
Nikkei Asian Review
Korea Herald
Korea Times
Economic Times
Times of India
Hindustan Times
BusinessDay
Gulf News
Arab News
Khaleej Times
Al Jazeera
Sky News
ABC News
CBS News
NBC News
Fox Business
Fox News
Politico
Axios
The Verge
TechCrunch
~Wired
~X
The Information
BingX
Phemex
LBank
BitMart
CoinEx
WhiteBIT
~Bullish;Bullish Global
Pintu
GMO Coin
DMM Bitcoin
SBI VC Trade
Bitpoint
Uphold
Bitbns
Bitcoin Suisse
Sygnum;Sygnum Bank
AMINA Bank;SEBA Bank
MaiCoin
BitoPro
EXMO
Garantex
Lemon Cash
Novadax
Metaplanet;Metaplanet Inc.
MARA Holdings
Bitdeer
Polychain Capital
Multicoin Capital
Cumberland DRW
Jito Labs
Solana Labs
Dunamu
Hyperliquid Labs
Binance Japan
OKX Europe
Kraken Europe
Coinbase Europe
Circle Internet Group
Tether Investments
Strategy Inc.
Bitcoin Depot
Athena Bitcoin
CoinFlip
Bitstop
Coinme
Bithumb Korea
Korbit Inc.
Ledger SAS
Galaxy Digital Holdings
Nomura Digital Asset Services
Laser Digital
Zodia Custody
~Copper;Copper Technologies
Hidden Road
Ripple Prime
Figure Technologies
Kraken Financial
Anchorage Digital Bank
Erebor Bank
"""
