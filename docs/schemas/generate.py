"""Writes docs/schemas/*.schema.json: the JSON Schema of every document the
crate writes (its `Document`). Run after a change to a report's fields:

    python3 docs/schemas/generate.py docs/schemas

`benches/tests/json_schemas.rs` checks every document against these.
"""
import json, copy, os, sys

OUT = sys.argv[1] if len(sys.argv) > 1 else '/work/main/docs/schemas'
BASE = "https://docs.rs/hanoi-convention/schemas/"

DATE_RE = r"(-[0-9]{6}|[0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
PROV_RE = r"[1-9][0-9]*(\([1-9][0-9]*\))?"
GROUP_NAMES = ["African", "Asia-Pacific", "Eastern European", "Latin American and Caribbean",
               "Western European and Others"]
GROUP_IDS = ["african", "asia_pacific", "eastern_european", "latin_american_and_caribbean",
             "western_european_and_others"]
ACTION_KINDS = ["invitation", "signature", "signature_ad_referendum", "ratification", "acceptance",
                "approval", "accession", "succession", "definitive_signature", "formal_confirmation",
                "signature_confirmation", "application", "provisional_application", "denunciation",
                "reservation", "declaration"]
CONSENT_KINDS = ["ratification", "acceptance", "approval", "accession", "succession",
                 "definitive_signature", "formal_confirmation", "signature_confirmation", "application"]
STANDINGS = ["not_signed", "invited", "signed", "party", "denounced", "unknown", "outside"]
PARTICIPANT_KINDS = ["un_member_state", "observer_state", "non_member_state", "reio"]
LANGS = ["ar", "zh", "en", "fr", "ru", "es", "vi"]
RULES = ["format", "known-participant", "no-duplicates", "not-after-as-of", "not-before-adoption",
         "signature-period", "signature-place", "may-sign", "single-signature",
         "reio-after-member-state", "consent-after-signature", "accession", "single-consent",
         "denunciation-by-party", "reservable-provision", "statement-by-signatory-or-party",
         "party-to-prerequisite", "instrument-provided"]

def ref(name):
    return {"$ref": "#/$defs/" + name}

def obj(props, description=None, required=None):
    o = {"type": "object"}
    if description:
        o["description"] = description
    o["required"] = list(props.keys()) if required is None else required
    o["additionalProperties"] = False
    o["properties"] = props
    return o

def array(items, **kw):
    a = {"type": "array", "items": items}
    a.update(kw)
    return a

def nullable(schema):
    return {"oneOf": [{"type": "null"}, schema]}

def string(pattern=None, **kw):
    s = {"type": "string"}
    if pattern:
        s["pattern"] = pattern
    s.update(kw)
    return s

def integer(minimum=None, maximum=None, **kw):
    s = {"type": "integer"}
    if minimum is not None:
        s["minimum"] = minimum
    if maximum is not None:
        s["maximum"] = maximum
    s.update(kw)
    return s

def enum(values, description=None):
    e = {}
    if description:
        e["description"] = description
    e["enum"] = values
    return e

