#!/usr/bin/env python3
"""Oracle for character set decoding: prints the text values pydicom decodes from DICOM files.

Usage: python3 pydicom_text_values.py FILE...
Prints one JSON object: {file name: {path: value}} where path is "ggggeeee", nested as
"ggggeeee[item].ggggeeee", for every element whose VR uses Specific Character Set
(SH, LO, ST, LT, UC, UT, PN). Multiple values are joined with a backslash, as DicomEdit shows them.
Needs pydicom (tested with 2.3.1, Debian's python3-pydicom).
"""
import json
import os
import sys

import pydicom

TEXT_VRS = {"SH", "LO", "ST", "LT", "UC", "UT", "PN"}


def text_of(value):
    if isinstance(value, (list, pydicom.multival.MultiValue)):
        return "\\".join(str(v) for v in value)
    return "" if value is None else str(value)


def walk(dataset, prefix, out):
    for elem in dataset:
        path = prefix + "%08x" % elem.tag
        if elem.VR == "SQ":
            for i, item in enumerate(elem.value):
                walk(item, path + "[%d]." % i, out)
        elif elem.VR in TEXT_VRS:
            out[path] = text_of(elem.value)


def main(files):
    result = {}
    for name in files:
        out = {}
        walk(pydicom.dcmread(name), "", out)
        result[os.path.basename(name)] = out
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    print()


if __name__ == "__main__":
    main(sys.argv[1:])
