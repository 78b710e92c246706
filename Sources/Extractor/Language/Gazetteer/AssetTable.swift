/// Crypto assets, stablecoins and CBDCs, one a line: `TICKER|Name;Alias;...` (`--` when no ticker is
/// established). The ticker itself is also a surface form. A leading `~` marks a name that is also a
/// common word (it counts only inside a sentence); `^` a name that also counts in lower case.
let assetTable = """
BTC|^Bitcoin;XBT
ETH|^Ether;Ethereum
XRP|Ripple;XRP
LTC|^Litecoin
ADA|^Cardano
MATIC|~Polygon;Matic
SOL|^Solana
DOGE|^Dogecoin
BNB|BNB;Binance Coin
USDT|USDT;Tether USD;USDt;tether
USDC|USD Coin;USDC
BUSD|Binance USD
DAI|~Dai
DOT|^Polkadot
SHIB|Shiba Inu
AVAX|~Avalanche
TRX|~Tron;TRON
LINK|^Chainlink
UNI|Uniswap
XLM|~Stellar;Lumens
XMR|^Monero
BCH|Bitcoin Cash
BSV|Bitcoin SV
ETC|Ethereum Classic
EOS|EOS
XTZ|^Tezos
ATOM|~Cosmos
ALGO|^Algorand
FIL|^Filecoin
APE|ApeCoin
ZEC|^Zcash
DASH|~Dash
NEO|NEO
IOTA|IOTA
VET|VeChain
HBAR|^Hedera
ICP|Internet Computer
NEAR|NEAR Protocol
APT|^Aptos
SUI|~Sui
ARB|^Arbitrum
TON|^Toncoin
PEPE|~Pepe
AAVE|Aave
MKR|~Maker
COMP|~Compound
CRV|~Curve
SAND|~The Sandbox
MANA|Decentraland
AXS|Axie Infinity
FTM|Fantom
KSM|Kusama
LUNA|~Terra;Luna
UST|TerraUSD
TUSD|TrueUSD
PAX|Pax Dollar;USDP
PYUSD|PayPal USD
FDUSD|First Digital USD
GUSD|Gemini Dollar
FTT|FTX Token
CRO|Cronos
OKB|OKB
HT|Huobi Token
LEO|UNUS SED LEO
WBTC|Wrapped Bitcoin
STETH|Lido Staked Ether
RNDR|~Render
INJ|~Injective
GRT|~The Graph
FLOW|~Flow
XEM|NEM
QTUM|Qtum
ONE|~Harmony
KAS|^Kaspa
WLD|Worldcoin
--|e-CNY;digital yuan;Digital Currency Electronic Payment;DCEP
--|digital euro
--|digital pound;Britcoin
--|digital rupee;e-rupee
--|eNaira
--|~Sand Dollar
--|~Diem;Libra
--|~Petro
USDE|Ethena USDe;USDe
USDD|USDD
FRAX|Frax;FRAX
LUSD|Liquity USD;LUSD
EURC|Euro Coin;EURC
EURT|Euro Tether;EURt
RLUSD|Ripple USD;RLUSD
USD1|USD1
XAUT|Tether Gold;XAUt
PAXG|PAX Gold;PAXG
USDS|Sky Dollar;USDS
EURS|STASIS EURO;EURS
BRZ|Brazilian Digital Token;BRZ
POL|Polygon Ecosystem Token;POL
TIA|Celestia
SEI|~Sei
STX|Stacks
IMX|Immutable;Immutable X
RUNE|THORChain
LDO|Lido DAO
JUP|~Jupiter
WIF|dogwifhat
BONK|~Bonk
FLOKI|Floki;Floki Inu
ENA|Ethena
ONDO|Ondo
PYTH|Pyth Network
JTO|Jito
EGLD|MultiversX;Elrond
THETA|Theta Network
XDC|XDC Network
KCS|KuCoin Token
BGB|Bitget Token
FET|Fetch.ai
AGIX|SingularityNET
TAO|Bittensor
HNT|Helium
CHZ|Chiliz
GALA|~Gala
ENJ|Enjin Coin
BAT|Basic Attention Token
FLR|Flare
CFX|Conflux
MINA|~Mina Protocol
KAVA|~Kava
ZIL|Zilliqa
SNX|Synthetix
YFI|yearn.finance
SUSHI|SushiSwap
GMX|GMX
PENDLE|~Pendle
JASMY|JasmyCoin
XEC|eCash
BTT|BitTorrent Token
KLAY|Klaytn;Kaia
ASTR|Astar
RVN|Ravencoin
DCR|Decred
LRC|Loopring
STRK|Starknet
BLUR|~Blur
ORDI|ORDI
WLFI|WLFI
XCH|Chia
GNO|Gnosis
BAL|Balancer
ZRO|LayerZero
EIGEN|EigenLayer
BERA|Berachain
NEXO|NEXO
--|e-Naira
--|e-Cedi
--|JAM-DEX
--|Bakong
--|DCash
--|Digital Dirham
--|e-hryvnia
--|Drex
--|e-krona
--|digital shekel
--|digital won
--|e-HKD
EURE|Monerium EURe;EURe
"""