DEFS = {
    "date": {"type": "string", "pattern": "^" + DATE_RE + "$", "description": "ISO 8601 calendar date, YYYY-MM-DD"},
    "window": obj({
        "earliest": ref("date"),
        "latest": ref("date"),
        "exact": {"type": "boolean"},
    }, "a day or a window of days the event lies in; exact when earliest and latest are the same day"),
    "window_text": string("^(" + DATE_RE + r"(\.\." + DATE_RE + ")?)?$",
                          description="a day (YYYY-MM-DD) or a window (YYYY-MM-DD..YYYY-MM-DD); empty when none"),
    "date_text": string("^(" + DATE_RE + ")?$", description="a day (YYYY-MM-DD), or empty"),
    "count": obj({
        "certain": integer(0),
        "possible": integer(0),
    }, "a count from certain to possible"),
    "answer": enum(["yes", "no", "unknown"]),
    "answer_or_empty": enum(["yes", "no", "unknown", ""], "an answer, or empty for a unit outside the treaty's participants"),
    "code": string("^[A-Z]{2,3}$", description="participant code: ISO 3166-1 alpha-3, or EU"),
    "code_or_empty": string("^([A-Z]{2,3})?$", description="a participant code, or empty"),
    "confidence": enum(["low", "medium", "high"]),
    "participant_kind": enum(PARTICIPANT_KINDS),
    "participant_kind_or_empty": enum(PARTICIPANT_KINDS + [""]),
    "regional_group": enum(GROUP_NAMES, "a UN regional group, by name"),
    "regional_group_or_empty": enum(GROUP_NAMES + [""], "a UN regional group, by name; empty for none"),
    "regional_group_id": enum(GROUP_IDS, "a UN regional group, snake_case"),
    "standing": enum(STANDINGS),
    "stage": enum(["not_signed", "invited", "signed", "party", "denounced"]),
    "action_kind": enum(ACTION_KINDS),
    "consent_kind": enum(CONSENT_KINDS, "an instrument of consent"),
    "consent_kind_or_empty": enum(CONSENT_KINDS + [""], "an instrument of consent, or empty for none"),
    "provision": string("^" + PROV_RE + "$", description="an article, or a paragraph of one: 7, 63(3)"),
    "provisions_text": string("^(" + PROV_RE + "(;" + PROV_RE + ")*)?$", description="provisions, `;`-separated; empty for none"),
    "caveat": obj({
        "treaty": string(),
        "data_as_of": ref("date"),
        "day": ref("date"),
        "message": string(minLength=1),
    }, "a warning: the day asked is after the treaty's data ends"),
    "caveats": array(ref("caveat")),
    "entry_into_force": {"oneOf": [
        obj({"state": {"const": "not_yet"}, "counted": ref("count"), "required": integer(1)},
            "too few instruments counted by then"),
        obj({"state": {"const": "unknown"}, "counted": ref("count"), "required": integer(1), "window": ref("window")},
            "a window on the deciding deposit covers the day: in force on a day in window if it was made, not yet if not"),
        obj({"state": {"const": "on"}, "date": ref("date")}, "on this day"),
        obj({"state": {"const": "within"}, "window": ref("window")}, "on a day in this window"),
    ]},
    "status": {"oneOf": [
        obj({"stage": {"const": "not_signed"}}),
        obj({"stage": {"const": "invited"}, "since": ref("window")}),
        obj({"stage": {"const": "signed"}, "since": ref("window")}),
        obj({"stage": {"const": "party"}, "since": ref("window"), "instrument": ref("consent_kind")}),
        obj({"stage": {"const": "denounced"}, "effective": ref("window")}),
        obj({"stage": {"const": "unknown"}, "known": ref("stage"), "maybe": ref("stage")}),
    ]},
    "event_row": obj({
        "participant": ref("code"),
        "action": ref("action_kind"),
        "date_from": ref("date"),
        "date_to": ref("date"),
        "place": string(),
        "provisions": ref("provisions_text"),
        "confidence": ref("confidence"),
        "source": string(),
        "source_url": {"type": "string", "description": "the sources' addresses only (each an http or https URL), ;-separated: derived from source, the one to link"},
        "source_note": {"type": "string", "description": "what the sources say besides their addresses (descriptions; 'stored copy: ...'), ;-separated: derived from source"},
        "note": string(),
        "notification": string(),
    }, "an action in the interchange columns, all strings, and the source's parts"),
    "origin": {"oneOf": [
        {"const": "code"},
        obj({"line": obj({"file": string(), "line": integer(1)})}),
        obj({"record": obj({"file": string(), "index": integer(0)})}),
        obj({"assumption": obj({"index": integer(1)})}),
    ]},
    "action": obj({
        "participant": ref("code"),
        "kind": ref("action_kind"),
        "date": ref("window"),
        "place": {"type": ["string", "null"]},
        "provisions": array(ref("provision")),
        "notification": {"type": ["string", "null"]},
        "provenance": obj({"source": string(), "confidence": ref("confidence")}),
        "note": string(),
        "origin": ref("origin"),
    }),
    "pair": obj({"ours": ref("action"), "page": ref("action"), "why": string()}),
    "days": obj({"earliest": integer(), "latest": integer()}, "days after the opening for signature: a day, or a range of days"),
    "curve": array(array(None, prefixItems=[integer(), integer(0)], minItems=2, maxItems=2)),
}
# prefixItems-only tuple: drop the placeholder items
DEFS["curve"]["items"].pop("items")
DEFS["curve"]["items"] = {"type": "array", "prefixItems": [integer(), integer(0)], "items": False, "minItems": 2, "maxItems": 2}

