#!/usr/bin/env python3
"""Helps translate a Qt .ts file outside Qt Linguist.

  ts-tool.py export FILE.ts OUT.json   unfinished entries as {context: {source: ""}}
  ts-tool.py apply FILE.ts IN.json     fills them; a plural entry takes a list of forms
  ts-tool.py check FILE.ts             counts unfinished entries and placeholder mismatches
  ts-tool.py en-plurals FILE.ts        fills English plural forms from "(s)" in the source
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def entries(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def unfinished(message):
    return message.find("translation").get("type") == "unfinished"


def export(ts, out):
    tree = ET.parse(ts)
    todo = {}
    for context, message in entries(tree):
        if unfinished(message):
            todo.setdefault(context, {})[message.findtext("source")] = (
                ["", ""] if message.get("numerus") == "yes" else "")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(todo, f, ensure_ascii=False, indent=1)


def apply(ts, source):
    with open(source, encoding="utf-8") as f:
        done = json.load(f)
    tree = ET.parse(ts)
    count = 0
    for context, message in entries(tree):
        text = done.get(context, {}).get(message.findtext("source"))
        if not text:
            continue
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        if isinstance(text, list):
            translation.text = None
            for form in text:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
        translation.attrib.pop("type", None)
        count += 1
    write(tree, ts)
    print(f"{count} entries translated")


def check(ts):
    tree = ET.parse(ts)
    missing = mismatched = 0
    for context, message in entries(tree):
        if unfinished(message):
            missing += 1
            continue
        translation = message.find("translation")
        forms = [n.text or "" for n in translation.iter("numerusform")] or [translation.text or ""]
        wanted = sorted(set(PLACEHOLDER.findall(message.findtext("source"))) - {"%n"})
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != wanted:
                mismatched += 1
                print(f"placeholders differ in {context}: {message.findtext('source')!r}")
    print(f"{missing} unfinished, {mismatched} with placeholder mismatches")
    return 1 if missing or mismatched else 0


def english_plurals(ts):
    tree = ET.parse(ts)
    for context, message in entries(tree):
        if message.get("numerus") != "yes" or not unfinished(message):
            continue
        source = message.findtext("source")
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
            ET.SubElement(translation, "numerusform").text = form
        translation.attrib.pop("type", None)
    write(tree, ts)


def write(tree, ts):
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(ts, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


if __name__ == "__main__":
    command, ts, *rest = sys.argv[1:]
    if command == "export":
        export(ts, rest[0])
    elif command == "apply":
        apply(ts, rest[0])
    elif command == "en-plurals":
        english_plurals(ts)
    elif command == "check":
        sys.exit(check(ts))
