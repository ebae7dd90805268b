# The Kenyan survey answers (KENYA.md). Two steps, kept as a record:
#   extract: python3 extract_kenya.py extract GIT_DIR OUT_DIR  (GIT_DIR: a clone or mirror of nd-hal/swahili_psych_taxonomy)
#     writes OUT_DIR/raw-<tag>.jsonl: one row per distinct free-text answer (4 columns), its spreadsheet row and its half
#     (dev or held-out) by a seeded hash of the text. Demographic and score columns are never copied.
#   merge: python3 extract_kenya.py merge OUT_DIR DATA_DIR
#     joins the annotators' labelled-<tag>.jsonl to the texts by id and writes DATA_DIR/kenya-dev.jsonl and
#     DATA_DIR/kenya-heldout.jsonl (dropped answers and answers in another language left out).
import csv, hashlib, io, json, re, subprocess, sys

COMMIT = "a68d09c4d0532fa8ffaf8c2318c2e6e066a2a722"
PATH = "Data/SwahiliCulturalPsychData.csv"
COLUMNS = {"Text_Anxiety": "anx", "Text_TrustPhys": "trust", "Text_SubjectiveLit": "lit", "Text_Numeracy": "num"}
SOURCE = f"swahili_psych_taxonomy:nd-hal/swahili_psych_taxonomy@{COMMIT[:8]} {PATH}"
LICENCE = "MIT (README, section License; the repository has no LICENSE file); survey answers"
norm = lambda t: re.sub(r"\s+", " ", t.strip().lower())


def extract(git_dir, out):
    raw = subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{PATH}"], check=True, capture_output=True)
    rows = list(csv.DictReader(io.StringIO(raw.stdout.decode("utf-8", "replace"))))
    seen = set()
    for column, tag in COLUMNS.items():
        with open(f"{out}/raw-{tag}.jsonl", "w", encoding="utf-8") as f:
            for i, r in enumerate(rows):
                text = re.sub(r"\s+", " ", r[column]).strip()
                if len(text.split()) < 2 or norm(text) in seen:
                    continue
                seen.add(norm(text))
                h = int(hashlib.md5(("kenya20261202" + norm(text)).encode()).hexdigest(), 16)
                # Spreadsheet row numbers count the header as row 1.
                row = {"id": f"kenya-{tag}-{i + 2:04d}", "text": text, "column": column, "row": i + 2,
                       "half": "dev" if h % 2 == 0 else "heldout"}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


def merge(out, data):
    halves = {"dev": [], "heldout": []}
    for tag in COLUMNS.values():
        raw = [json.loads(l) for l in open(f"{out}/raw-{tag}.jsonl", encoding="utf-8")]
        labels = [json.loads(l) for l in open(f"{out}/labelled-{tag}.jsonl", encoding="utf-8")]
        assert [r["id"] for r in raw] == [l["id"] for l in labels], tag
        for r, l in zip(raw, labels):
            if l.get("drop") or l["language"] == "other":
                continue
            item = {"id": r["id"], "text": r["text"], "language": l["language"], "tier": l["tier"], "kind": l["kind"],
                    "emotion": l["emotion"], "valence": l["valence"], "source": f"{SOURCE} #row{r['row']} {r['column']}",
                    "licence": LICENCE}
            halves[r["half"]].append(item)
    mark_near_copies(halves["dev"], halves["heldout"])
    for half, items in halves.items():
        with open(f"{data}/kenya-{half}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(i, ensure_ascii=False) + "\n" for i in items)


def mark_near_copies(dev, heldout):
    """Marks held-out answers whose words mostly recur in one dev answer (Jaccard >= 0.6): the survey holds machine
    paraphrases of earlier answers, and a figure on the held-out half is also given without them."""
    words = lambda t: set(re.findall(r"\w+", t.lower()))
    dev_words = [words(d["text"]) for d in dev]
    index = {}
    for i, ws in enumerate(dev_words):
        for w in ws:
            index.setdefault(w, set()).add(i)
    for item in heldout:
        ws = words(item["text"])
        shared = {}
        for w in ws:
            if len(index.get(w, ())) < 300:
                for i in index.get(w, ()):
                    shared[i] = shared.get(i, 0) + 1
        top = sorted(shared, key=lambda i: (-shared[i], i))[:20]
        if any(len(ws & dev_words[i]) / len(ws | dev_words[i]) >= 0.6 for i in top):
            item["near_dev"] = True


if __name__ == "__main__":
    {"extract": extract, "merge": merge}[sys.argv[1]](sys.argv[2], sys.argv[3])
