# The XNAT site-wide example script (examples/xnat-sitewide.das) as a pydicom loop: the peer a Python
# user would write. Usage: pydicom_loop.py OUTDIR FILE...
import hashlib, os, sys
import pydicom

def hash_uid(text):
    # DicomEdit's hashUID (spec 12.1): SHA-1, first 16 bytes as a version-5 UUID, as a decimal after 2.25.
    b = bytearray(hashlib.sha1(text.encode('utf-8')).digest()[:16])
    b[6] = (b[6] & 0x0F) | 0x50
    b[8] = (b[8] & 0x3F) | 0x80
    return '2.25.' + str(int.from_bytes(bytes(b), 'big'))

out = sys.argv[1]
for f in sys.argv[2:]:
    ds = pydicom.dcmread(f)
    for tag in (0x00100030, 0x00101000, 0x00101001, 0x00101005, 0x00101040):
        if tag in ds:
            del ds[tag]
    ds.add_new(0x00120063, 'LO', 'My XNAT sitewide anon script v01')
    if 0x0020000D in ds:
        ds.StudyInstanceUID = hash_uid(str(ds.StudyInstanceUID))
    ds.save_as(os.path.join(out, os.path.basename(f)))
