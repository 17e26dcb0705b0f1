#!/usr/bin/env python3
"""Oracle for character set encoding: decodes values with pydicom.

Reads JSON from stdin: a list of {"terms": [defined terms of (0008,0005)], "vr": "PN"|"LO"|"LT"|...,
"hex": the encoded value as hex}. Prints a JSON list of the strings pydicom decodes (PN as str).
Needs pydicom (tested with 2.3.1, Debian's python3-pydicom).
"""
import json
import sys

from pydicom.charset import convert_encodings
from pydicom.values import convert_PN, convert_single_string, convert_text


def main():
    out = []
    for case in json.load(sys.stdin):
        raw = bytes.fromhex(case["hex"])
        encodings = convert_encodings(case["terms"])
        vr = case["vr"]
        if vr == "PN":
            value = convert_PN(raw, encodings)
        elif vr in ("ST", "LT", "UT"):
            value = convert_single_string(raw, encodings, vr)
        else:
            value = convert_text(raw, encodings, vr)
        if type(value).__name__ == "MultiValue":
            out.append("\\".join(str(x) for x in value))
        else:
            out.append(str(value))
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
