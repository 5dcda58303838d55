#!/usr/bin/env python3
"""Writes N synthetic news-like documents as Gloss JSON Lines, with sentences, entities, quotes (direct,
partial, indirect; attributed to speaker mentions) and a summary, so that writers can be measured at scale
without waiting for the real stages. Every name is invented; sentences come from templates written for this
tool. Offsets are Unicode code points, as in Gloss's JSON.

    python3 tools/synthetic-corpus.py --documents 10000 --seed 1 > corpus.jsonl
"""
import argparse
import json
import random
import sys

FIRST = ["Maria", "Tomas", "Lena", "Sunil", "Rosa", "Henrik", "Ingrid", "Jonas", "Paolo", "Amara", "Kenji", "Olga",
         "Farid", "Nadia", "Elif", "Piet", "Joana", "Ravi", "Sofia", "Bruno", "Chiara", "Dmitri", "Aiko", "Lucas"]
LAST = ["Okafor", "Reyes", "Hart", "Desai", "Delgado", "Olsen", "Halvorsen", "Berg", "Verri", "Mensah", "Tanaka",
        "Volkova", "Haddad", "Karimi", "Demir", "Visser", "Pereira", "Nair", "Lindqvist", "Costa", "Ferri", "Orlov"]
ORGS = ["Riverton Transit Authority", "Alden Harbor Commission", "Nordvik Polar Institute", "Kestrel Athletic",
        "Brightwell Systems", "Velden City Council", "Marrow Valley Water Board", "Coastline Rail", "Eastmoor Hospital Trust",
        "Larkspur Energy", "Greywater University", "the Northern Research Council", "Carrow & Finch", "Halden Mining Group"]
PLACES = ["Riverton", "Port Alden", "Velden", "Dunmore", "Tromsvik", "Eastmoor", "Larkspur Bay", "Marrow Valley",
          "Greywater", "Halden", "Skarvbreen", "Quay Street", "Ferris Square", "North Ridge"]
ROLES = ["spokeswoman", "spokesman", "director", "chief executive", "chairwoman", "union president", "mayor",
         "chief engineer", "head of research", "council member"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CLAUSES = ["the plan would cost more than first expected", "talks would resume next week",
           "no decision had been taken", "the repairs were ahead of schedule", "the figures would be published in May",
           "the agreement protected every existing job", "an independent review had been ordered",
           "the service would return to normal by the weekend"]
QUOTES = ["We will not accept a deal that leaves families worse off.", "This is the most important project in a generation.",
          "Nobody here wants a long dispute, but we cannot keep working like this.",
          "The numbers speak for themselves. We have done what we promised.",
          "I have lived here for forty years and I have never seen anything like it.",
          "It is a good day for the city and a better one for the people who depend on it.",
          "We were told to wait, and we waited. Now we want answers."]
PHRASES = ["a wish list", "a reckless gamble", "long overdue", "the right call", "a slap in the face", "a fresh start"]
FILLER = ["The decision followed months of public meetings and a series of delays.",
          "Officials said more details would be released later in the week.",
          "Residents have raised concerns about noise, traffic and the cost to local taxpayers.",
          "The proposal must still be approved by a majority of the board.",
          "Earlier estimates had put the total at roughly half the current figure.",
          "Several shops along the route reported a fall in trade during the closure.",
          "A public consultation is expected to open next month and run for six weeks."]


class Builder:
    def __init__(self):
        self.text = []
        self.length = 0
        self.entities = []
        self.quotes = []
        self.sentences = []
        self.sentence_start = None

    def add(self, piece, label=None):
        start = self.length
        self.text.append(piece)
        self.length += len(piece)
        if label:
            self.entities.append({"start": start, "end": self.length, "label": label})
        return start, self.length

    def begin_sentence(self):
        self.sentence_start = self.length

    def end_sentence(self):
        self.sentences.append({"start": self.sentence_start, "end": self.length})


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def document(index, rng):
    b = Builder()
    cast = [person(rng) for _ in range(3)]
    roles = {name: rng.choice(ROLES) for name in cast}
    org, place = rng.choice(ORGS), rng.choice(PLACES)
    title = f"{place}: {org} faces questions over {rng.choice(['budget', 'strike', 'repairs', 'timetable', 'funding'])}"
    for paragraph in range(rng.randint(9, 13)):
        if paragraph:
            b.add("\n\n")
        for sentence in range(rng.randint(2, 4)):
            if sentence:
                b.add(" ")
            b.begin_sentence()
            kind = rng.random()
            speaker = rng.choice(cast)
            if kind < 0.22:  # “Q,” said X.
                b.add("“")
                start, end = b.add(rng.choice(QUOTES))
                b.add("” said ")
                s0, s1 = b.add(speaker, "PER")
                b.add(f", the {roles[speaker]} of the ")
                b.add(org, "ORG")
                b.add(".")
                b.quotes.append({"start": start, "end": end, "speaker": speaker, "speaker_start": s0, "speaker_end": s1,
                                 "speaker_role": f"{roles[speaker]} of the {org}", "cue": "said", "kind": "direct"})
            elif kind < 0.40:  # X said on DAY that CLAUSE.
                s0, s1 = b.add(speaker, "PER")
                b.add(f" said on {rng.choice(DAYS)} that ")
                start, end = b.add(rng.choice(CLAUSES))
                b.add(".")
                b.quotes.append({"start": start, "end": end, "speaker": speaker, "speaker_start": s0, "speaker_end": s1,
                                 "cue": "said", "kind": "indirect"})
            elif kind < 0.52:  # She called it “P”.
                pronoun = "She" if speaker.split()[0] in ("Maria", "Lena", "Rosa", "Ingrid", "Amara", "Olga", "Nadia",
                                                            "Elif", "Joana", "Sofia", "Chiara", "Aiko") else "He"
                s0, s1 = b.add(pronoun)
                b.add(" called the proposal from ")
                b.add(place, "LOC")
                b.add(" “")
                start, end = b.add(rng.choice(PHRASES))
                b.add("”.")
                b.quotes.append({"start": start, "end": end, "speaker": speaker, "speaker_start": s0, "speaker_end": s1,
                                 "cue": "called", "kind": "partial"})
            elif kind < 0.70:
                b.add("The ")
                b.add(org.removeprefix("the "), "ORG")
                b.add(f" has operated in ")
                b.add(place, "LOC")
                b.add(f" since {rng.randint(1950, 2020)}, and employs about {rng.randint(2, 90) * 100} people.")
            else:
                b.add(rng.choice(FILLER))
            b.end_sentence()
    text = "".join(b.text)
    chosen = sorted(rng.sample(range(len(b.sentences)), 3)) if len(b.sentences) >= 3 else list(range(len(b.sentences)))
    summary = " ".join(text[b.sentences[i]["start"]:b.sentences[i]["end"]] for i in chosen)
    return {"id": f"synthetic/{index:05d}.txt", "text": text,
            "meta": {"title": title, "source": rng.choice(["Riverton Ledger", "Coastline Daily", "Northern Science Wire"])},
            "sentences": b.sentences, "entities": b.entities, "quotes": b.quotes,
            "summary": {"sentences": chosen, "text": summary}}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    out = sys.stdout
    for index in range(args.documents):
        out.write(json.dumps(document(index, rng), ensure_ascii=False))
        out.write("\n")


if __name__ == "__main__":
    main()