DEFS["listed"] = obj({"code": ref("code"), "name": string(), "certain": {"type": "boolean"}})
DEFS["assumed"] = {"oneOf": [
    obj({"code": ref("code"), "date": ref("date"), "instrument": ref("consent_kind"),
         "outcome": {"const": "counted"}, "notes": array(string())}),
    obj({"code": ref("code"), "date": ref("date"), "instrument": ref("consent_kind"),
         "outcome": {"const": "not_counted"}, "reason": string(minLength=1), "notes": array(string())}),
    obj({"code": ref("code"), "date": ref("date"), "instrument": ref("consent_kind"),
         "outcome": {"const": "rejected"}, "problems": array(string(), minItems=1), "notes": array(string())}),
]}

def find_refs(node, out):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref" and isinstance(v, str) and v.startswith("#/$defs/"):
                name = v[len("#/$defs/"):]
                if name not in out:
                    out.add(name)
                    find_refs(DEFS[name], out)
            else:
                find_refs(v, out)
    elif isinstance(node, list):
        for v in node:
            find_refs(v, out)

def document(kind, title, description, body):
    props = {
        "schema": {"const": "hanoi-convention/" + kind},
        "schema_version": {"const": 1},
        "data_version": {"type": "string", "minLength": 1},
        "data_as_of": ref("date"),
    }
    props.update(body)
    s = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": BASE + kind + ".schema.json",
        "title": title,
        "description": description,
        "type": "object",
        "required": list(props.keys()),
        "additionalProperties": False,
        "properties": props,
    }
    used = set()
    find_refs(s, used)
    s["$defs"] = {name: copy.deepcopy(DEFS[name]) for name in DEFS if name in used}
    return s

FIELDS_NOTE = "; fields come in this order."
SCHEMAS = {}

def lib(cmd):
    return cmd + " and the library's document of that kind" + FIELDS_NOTE

SCHEMAS["status"] = document("status", "A treaty's status on a day", lib("`hanoi status --format json`"), {
    "treaty": string(),
    "as_of": ref("date"),
    "signatories": ref("count"),
    "parties": ref("count"),
    "by_group": array(obj({"group": string(minLength=1), "signatories": ref("count"), "parties": ref("count")})),
    "instruments_counted": ref("count"),
    "instruments_required": integer(1),
    "entry_into_force": ref("entry_into_force"),
    "in_force": ref("answer"),
    "signatory_list": array(ref("listed")),
    "party_list": array(ref("listed")),
    "caveats": ref("caveats"),
})
code_props = {
    "iso2": string("^[A-Z]{2}$"),
    "iso3": string("^[A-Z]{3}$"),
    "iso_numeric": integer(1, 999),
    "m49": integer(1, 999),
    "cow_n": integer(1, 65535),
    "cow_c": string("^[A-Z]{3}$"),
    "gw_n": integer(1, 65535),
}
SCHEMAS["participant"] = document("participant", "One participant", lib("`hanoi participant NAME_OR_CODE --format json`"), {
    "treaty": string(),
    "code": ref("code"),
    "name": string(minLength=1),
    "kind": ref("participant_kind"),
    "regional_group": nullable(ref("regional_group")),
    "group_membership": enum(["member", "observer", "dual", "disputed", "none"]),
    "member_of": nullable(ref("code")),
    "aliases": array(string()),
    "names": {
        "description": "The participant's name in each language that records one, by BCP 47 tag: en is the UN's name, the others are from the Unicode CLDR.",
        "type": "object",
        "required": ["en"],
        "propertyNames": enum(LANGS),
        "additionalProperties": string(minLength=1),
    },
    "formal_names": {
        "description": "The participant's formal name in each language that records one (the UN's), by BCP 47 tag.",
        "type": "object",
        "propertyNames": enum(LANGS),
        "additionalProperties": string(minLength=1),
    },
    "codes": {
        "description": "Its code in each system that assigns one: numbers for ISO 3166-1 numeric, M49, COW and GW, letters for the others.",
        "type": "object",
        "additionalProperties": False,
        "properties": code_props,
    },
    "note": string(),
    "as_of": ref("date"),
    "status": ref("status"),
    "bound_from": nullable(ref("window")),
    "actions": array(ref("event_row")),
    "caveats": ref("caveats"),
})

