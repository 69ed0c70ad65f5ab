#!/usr/bin/env python3
"""Turn a Council of Europe treaty chart, transcribed as a TSV file with the
columns participant_name, iso3, signature, ratification_or_accession,
entry_into_force, source, note, into the crate's files for that treaty:

    DIR/actions.tsv            the actions in the interchange format
    DIR/chart_entry_into_force.tsv   the chart's own entry-into-force date
                               for each party (an oracle for the rule)
    DIR/participants.tsv       the States on the chart, with the rows of
                               data/participants.tsv (codes, names, groups)

Usage, from the repository root (the chart transcriptions are research
notes kept outside the crate):

    python3 data/generate/coe_chart.py CHART.tsv data/budapest 2001-11-08 2026-04-25 high
    python3 data/generate/coe_chart.py CHART224.tsv data/cets224 2022-05-12 2026-02-05 medium
    cp data/budapest/participants.tsv data/cets224/participants.tsv

(A protocol open only to the parties of its convention has the convention's
participants, hence the copy.)

The dates are the treaty's adoption (the earliest an invitation to accede
could be made) and the chart's status date (the latest).
"""
import sys

ACTION_COLUMNS = ["participant", "action", "date_from", "date_to", "place", "provisions",
                  "confidence", "source", "note", "notification"]


def main() -> None:
    chart, out, adopted, as_of, confidence = sys.argv[1:6]
    with open(chart, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    header = lines[0].split("\t")
    rows = [dict(zip(header, l.split("\t"))) for l in lines[1:]]
    actions, oracle = [], []

    def act(code, kind, date_from, date_to, source, note, conf=confidence):
        actions.append([code, kind, date_from, date_to, "", "", conf, source, note, ""])

    for r in rows:
        code, src, note = r["iso3"], r["source"], r["note"]
        if r["signature"]:
            sig_note = "signature by the state union of Serbia and Montenegro (chart footnote)" \
                if "state union" in note else ""
            act(code, "signature", r["signature"], "", src, sig_note)
        consent = r["ratification_or_accession"]
        if consent:
            if "accession" in note:
                act(code, "invitation", adopted, consent, src,
                    "implied by the accession, which needs an invitation (art. 37(1)); the chart does "
                    "not give the invitation's date", "medium")
                act(code, "accession", consent, "", src, "")
            else:
                act(code, "ratification", consent, "", src, "")
            if r["entry_into_force"]:
                oracle.append([code, r["entry_into_force"], confidence, src])
        elif "invited to accede" in note:
            act(code, "invitation", adopted, as_of, src,
                "the chart marks the invitation without its date" +
                ("; its footnote says an invitation is valid five years" if "footnote 4" in note else ""))
    with open(f"{out}/actions.tsv", "w", encoding="utf-8") as f:
        f.write("\t".join(ACTION_COLUMNS) + "\n")
        for a in actions:
            f.write("\t".join(a) + "\n")
    if oracle:
        with open(f"{out}/chart_entry_into_force.tsv", "w", encoding="utf-8") as f:
            f.write("participant\tentry_into_force\tconfidence\tsource\n")
            for o in oracle:
                f.write("\t".join(o) + "\n")
    # The participants: the crate's rows for the States on the chart. No
    # regional economic integration organization is on a chart, so the
    # `member_of` column (the EU) is left empty here.
    with open("data/participants.tsv", encoding="utf-8") as f:
        plines = f.read().rstrip("\n").split("\n")
    pheader = plines[0].split("\t")
    codes = {r["iso3"] for r in rows}
    with open(f"{out}/participants.tsv", "w", encoding="utf-8") as f:
        f.write(plines[0] + "\n")
        for l in plines[1:]:
            p = dict(zip(pheader, l.split("\t")))
            if p["code"] in codes:
                p["member_of"] = ""
                f.write("\t".join(p[h] for h in pheader) + "\n")
    missing = codes - {l.split("\t")[0] for l in plines[1:]}
    if missing:
        sys.exit(f"not in data/participants.tsv: {sorted(missing)}")
    print(f"{out}: {len(actions)} actions, {len(oracle)} entry-into-force dates, {len(codes)} States",
          file=sys.stderr)


if __name__ == "__main__":
    main()
