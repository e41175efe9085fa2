#!/usr/bin/python3
"""Parses a rendered SVG (XML) or HTML report and prints what it holds as JSON, so the
C++ tests check the parsed structure rather than search strings.
Usage: check_markup.py svg FILE | html FILE"""
import json
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"


def svg_summary(path):
    root = ET.parse(path).getroot()  # raises on malformed XML
    out = {"nodes": [], "edges": 0, "clusters": 0, "scripts": 0, "handlers": [],
           "width": root.get("width"), "height": root.get("height")}
    for el in root.iter():
        tag = el.tag.replace(SVG, "")
        if tag in ("script", "foreignObject"):
            out["scripts"] += 1
        for name in el.attrib:
            if name.lower().startswith("on"):
                out["handlers"].append(name)
        if tag != "g":
            continue
        cls = (el.get("class") or "").split()
        if "edge" in cls:
            out["edges"] += 1
        if "cluster" in cls:
            out["clusters"] += 1
        if "node" not in cls:
            continue
        title = el.find(SVG + "title")
        tooltip, href = None, None
        for a in el.iter(SVG + "a"):
            tooltip = a.get(XLINK + "title")
            href = a.get(XLINK + "href")
            break
        texts = ["".join(t.itertext()) for t in el.iter(SVG + "text")]
        out["nodes"].append({"id": el.get("id"), "class": el.get("class"),
                             "name": title.text if title is not None else None,
                             "tooltip": tooltip, "href": href, "texts": texts})
    return out


class Report(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.scripts, self.handlers, self.external = [], [], [], []
        self.rows, self.row, self.cell = [], None, None
        self.ids, self.headings, self.svgs, self.title = [], [], 0, ""
        self.in_script = self.in_title = self.in_heading = False
        # Every table outside the SVG: its section, class, and cells row by row, each cell
        # as {"text", "class", "th"} (the gap matrix and the risk tables are read this way).
        self.tables, self.section, self.table, self.tcell = [], None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append(name)
            if name in ("src", "href", "xlink:href") and value and not value.startswith("#"):
                self.external.append(value)
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "section":
            self.section = a.get("id")
        if tag == "table":
            self.table = {"section": self.section, "class": a.get("class"), "rows": []}
        if tag == "tr" and self.table is not None:
            self.table["rows"].append([])
        if tag in ("td", "th") and self.table is not None and self.table["rows"]:
            self.tcell = {"text": "", "class": a.get("class"), "th": tag == "th",
                          "title": a.get("title")}
        if tag == "link" or (tag == "script" and "src" in a):
            self.external.append(a.get("href") or a.get("src"))
        if tag == "script":
            self.in_script = True
            self.scripts.append("")
        if tag == "svg":
            self.svgs += 1
        if tag == "title":
            self.in_title = True
        if tag in ("h1", "h2", "h3"):
            self.in_heading = True
            self.headings.append("")
        if tag == "tr" and (a.get("id") or "").startswith("row-"):
            self.row = {"id": a["id"], "status": a.get("data-status"),
                        "group": a.get("data-group"), "cells": []}
        if tag == "td" and self.row is not None:
            self.cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.tcell is not None:
            self.table["rows"][-1].append(self.tcell)
            self.tcell = None
        if tag == "table" and self.table is not None:
            self.tables.append(self.table)
            self.table = None
        if tag == "section":
            self.section = None
        if tag == "script":
            self.in_script = False
        if tag == "title":
            self.in_title = False
        if tag in ("h1", "h2", "h3"):
            self.in_heading = False
        if tag == "td" and self.row is not None and self.cell is not None:
            self.row["cells"].append(self.cell)
            self.cell = None
        if tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.in_script:
            self.scripts[-1] += data
        if self.in_title and not self.svgs:
            self.title += data
        if self.in_heading:
            self.headings[-1] += data
        if self.cell is not None:
            self.cell += data
        if self.tcell is not None:
            self.tcell["text"] += data


def html_summary(path):
    p = Report()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    return {"title": p.title, "scripts": len(p.scripts), "handlers": p.handlers,
            "external": p.external, "rows": p.rows, "ids": p.ids, "headings": p.headings,
            "svgs": p.svgs, "tables": p.tables, "duplicate_ids": sorted({i for i in p.ids if p.ids.count(i) > 1})}


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("svg", "html"):
        sys.exit(__doc__)
    summary = svg_summary(sys.argv[2]) if sys.argv[1] == "svg" else html_summary(sys.argv[2])
    json.dump(summary, sys.stdout, ensure_ascii=False)