SCHEMAS["participants"] = document("participants", "The participants and their standing on a day",
    lib("`hanoi participants --format json`"), {
    "treaty": string(),
    "as_of": ref("date"),
    "member_of": nullable(ref("code")),
    "standing": nullable(enum(["outside", "not_yet_open", "not_signed", "invited", "signed", "party", "in_force", "denounced", "unknown"], "the status asked with --standing, in the panel's words")),
    "participants": array(obj({
        "code": ref("code"),
        "name": string(minLength=1),
        "regional_group": nullable(ref("regional_group")),
        "group_membership": enum(["member", "observer", "dual", "disputed", "none"]),
        "other_group": nullable(ref("regional_group")),
        "member_of": nullable(ref("code")),
        "standing": enum(STANDINGS[:-1], "a participant of the treaty is never outside"),
        "status": enum(["not_yet_open", "not_signed", "invited", "signed", "party", "in_force", "denounced", "unknown"], "where it stood, in the panel's words"),
        "status_code": {"type": ["integer", "null"], "minimum": -1, "maximum": 5},
        "iso2": nullable(string("^[A-Z]{2}$")),
        "iso3": nullable(string("^[A-Z]{3}$")),
        "iso_numeric": {"type": ["integer", "null"], "minimum": 0, "maximum": 65535},
        "m49": {"type": ["integer", "null"], "minimum": 0, "maximum": 65535},
        "cow_n": {"type": ["integer", "null"], "minimum": 0, "maximum": 65535},
        "cow_c": nullable(string("^[A-Z]{3}$")),
        "gw_n": {"type": ["integer", "null"], "minimum": 0, "maximum": 65535},
        "gw_c": nullable(string("^[A-Z]{3}$")),
        "code_note": nullable(string(minLength=1)),
    })),
    "caveats": ref("caveats"),
})

SCHEMAS["article"] = document("article", "An article", lib("`hanoi article NUMBER --format json`"), {
    "number": integer(1, 255),
    "title": string(),
    "confidence": ref("confidence"),
    "source": string(),
    "chapter": obj({"number": string("^[IVXLC]+$"), "title": string()}),
    "terms": array(obj({"reference": string(r"^[1-9][0-9]*\([a-z]\)$"), "letter": string("^[a-z]$"), "term": string(minLength=1)})),
    "provisions": array(obj({
        "provision": ref("provision"),
        "kind": enum(["mandatory_offence", "mandatory_measure", "optional_element", "reservation"]),
        "summary": string(),
        "allows_reservation": {"type": "boolean"},
    })),
    "budapest": array(obj({
        "article": integer(1, 255),
        "title": string(),
        "detail": string(),
        "basis": string(),
        "confidence": ref("confidence"),
    })),
})

