/// Exchanges, crypto companies, banks, technology firms and media outlets, one a line:
/// `Name;Alias;...`. The first name is the fullest. A leading `~` marks a name that is also a common
/// word: it counts only where it cannot be a sentence's first word.
let organizationTable = """
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
Tether Limited;Tether Holdings
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
The Information
"""
