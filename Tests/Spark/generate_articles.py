#!/usr/bin/env python3
"""Writes N invented news articles as JSON Lines, the batch format `dateline tag --format jsonl` reads.

Every article is made up (towns, companies and people are drawn from word lists below) and carries
absolute dates ("June 25", "March 3, 2024"), relative phrases ("last month", "the following day",
"three years ago", "since last summer"), durations, sets and the odd clock time, around a
publication date between 2015 and 2025. The output depends only on N and --seed.

    python3 generate_articles.py 20000 -o articles.jsonl
    python3 generate_articles.py 200 --hostile -o hostile.jsonl   # plus bad lines, see below

--hostile adds, at fixed places: a malformed JSON line, a line of binary bytes (not UTF-8, with
a NUL and a CR in it), a JSON array instead of an object, a record without text, a record whose
'published' cannot be read, a record without an id, a record in Latin-1 (not UTF-8), blank lines,
an article given as 'html', one article of about 5 MB, and a last line cut off in the middle
(no line break). Each bad line must come back as an error record, and the rest as usual.
"""

import argparse
import json
import random
import sys

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOWNS = ["Calder Bay", "Wrenford", "Ostrava Falls", "Linnet Island", "Marrow Creek", "Halvard",
         "Pellham", "Southmere", "Brackwater", "Veldt Harbor", "Kestrel Point", "Amberly",
         "Norrow", "Tessaly", "Quillon", "Duneford", "Graywick", "Ellamoor"]
BODIES = ["town council", "port authority", "school board", "water utility", "transit agency",
          "county commission", "hospital board", "housing trust", "state regulator",
          "chamber of commerce", "historical society", "fire district"]
COMPANIES = ["Harrow & Finch", "Bellweather Foods", "Corvid Rail", "Northlight Energy",
             "Tamsin Shipping", "Ardent Steel", "Lumen Pharmaceuticals", "Oakline Mills",
             "Brightwater Ferries", "Keel & Compass", "Saltmarsh Dairy", "Vantage Mining"]
FIRST = ["Teodora", "Harriet", "Marcus", "Ines", "Oluwaseun", "Dmitri", "Priya", "Callum",
         "Noor", "Javier", "Astrid", "Kenji", "Rosalind", "Tobias", "Amara", "Lucian"]
LAST = ["Vask", "Cole", "Okafor", "Lindqvist", "Marsh", "Petrov", "Ramanathan", "Doyle",
        "Haddad", "Ortega", "Solberg", "Takeda", "Whitcombe", "Brandt", "Nwosu", "Carrow"]
ROLES = ["mayor", "spokesperson", "chief executive", "union steward", "operations manager",
         "board chair", "county engineer", "police chief", "finance director", "president"]
TOPICS = [
    ("closed the {thing}", "reopened the {thing}", "the {thing}"),
    ("approved the budget for the {thing}", "rejected the plan for the {thing}", "the {thing} budget"),
    ("suspended service on the {thing}", "restored service on the {thing}", "the {thing}"),
    ("opened an inquiry into the {thing}", "published its report on the {thing}", "the {thing} inquiry"),
    ("signed a contract for the {thing}", "cancelled the contract for the {thing}", "the {thing} contract"),
]
THINGS = ["north pier", "Elm Street bridge", "night ferry", "east wing", "water treatment plant",
          "bus depot", "harbor dredging", "mill museum", "library annex", "rail spur",
          "grain terminal", "flood barrier", "market hall", "tram line"]
PAST_RELATIVE = ["last month", "last week", "yesterday", "earlier this month", "earlier this year",
                 "last year", "two weeks ago", "three years ago", "last summer", "last spring",
                 "in recent months", "recently", "on Tuesday", "last Friday", "in the first quarter",
                 "at the end of last year", "late last month", "early this year", "a decade ago"]
FUTURE_RELATIVE = ["next month", "next week", "tomorrow", "later this year", "next spring",
                   "by the end of the month", "next Monday", "within two years", "in the fall",
                   "next year", "early next month", "in the coming weeks"]