SCHEMAS["search"] = document("search", "A search of titles and terms", lib("`hanoi article --search WORDS --format json`"), {
    "query": string(),
    "hits": array({"oneOf": [
        obj({"kind": {"const": "article"}, "number": integer(1, 255), "title": string()}),
        obj({"kind": {"const": "term"}, "reference": string(r"^[1-9][0-9]*\([a-z]\)$"), "letter": string("^[a-z]$"), "term": string()}),
        obj({"kind": {"const": "chapter"}, "chapter": string("^[IVXLC]+$"), "title": string()}),
    ]}),
})

SCHEMAS["timeline"] = document("timeline", "The cumulative timeline", lib("`hanoi timeline --format json`"), {
    "treaty": string(),
    "until": ref("date"),
    "points": array(obj({
        "date": ref("date"),
        "signatories_certain": integer(0),
        "signatories_possible": integer(0),
        "parties_certain": integer(0),
        "parties_possible": integer(0),
    })),
    "caveats": ref("caveats"),
})

SCHEMAS["eif"] = document("eif", "Entry into force, and with assumed deposits", lib("`hanoi eif [--assume CODE=DATE]... --format json`"), {
    "treaty": string(),
    "article": string(minLength=1),
    "rule": string(minLength=1),
    "as_of": ref("date"),
    "entry_into_force": ref("entry_into_force"),
    "what_if": nullable(obj({
        "as_of": ref("date"),
        "from_data": ref("entry_into_force"),
        "assumed": array(ref("assumed")),
        "then": ref("entry_into_force"),
    })),
    "caveats": ref("caveats"),
})

SCHEMAS["validate"] = document("validate", "Validation of actions files", lib("`hanoi validate FILE... --format json`"), {
    "treaty": string(),
    "merged": {"type": "boolean"},
    "as_of": ref("date"),
    "files": array(obj({
        "file": string(),
        "valid": {"type": "boolean"},
        "actions": integer(0),
        "unread": array(string()),
        "problems": array(obj({
            "origin": string(),
            "line": nullable(integer(1)),
            "record": nullable(integer(0)),
            "field": string(minLength=1),
            "rule": enum(RULES),
            "article": {"type": ["string", "null"]},
            "detail": string(),
        })),
    })),
})
SCHEMAS["validate"]["properties"]["merged_over"] = nullable(string(minLength=1,
    description="the version of the data the files were merged over; null when they were checked on their own"))
# keep the body's order: treaty, merged, merged_over, as_of
props = SCHEMAS["validate"]["properties"]
order = [k for k in props if k not in ("merged_over", "as_of", "files")] + ["merged_over", "as_of", "files"]
SCHEMAS["validate"]["properties"] = {k: props[k] for k in order}
SCHEMAS["validate"]["required"] = list(SCHEMAS["validate"]["properties"].keys())

SCHEMAS["compare"] = document("compare", "The cross-table of two treaties", "`hanoi compare --format json` (with `--list A,B`, the participants of one cell)" + FIELDS_NOTE, {
    "as_of": ref("date"),
    "treaties": array(string(minLength=1), minItems=2, maxItems=2),
    "caveats": ref("caveats"),
    "total": integer(0),
    "cells": array(obj({
        "a": ref("standing"),
        "b": ref("standing"),
        "total": integer(1),
        "by_group": array({"type": "array", "prefixItems": [nullable(ref("regional_group")), integer(0)], "items": False, "minItems": 2, "maxItems": 2}),
    })),
    "list": nullable(obj({
        "a": ref("standing"),
        "b": ref("standing"),
        "participants": array(obj({"code": ref("code"), "name": string(), "regional_group": nullable(ref("regional_group"))})),
    })),
})
SCHEMAS["compare"]["properties"]["treaties_data_as_of"] = array(ref("date"), minItems=2, maxItems=2,
    description="the last day each treaty's data describes, rows then columns")

SCHEMAS["comparison"] = document("comparison", "Every participant's standing under every embedded treaty", "`hanoi compare --wide --format json`" + FIELDS_NOTE, {
    "as_of": ref("date"),
    "treaties": array(string(minLength=1), minItems=1),
    "caveats": ref("caveats"),
    "rows": array(obj({
        "code": ref("code"),
        "name": string(),
        "regional_group": nullable(ref("regional_group")),
        "standings": array(ref("standing")),
    })),
})
SCHEMAS["comparison"]["properties"]["treaties_data_as_of"] = array(ref("date"), minItems=1,
    description="the last day each treaty's data describes, in the order of treaties")

