#!/usr/bin/env python3
"""Writes the three texts the language bounds are measured on (Tests/Benchmarks/README.md) into DIR:
nopunct.txt (800,000 policy words without punctuation, 5.4 MB), numbers.txt (numbers only, 4.7 MB) and
articles.txt (the texts of Tests/Gold/blind* repeated to 5.0 MB). Fixed seed: the same files every time.

Usage: python3 Tests/Benchmarks/language/bounds_texts.py DIR   (from the package root)
Then: /usr/bin/time -f "%U s %M KB" .build/release/herald extract --published 2026-01-01 DIR/nopunct.txt > /dev/null
"""
import json
import random
import sys
from pathlib import Path

WORDS = ["the", "regulator", "will", "ban", "crypto", "exchanges", "from", "january", "must", "register", "with",
         "authority", "said", "on", "monday", "bitcoin", "trading", "licence", "require", "fined", "bank", "central",
         "new", "rules", "stablecoin"]


def main(folder):
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    (folder / "nopunct.txt").write_text(" ".join(rng.choice(WORDS) for _ in range(800_000)) + "\n")
    numbers = []
    size = 0
    while size < 4_700_000:
        number = str(rng.randint(0, 10 ** rng.randint(1, 9)))
        numbers.append(number)
        size += len(number) + 1
    (folder / "numbers.txt").write_text(" ".join(numbers) + "\n")
    texts = [json.loads(case.read_text())["text"] for case in sorted(Path("Tests/Gold").glob("blind*/*.json"))]
    articles = []
    size = 0
    while size < 5_000_000:
        for text in texts:
            articles.append(text)
            size += len(text.encode()) + 2
            if size >= 5_000_000:
                break
    (folder / "articles.txt").write_text("\n\n".join(articles) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
