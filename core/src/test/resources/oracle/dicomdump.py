# Oracle dump (project data-sources.md): one line per element, sequence paths, binary values as
# length + SHA-1 (OW/OF/OL/OD/OV normalised to little endian); same output with pydicom 2.3.1 and 3.0.2.
import sys, hashlib, pydicom
WORD = {'OW': 2, 'OF': 4, 'OL': 4, 'OD': 8, 'OV': 8}
def dump(ds, pre='', big=False):
    for el in ds:
        t, vr = f'{pre}({el.tag.group:04X},{el.tag.element:04X})', str(getattr(el.VR, 'value', el.VR))
        if vr == 'SQ':
            print(f'{t} SQ #items={len(el.value)}')
            for i, item in enumerate(el.value):
                dump(item, f'{t}[{i}].', big)
        elif isinstance(el.value, bytes):
            b, w = el.value, WORD.get(vr, 1)
            if big and w > 1:
                b = b''.join(b[i:i + w][::-1] for i in range(0, len(b), w))
            print(f'{t} {vr} bytes[{len(b)}] sha1={hashlib.sha1(b).hexdigest()}')
        else:
            v = el.value if isinstance(el.value, pydicom.multival.MultiValue) else [el.value]
            print(f'{t} {vr} ' + '\\'.join('' if x is None else str(x) for x in v))
ds = pydicom.dcmread(sys.argv[1], force=True)
if '--no-meta' not in sys.argv:
    dump(ds.file_meta)
dump(ds, big=not ds.is_little_endian)