SCHEMAS["pace"] = document("pace", "How fast treaties gathered consents", "`hanoi pace [TREATY]... --format json`" + FIELDS_NOTE, {
    "treaties": array(obj({
        "treaty": string(minLength=1),
        "opened": ref("date"),
        "required": integer(1),
        "as_of": ref("date"),
        "data_as_of": ref("date"),
        "data_version": string(minLength=1),
        "milestones": array(obj({"consent": integer(1), "days": nullable(ref("days"))})),
        "entry_into_force": nullable(ref("days")),
        "curve": ref("curve"),
        "possible_curve": ref("curve"),
    })),
})

SCHEMAS["diff"] = document("diff", "What a status page changes in a treaty's data", "`hanoi diff PAGE.xml --format json`" + FIELDS_NOTE, {
    "new": array(ref("action")),
    "narrowed": array(ref("pair")),
    "conflicts": array(ref("pair")),
    "not_on_page": array(ref("action")),
    "unchanged": integer(0),
})

SCHEMAS["events"] = document("events", "The events export: a row per action",
    "`hanoi export --view events --format json`, `hanoi import untc PAGE.xml --format json`, and the library's document of that kind" + FIELDS_NOTE, {
    "treaty": string(),
    "as_of": ref("date"),
    "caveats": ref("caveats"),
    "actions": array(ref("event_row")),
})

num_code = lambda: {"type": ["integer", "null"], "minimum": 0, "maximum": 65535}
code_or_null = lambda lo, hi: {"type": ["integer", "null"], "minimum": lo, "maximum": hi}
PANEL_STATUSES = ["outside", "not_yet_open", "not_signed", "invited", "signed", "party", "in_force", "denounced", "unknown"]

def act_dates(act, what):
    """An act's first and last possible day, and the days from the opening
    for signature to each (null when there is no such act)."""
    out = {}
    for bound in ("first", "last"):
        d = dict(ref("date"))
        d["description"] = f"the {bound} possible day of {what} (first and last equal when the day is known)"
        out[f"{act}_{bound}"] = nullable(d)
    for bound in ("first", "last"):
        out[f"{act}_days_{bound}"] = {"type": ["integer", "null"],
            "description": f"days from the opening for signature (day 0) to the {bound} possible day of {what}"}
    return out
SCHEMAS["wide"] = document("wide", "The wide export: a row per participant",
    lib("`hanoi export --view wide --format json`"), {
    "treaty": string(),
    "as_of": ref("date"),
    "caveats": ref("caveats"),
    "rows": array(obj({
        "code": ref("code"),
        "name": string(minLength=1),
        "kind": ref("participant_kind"),
        "regional_group": nullable(ref("regional_group")),
        "group_membership": enum(["member", "observer", "dual", "disputed", "none"]),
        "other_group": nullable(ref("regional_group")),
        "member_of": nullable(ref("code")),
        "iso2": nullable(string("^[A-Z]{2}$")),
        "iso3": nullable(string("^[A-Z]{3}$")),
        "iso_numeric": num_code(),
        "m49": num_code(),
        "cow_n": num_code(),
        "cow_c": nullable(string("^[A-Z]{3}$")),
        "gw_n": num_code(),
        "gw_c": nullable(string("^[A-Z]{3}$")),
        "code_note": nullable(string(minLength=1)),
        "status": enum(PANEL_STATUSES[1:], "where it stood on the day, in the panel's words"),
        "status_code": code_or_null(-1, 5),
        "status_code_known": code_or_null(-1, 5),
        "status_code_possible": code_or_null(-1, 5),
        "signature": nullable(ref("window_text")),
        **act_dates("signature", "the signature"),
        "signature_place": nullable(string(minLength=1)),
        "instrument": nullable(ref("consent_kind")),
        "instrument_date": nullable(ref("window_text")),
        **act_dates("instrument", "the deposit of its instrument of consent"),
        "in_force_for": nullable(ref("window_text")),
        **act_dates("in_force_for", "the day from which the treaty binds it"),
        "reservations": nullable(ref("provisions_text")),
        "declarations": nullable(ref("provisions_text")),
        "denunciation": nullable(ref("window_text")),
        **act_dates("denunciation", "its notification of denunciation"),
    })),
})