ANAPHORIC = ["the following day", "two weeks later", "a month later", "that month",
             "the next morning", "a year earlier", "three days later", "that same week"]
DURATIONS = ["for nearly two hours", "for more than four hours", "for three weeks", "for six months",
             "for about 90 minutes", "for two days"]
SETS = ["every Monday", "twice a month", "each summer", "every year", "daily"]


def days_in_month(year, month):
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


class Writer:
    """One article's sentences."""

    def __init__(self, rng):
        self.rng = rng

    def person(self):
        r = self.rng
        return f"{r.choice(FIRST)} {r.choice(LAST)}"

    def date_phrase(self, year, month, with_year):
        r = self.rng
        day = r.randint(1, days_in_month(year, month))
        name = MONTHS[month - 1]
        style = r.random()
        if with_year:
            return f"{name} {day}, {year}" if style < 0.8 else f"{year}-{month:02d}-{day:02d}"
        return f"{name} {day}" if style < 0.7 else f"{WEEKDAYS[r.randrange(7)]}, {name} {day}"

    def sentence(self, town, body, company, thing, pub_year, pub_month):
        r = self.rng
        past, undo, noun = r.choice(TOPICS)
        past, undo, noun = past.format(thing=thing), undo.format(thing=thing), noun.format(thing=thing)
        who = self.person()
        kind = r.randrange(12)
        if kind == 0:
            m = r.randint(1, pub_month)
            return f"The {body} {past} on {self.date_phrase(pub_year, m, False)}, {who}, its {r.choice(ROLES)}, said."
        if kind == 1:
            return f"{company} {past} {r.choice(PAST_RELATIVE)}, according to a statement from the company."
        if kind == 2:
            return (f"Officials in {town} said the {body} {past} {r.choice(PAST_RELATIVE)}, "
                    f"and {r.choice(ANAPHORIC)} it {undo}.")
        if kind == 3:
            y = r.randint(pub_year - 12, pub_year - 1)
            return f"The {noun} was first proposed in {MONTHS[r.randrange(12)]} {y}, {who} recalled."
        if kind == 4:
            return f"The {body} will vote on {noun} {r.choice(FUTURE_RELATIVE)}, {who} said."
        if kind == 5:
            return f"Crews worked {r.choice(DURATIONS)} before {company} {past}."
        if kind == 6:
            return f"Inspectors have visited the site {r.choice(SETS)} since last summer, the {body} said."
        if kind == 7:
            y = r.randint(pub_year - 30, pub_year - 2)
            return f"Residents of {town} have debated {noun} since the {y // 10 * 10}s."
        if kind == 8:
            hour = r.randint(1, 11)
            return f"A public meeting on {noun} is scheduled for {hour} p.m. {r.choice(['on Thursday', 'next Tuesday', 'tomorrow'])}."
        if kind == 9:
            y = r.randint(pub_year - 5, pub_year - 1)
            return f"From {MONTHS[r.randrange(6)]} to {MONTHS[6 + r.randrange(6)]} {y}, {company} {past}."
        if kind == 10:
            return f"\"We will not rush this,\" {who} told reporters {r.choice(['on Wednesday', 'this morning', 'last night'])}."
        q = r.randint(1, 4)
        return f"{company} reported losses in the {['first', 'second', 'third', 'fourth'][q - 1]} quarter of {pub_year - r.randint(0, 2)}."


