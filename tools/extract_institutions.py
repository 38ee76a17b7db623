#!/usr/bin/env python3
"""Extract the institution directory (FAQ 附件2) from the seed text into data/institutions.json.

Provenance tool, run once by hand: python3 tools/extract_institutions.py SEED > data/institutions.json
Cells start with a tab; a line without one continues the cell above (a stray line
break in the printed table), so it is joined without a separator. The district is
filled only where the name, or failing that the address, names one explicitly."""
import json, re, sys

DISTRICTS = ["鹿城区", "瓯海区", "龙湾区", "经开区", "瓯江口", "洞头区", "乐清市", "瑞安市",
             "龙港市", "永嘉县", "平阳县", "苍南县", "文成县", "泰顺县"]
# short forms printed without their suffix ("龙湾永中街道"), and the development zone's full names
SPELLINGS = {d: [d, d[:-1]] for d in DISTRICTS if d not in ("经开区", "瓯江口")}
SPELLINGS["经开区"] = ["经开区", "经济技术开发区"]
SPELLINGS["瓯江口"] = ["瓯江口"]

def explicit_district(text):
    best = None
    for d, forms in SPELLINGS.items():
        for f in forms:
            i = text.find(f)
            # "瑞安市经济开发区" names 瑞安市, not the Wenzhou development zone
            if i >= 0 and (best is None or i < best[0]):
                best = (i, d)
    return best[1] if best else None

def main(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    start = next(i for i, l in enumerate(lines) if l.strip() == "温州市职业技能培训机构目录")
    end = next(i for i in range(start, len(lines)) if lines[i].strip() == "附件3")
    rows, cells = [], []
    for line in lines[start + 1:end] + [""]:
        if line.strip() == "" and not line.startswith("\t"):
            if cells:
                rows.append(cells)
            cells = []
        elif line.startswith("\t"):
            cells.append(line[1:])
        elif cells:
            cells[-1] += line
        else:
            cells.append(line)
    out = []
    for r in rows[1:]:  # rows[0] is the header
        assert len(r) == 5, r
        no, name, addr, projects, phone = (c.strip() for c in r)
        district, source = explicit_district(name), "name"
        if district is None:
            district, source = explicit_district(addr), "address"
        out.append({"no": int(no), "name": name, "address": addr, "projects": projects,
                    "phone": phone, "district": district,
                    "districtFrom": source if district else None})
    assert len(out) == 113, len(out)
    doc = {
        "$schema": "schema/institutions.schema.json",
        "effective": {"from": "2020-05-01", "to": "2021-12-31"},
        "source": {"doc": "温州市职业技能提升行动政策汇编及操作指南", "part": "政策咨询解答汇总 附件2 温州市职业技能培训机构目录",
                   "note": "113 rows as printed (序号 28 is not printed); stray line breaks inside cells removed; district only where the name or address names one"},
        "rows": out,
    }
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
    print()

main(sys.argv[1])