UNIVERSES = ["participants", "un-members", "cow", "gw"]
code_or_null = lambda lo, hi: {"type": ["integer", "null"], "minimum": lo, "maximum": hi}
SCHEMAS["panel"] = document("panel", "The panel export: a row per unit per year",
    lib("`hanoi export --view panel [--universe participants|un-members|cow|gw] --format json`"), {
    "treaty": string(),
    "as_of": ref("date"),
    "caveats": ref("caveats"),
    "universe": enum(UNIVERSES),
    "rows": array(obj({
        "universe": enum(UNIVERSES),
        "unit": string("^([A-Z]{2,3}|[0-9]+)$", description="the participant code, or the state system's number"),
        "code": nullable(ref("code")),
        "name": string(minLength=1),
        "kind": nullable(ref("participant_kind")),
        "regional_group": nullable(ref("regional_group")),
        "member_of": nullable(ref("code")),
        "iso2": nullable(string("^[A-Z]{2}$")),
        "iso3": nullable(string("^[A-Z]{3}$")),
        "iso_numeric": num_code(),
        "m49": num_code(),
        "cow_n": num_code(),
        "cow_c": nullable(string("^[A-Z]{3}$")),
        "gw_n": num_code(),
        "gw_c": nullable(string("^[A-Z]{3}$")),
        "year": integer(),
        "observed_on": ref("date"),
        "year_complete": enum([0, 1], "1 when observed_on is the year's 31 December (the whole year), 0 when a day inside it"),
        "is_participant": enum([0, 1], "1 when the unit is one of the treaty's participants; 0 when not (its status is then outside)"),
        "status": enum(PANEL_STATUSES),
        "status_code": code_or_null(-1, 5),
        "status_code_known": code_or_null(-1, 5),
        "status_code_possible": code_or_null(-1, 5),
        "ieadb_status": code_or_null(0, 2),
        "signed": nullable(ref("answer")),
        "party": nullable(ref("answer")),
    })),
})

year_row = obj({
    "year": integer(),
    "observed_on": ref("date"),
    "year_complete": enum([0, 1], "1 when observed_on is the year's 31 December (the whole year), 0 when a day inside it"),
    "group": string(minLength=1),
    "signatories_certain": integer(0),
    "signatories_possible": integer(0),
    "parties_certain": integer(0),
    "parties_possible": integer(0),
    "instruments_certain": {"type": ["integer", "null"], "minimum": 0},
    "instruments_possible": {"type": ["integer", "null"], "minimum": 0},
    "in_force": ref("answer"),
})
year_row["if"] = {"properties": {"group": {"const": "all"}}}
year_row["then"] = {"properties": {"instruments_certain": {"type": "integer"}, "instruments_possible": {"type": "integer"}}}
year_row["else"] = {"properties": {"instruments_certain": {"type": "null"}, "instruments_possible": {"type": "null"}}}
SCHEMAS["years"] = document("years", "The table of years: counts per year, overall and by group",
    lib("`hanoi export --view years --format json`"), {
    "treaty": string(),
    "as_of": ref("date"),
    "caveats": ref("caveats"),
    "rows": array(year_row),
})

os.makedirs(OUT, exist_ok=True)
for kind, s in SCHEMAS.items():
    with open(os.path.join(OUT, kind + ".schema.json"), "w") as f:
        f.write(json.dumps(s, indent=2, ensure_ascii=False) + "\n")
print(sorted(SCHEMAS))