def article(rng, index):
    w = Writer(rng)
    year = rng.randint(2015, 2025)
    month = rng.randint(1, 12)
    day = rng.randint(1, days_in_month(year, month))
    town, body, company, thing = rng.choice(TOWNS), rng.choice(BODIES), rng.choice(COMPANIES), rng.choice(THINGS)
    paragraphs = []
    lead = f"{town.upper()} — The {body} in {town} {rng.choice(TOPICS)[0].format(thing=thing)} {rng.choice(PAST_RELATIVE)}, officials said."
    if rng.random() < 0.15:
        lead = f"{town.upper()}, {MONTHS[month - 1]} {day}, {year} — " + lead.split(" — ", 1)[1]
    paragraphs.append(lead)
    for _ in range(rng.randint(3, 9)):
        sentences = [w.sentence(town, body, company, thing, year, month) for _ in range(rng.randint(1, 4))]
        paragraphs.append(" ".join(sentences))
    title = f"{town} {body.title()} and the {thing.title()}"
    published = f"{year}-{month:02d}-{day:02d}"
    record = {"id": f"art-{index:06d}", "title": title}
    style = rng.random()
    if style < 0.05:
        # A saved page instead of text: the date comes from its <time> element.
        body_html = "".join(f"<p>{p}</p>" for p in paragraphs)
        record["html"] = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
                          f"<time datetime=\"{published}\">{published}</time>{body_html}</article></body></html>")
    else:
        record["text"] = "\n\n".join(paragraphs)
        if style < 0.08:
            pass  # no 'published': the URL (or a wire dateline) dates it, or it stays unresolved
        elif style < 0.12:
            record["published"] = f"{published}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00-05:00"
        else:
            record["published"] = published
    record["url"] = f"https://news.example.com/{year}/{month:02d}/{day:02d}/{thing.replace(' ', '-').lower()}-{index}"
    if rng.random() < 0.5:
        record["language"] = "en"
    return record


def hostile_lines(rng, size_mb):
    """The bad and odd lines --hostile adds, as bytes, with what each one tests."""
    blob = bytes(rng.randrange(256) for _ in range(3000)).replace(b"\n", b"\x00") + b"\r\x00\xff\xfe"
    # About 5 MB of text, dated sparsely: a dated paragraph every 50.
    filler = ("Council members heard from residents about parking, drainage and the library roof, "
              "and the clerk read the correspondence into the record. ") * 8
    dated = "The harbor board met on June 25 and again the following day; it expects to decide next month."
    paragraphs = [dated if k % 50 == 0 else filler for k in range(max(1, (size_mb << 20) // len(filler)))]
    big_text = "\n\n".join(paragraphs)
    return [
        ("malformed JSON", b'{"id": "bad-json", "text": "Last month the mill closed.", "published": "2025-06-26"'),
        ("binary blob", blob),
        ("JSON array", b'["not", "an", "object"]'),
        ("no text", b'{"id": "no-text", "title": "Nothing here", "published": "2025-06-26"}'),
        ("unreadable date", b'{"id": "bad-date", "text": "Yesterday the dam broke.", "published": "the other day"}'),
        ("no id", b'{"text": "Two weeks ago the bridge reopened.", "published": "2024-03-01"}'),
        ("Latin-1 bytes", '{"id": "latin-1", "text": "Le caf\u00e9 a ferm\u00e9 hier.", "published": "2025-06-26"}'.encode("latin-1")),
        ("blank", b""),
        ("whitespace", b"   \t"),
        ("CRLF line", b'{"id": "crlf", "text": "On Monday the school opened.", "published": "2023-09-06"}\r'),
        ("5 MB article", json.dumps({"id": "big-article", "title": "A very long article", "text": big_text,
                                     "published": "2025-06-26"}).encode()),
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="number of articles")
    parser.add_argument("-o", "--output", default="-", help="output file (default: standard output)")
    parser.add_argument("--seed", type=int, default=2025, help="random seed (default: 2025)")
    parser.add_argument("--hostile", action="store_true", help="add bad lines and a 5 MB article")
    parser.add_argument("--big-mb", type=int, default=5, help="size of the big --hostile article in MB (default: 5)")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    lines = [json.dumps(article(rng, i + 1), ensure_ascii=rng.random() < 0.5).encode() for i in range(args.count)]
    if args.hostile:
        extra = hostile_lines(random.Random(args.seed + 1), args.big_mb)
        # Spread them evenly, so that every partition of a small run gets some.
        for k, (_, line) in enumerate(extra):
            lines.insert((k + 1) * len(lines) // (len(extra) + 1), line)
    out = sys.stdout.buffer if args.output == "-" else open(args.output, "wb")
    with out:
        for line in lines:
            out.write(line + b"\n")
        if args.hostile:
            out.write(b'{"id": "cut-off", "text": "The batch was cut off in the middle of')  # no line break


if __name__ == "__main__":
    main()
