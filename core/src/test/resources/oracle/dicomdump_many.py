# Runs dicomdump.py (unchanged, next to this file) on many files in one Python process:
#   dicomdump_many.py OUTDIR FILE... -> OUTDIR/<index>.txt holds the dump of the index-th FILE
#   (--no-meta), OUTDIR/<index>.err the exception if pydicom could not read it.
import contextlib, io, os, runpy, sys, traceback
here = os.path.dirname(os.path.abspath(__file__))
out_dir, files = sys.argv[1], sys.argv[2:]
for i, f in enumerate(files):
    buf = io.StringIO()
    sys.argv = ['dicomdump.py', f, '--no-meta']
    try:
        with contextlib.redirect_stdout(buf):
            runpy.run_path(os.path.join(here, 'dicomdump.py'), run_name='__main__')
        with open(os.path.join(out_dir, f'{i}.txt'), 'w') as o:
            o.write(buf.getvalue())
    except Exception:
        with open(os.path.join(out_dir, f'{i}.err'), 'w') as o:
            o.write(traceback.format_exc())
