// Fetcher
