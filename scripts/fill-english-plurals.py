#!/usr/bin/env python3
"""Fills the English plural forms of translations/brickdesk_en.ts.

The sources write "%n file(s)" or "%n files"; English needs "1 file" and
"3 files". Run after `cmake --build <dir> --target update_translations`:
unfinished plural messages get their two forms, finished ones are kept.
"""
import re
import sys
import xml.etree.ElementTree as ET

PLURAL_NOUNS = {
    "items": "item", "paths": "path", "files": "file", "objects": "object",
    "Objects": "Object", "cells": "cell", "folders": "folder", "notebooks": "notebook",
    "transfers": "transfer", "conflicts": "conflict", "minutes": "minute",
    "seconds": "second", "keys": "key", "scopes": "scope", "jobs": "job", "runs": "run",
    "clusters": "cluster", "tasks": "task", "pipelines": "pipeline", "events": "event",
    "libraries": "library", "workers": "worker", "entries": "entry", "updates": "update",
    "principals": "principal", "cores": "core", "GPUs": "GPU", "archives": "archive", "pages": "page", "rows": "row",
}


def forms(source):
    # "entry(s)" is "entries", not "entrys".
    plural = re.sub(r"([^aeiou])y\(s\)", r"\1ies", source)
    plural = re.sub(r"\(s\)", "s", plural)
    plural = re.sub(r"\(ies\)", "ies", plural)
    singular = re.sub(r"y\(ies\)", "y", source)
    singular = re.sub(r"\(s\)", "", singular)
    # The noun right after %n (possibly after one adjective) turns singular.
    def one(match):
        words = match.group(2).split(" ")
        for i, word in enumerate(words[:3]):
            bare = word.rstrip(".,:;?!…")
            if bare in PLURAL_NOUNS:
                words[i] = word.replace(bare, PLURAL_NOUNS[bare], 1)
                break
        return match.group(1) + " ".join(words)
    singular = re.sub(r"(%n )((?:\S+ ?){1,3})", one, singular, count=1)
    # Pronouns that refer back to the noun.
    singular = singular.replace("everything in them", "everything in it")
    singular = singular.replace(", they will", ", it will")
    return singular, plural


def main(path):
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation.get("type") != "unfinished" and len(translation) == 2 and all(
            (f.text or "") for f in translation
        ):
            continue
        singular, plural = forms(message.find("source").text)
        for child in list(translation):
            translation.remove(child)
        for text in (singular, plural):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, encoding="utf-8") as f:
        body = f.read()
    body = body.replace("<?xml version='1.0' encoding='utf-8'?>",
                        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    with open(path, "w", encoding="utf-8") as f:
        f.write(body + ("" if body.endswith("\n") else "\n"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/brickdesk_en.ts")
