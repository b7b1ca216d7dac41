"""The pipeline stays importable and runnable without Django."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_ingest_never_imports_django():
    code = (
        "import sys; from archive.ingest import parse_page; "
        "import archive.ingest.pipeline, archive.ingest.html, archive.ingest.fingerprint; "
        "parse_page('标题一二三四五\\n会议强调,要严格落实各项防控措施,坚决守住不发生规模性疫情的底线。'.encode(), 'a.txt'); "
        "bad = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.')); "
        "assert not bad, bad"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
